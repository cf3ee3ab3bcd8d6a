import { Form, href, Link, redirect } from "react-router";

import { FormErrors } from "~/components/ui/form-errors";
import { requireUser } from "~/modules/accounts/login-session.server";
import { pairStreakRuleText, streakLength } from "~/modules/progress/pair-streak-rules";
import { pairStreak } from "~/modules/progress/pair-streaks.server";
import {
  cancelSlot,
  createSlot,
  invitePartner,
  partnersOf,
  removePartner,
  savePartner,
  setPairStreakUnit,
  slotsOf,
} from "~/modules/scheduling/partners.server";
import { describeSlot, wallTimeToInstant, WEEKDAYS } from "~/modules/scheduling/schedule-rules";
import { PartnerIntentSchema } from "~/modules/scheduling/scheduling-schemas";
import { TimeZoneInput } from "~/modules/scheduling/ui/time-zone-input";
import { failureResponse } from "~/platform/http/domain-failures.server";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm, pickValues } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/partners";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = () => [{ title: "Practice partners · PeerPrep" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const [partners, slots] = await Promise.all([partnersOf(user), slotsOf(user)]);
  const streaks = await Promise.all(partners.map((p) => pairStreak(user.id, p.userId)));
  return {
    partners: partners.map((p, i) => {
      const { unit, timeZone, current, longest } = streaks[i]!;
      return { id: p.userId, username: p.username, streak: { unit, timeZone, current, longest } };
    }),
    slots: slots.map((s) => ({
      id: s.id,
      withUsername: s.ownerId === user.id ? s.partnerUsername : s.ownerUsername,
      description: describeSlot(s),
    })),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const values = pickValues(formData, ["intent", "partnerId", "startsAt", "weekday", "time", "problem", "unit"]);
  const parsed = parseForm(formData, PartnerIntentSchema);
  if (!parsed.success) return formFailure({ ...parsed, values });
  const intent = parsed.data;
  switch (intent.intent) {
    case "save": {
      const result = await savePartner(user, intent.sessionId, intent.partnerId);
      return result.ok ? redirect(href("/partners")) : failureResponse(result, values);
    }
    case "remove":
      await removePartner(user, intent.partnerId);
      return redirect(href("/partners"));
    case "invite": {
      const startsAt = intent.startsAt ? wallTimeToInstant(intent.startsAt, intent.timeZone) : null;
      if (intent.startsAt && !startsAt)
        return formFailure({ fieldErrors: { startsAt: ["Choose a date and time"] }, values });
      const result = await invitePartner(user, {
        partnerId: intent.partnerId,
        problem: intent.problem,
        startsAt,
        timeZone: intent.timeZone,
        durationMinutes: intent.duration,
      });
      if (!result.ok) return failureResponse(result, values);
      return redirect(
        result.sessionId
          ? href("/sessions/:id", { id: result.sessionId })
          : href("/scheduled/:id", { id: result.scheduledId }),
      );
    }
    case "slot": {
      const [hh, mm] = intent.time.split(":").map(Number) as [number, number];
      const result = await createSlot(user, {
        partnerId: intent.partnerId,
        weekday: intent.weekday,
        minuteOfDay: hh * 60 + mm,
        timeZone: intent.timeZone,
        durationMinutes: intent.duration,
        problem: intent.problem,
      });
      return result.ok ? redirect(href("/partners")) : failureResponse(result, values);
    }
    case "streak-unit": {
      const result = await setPairStreakUnit(user, {
        partnerId: intent.partnerId,
        unit: intent.unit,
        timeZone: intent.timeZone,
      });
      return result.ok ? redirect(href("/partners")) : failureResponse(result, values);
    }
    case "cancel-slot": {
      const result = await cancelSlot(user, intent.slotId);
      return result.ok ? redirect(href("/partners")) : failureResponse(result, values);
    }
  }
}

export default function Partners({ loaderData, actionData }: Route.ComponentProps) {
  const { partners, slots } = loaderData;
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-10">
      <h1 className="text-3xl font-bold">Practice partners</h1>
      <FormErrors errors={actionData?.formErrors} link={actionData?.link} />
      {actionData?.fieldErrors && Object.keys(actionData.fieldErrors).length ? (
        <ul role="alert" className="text-error text-sm">
          {Object.entries(actionData.fieldErrors).map(([field, messages]) => (
            <li key={field} data-field-error={field}>
              {messages?.[0]}
            </li>
          ))}
        </ul>
      ) : null}
      {partners.length === 0 ? (
        <p className="text-base-content/75">
          No partners yet. After a session, save your partner from{" "}
          <Link to="/sessions/history" className="link">
            your past sessions
          </Link>
          .
        </p>
      ) : (
        <ul className="flex flex-col gap-4" data-testid="partners">
          {partners.map((p) => (
            <li key={p.id} className="card bg-base-100 shadow-sm" data-testid="partner">
              <div className="card-body gap-3">
                <div className="flex items-center justify-between gap-2">
                  <h2 className="card-title">{p.username}</h2>
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="partnerId" value={p.id} />
                    <button type="submit" className="btn btn-ghost btn-sm">
                      Remove
                    </button>
                  </Form>
                </div>
                <div className="flex flex-col gap-1" data-testid="partner-streak">
                  <p>
                    Pair streak:{" "}
                    <strong data-testid="partner-streak-value">{streakLength(p.streak.current, p.streak.unit)}</strong>{" "}
                    in a row
                    {p.streak.longest > p.streak.current
                      ? ` (longest ${streakLength(p.streak.longest, p.streak.unit)})`
                      : ""}
                  </p>
                  <p className="text-base-content/70 text-xs" data-testid="partner-streak-rule">
                    {pairStreakRuleText(p.streak)}
                  </p>
                  <Form method="post" className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="intent" value="streak-unit" />
                    <input type="hidden" name="partnerId" value={p.id} />
                    <label className="fieldset">
                      <span className="fieldset-legend pb-1">Count the streak in (for both of you)</span>
                      <select
                        name="unit"
                        className="select select-sm"
                        defaultValue={p.streak.unit}
                        aria-label={`Count the pair streak with ${p.username} in`}
                      >
                        <option value="week">Weeks (Monday to Sunday, UTC)</option>
                        <option value="day">Days (midnight in your time zone)</option>
                      </select>
                    </label>
                    <TimeZoneInput />
                    <button type="submit" className="btn btn-sm">
                      Save streak choice
                    </button>
                  </Form>
                </div>
                <Form method="post" className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="intent" value="invite" />
                  <input type="hidden" name="partnerId" value={p.id} />
                  <input type="hidden" name="problem" value="random" />
                  <label className="fieldset">
                    <span className="fieldset-legend pb-1">When (empty: now)</span>
                    <input type="datetime-local" name="startsAt" className="input input-sm" />
                  </label>
                  <TimeZoneInput />
                  <button type="submit" className="btn btn-primary btn-sm">
                    Invite to a session
                  </button>
                </Form>
                <Form method="post" className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="intent" value="slot" />
                  <input type="hidden" name="partnerId" value={p.id} />
                  <label className="fieldset">
                    <span className="fieldset-legend pb-1">Every</span>
                    <select name="weekday" className="select select-sm" defaultValue="2">
                      {WEEKDAYS.map((day, i) => (
                        <option key={day} value={i}>
                          {day}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="fieldset">
                    <span className="fieldset-legend pb-1">At</span>
                    <input type="time" name="time" defaultValue="19:00" className="input input-sm" required />
                  </label>
                  <TimeZoneInput />
                  <button type="submit" className="btn btn-sm">
                    Set a weekly slot
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      {slots.length ? (
        <section aria-labelledby="slots-heading" className="flex flex-col gap-2">
          <h2 id="slots-heading" className="text-xl font-semibold">
            Weekly slots
          </h2>
          <ul className="flex flex-col gap-2" data-testid="slots">
            {slots.map((s) => (
              <li key={s.id} className="bg-base-100 rounded-box flex items-center justify-between gap-2 p-3">
                <span>
                  {s.description} with {s.withUsername}
                </span>
                <Form method="post">
                  <input type="hidden" name="intent" value="cancel-slot" />
                  <input type="hidden" name="slotId" value={s.id} />
                  <button type="submit" className="btn btn-ghost btn-sm">
                    Stop
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="text-sm">
        <Link to="/scheduled" className="link">
          Scheduled sessions
        </Link>
      </p>
    </div>
  );
}

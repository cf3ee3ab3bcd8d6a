import { data, Form, href, Link, redirect } from "react-router";

import { Field } from "~/components/ui/field";
import { FormErrors } from "~/components/ui/form-errors";
import { LocalTime } from "~/components/ui/local-time";
import { requireUser } from "~/modules/accounts/login-session.server";
import { instantToWallTime, mayOpen, wallTimeToInstant } from "~/modules/scheduling/schedule-rules";
import { DURATIONS } from "~/modules/scheduling/scheduled-view";
import { toScheduledView } from "~/modules/scheduling/scheduled-view.server";
import {
  cancelScheduled,
  enterScheduled,
  loadScheduledFor,
  releaseSeat,
  rescheduleSession,
  reserveSeat,
} from "~/modules/scheduling/scheduling.server";
import { SCHEDULED_ID_PATTERN, ScheduledIntentSchema } from "~/modules/scheduling/scheduling-schemas";
import { NoShowOffer } from "~/modules/scheduling/ui/no-show-offer";
import { TimeZoneInput } from "~/modules/scheduling/ui/time-zone-input";
import { failureResponse } from "~/platform/http/domain-failures.server";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm, pickValues } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/scheduled.$id";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = ({ data }) => [
  {
    title:
      data && data.kind === "member" ? `${data.scheduled.problemTitle} · Scheduled · PeerPrep` : "Scheduled · PeerPrep",
  },
];

const NOT_FOUND = "We could not find that scheduled session. Check the link.";

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);
  if (!SCHEDULED_ID_PATTERN.test(params.id)) throw data(NOT_FOUND, { status: 404 });
  const found = await loadScheduledFor(user, params.id);
  if (!found) throw data(NOT_FOUND, { status: 404 });
  const { scheduled, role } = found;
  // A private session's link is not its password: who, what and when stay hidden from visitors.
  if (role === "visitor" && scheduled.visibility === "private")
    return {
      kind: "locked" as const,
      id: scheduled.id,
      full: scheduled.guestId !== null,
      cancelled: scheduled.status === "cancelled",
    };
  const view = toScheduledView(scheduled);
  return {
    kind: role === "visitor" ? ("visitor" as const) : ("member" as const),
    role,
    scheduled: view,
    canOpen: mayOpen(scheduled.startsAt, new Date()),
    // The creator's wall time, for the edit form (its zone is sent with it).
    wallTime: instantToWallTime(scheduled.startsAt, scheduled.timeZone),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const user = await requireUser(request);
  if (!SCHEDULED_ID_PATTERN.test(params.id)) throw data(NOT_FOUND, { status: 404 });
  const formData = await readForm(request);
  const values = pickValues(formData, ["intent", "startsAt", "duration"]);
  const parsed = parseForm(formData, ScheduledIntentSchema);
  if (!parsed.success) return formFailure({ ...parsed, values });
  const self = href("/scheduled/:id", { id: params.id });
  const intent = parsed.data;
  switch (intent.intent) {
    case "reserve": {
      const result = await reserveSeat(user, params.id, intent.password);
      return result.ok ? redirect(self) : failureResponse(result, values);
    }
    case "release": {
      const result = await releaseSeat(user, params.id);
      return result.ok ? redirect(href("/scheduled")) : failureResponse(result, values);
    }
    case "cancel": {
      const result = await cancelScheduled(user, params.id);
      return result.ok ? redirect(self) : failureResponse(result, values);
    }
    case "reschedule": {
      const startsAt = wallTimeToInstant(intent.startsAt, intent.timeZone);
      if (!startsAt) return formFailure({ fieldErrors: { startsAt: ["Choose a date and time"] }, values });
      const result = await rescheduleSession(user, params.id, startsAt, intent.duration);
      return result.ok ? redirect(self) : failureResponse(result, values);
    }
    case "enter": {
      const result = await enterScheduled(user, params.id);
      return result.ok ? redirect(href("/sessions/:id", { id: result.sessionId })) : failureResponse(result, values);
    }
  }
}

export default function ScheduledSession({ loaderData, actionData }: Route.ComponentProps) {
  if (loaderData.kind === "locked") {
    return (
      <div className="mx-auto flex w-full max-w-md flex-col gap-4 px-4 py-10">
        <h1 className="text-2xl font-bold">Private scheduled session</h1>
        {loaderData.cancelled ? (
          <p>This session was cancelled.</p>
        ) : loaderData.full ? (
          <p>Both seats are taken.</p>
        ) : (
          <Form method="post" className="card bg-base-100 card-body gap-3 shadow-sm">
            <FormErrors errors={actionData?.formErrors} link={actionData?.link} />
            <input type="hidden" name="intent" value="reserve" />
            <Field
              label="Session password"
              name="password"
              type="password"
              autoComplete="off"
              errors={actionData?.fieldErrors.password}
            />
            <button type="submit" className="btn btn-primary">
              Reserve the seat
            </button>
          </Form>
        )}
      </div>
    );
  }
  const { scheduled: s, role, canOpen, wallTime } = loaderData;
  const ics = href("/scheduled/:id/calendar.ics", { id: s.id });
  const cancelled = s.status === "cancelled";
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-10" data-testid="scheduled-session">
      <div className="flex flex-col gap-1">
        <Link to="/scheduled" className="link text-sm">
          ← Scheduled sessions
        </Link>
        <h1 className="text-3xl font-bold">{s.problemTitle}</h1>
        <p className="text-base-content/75">
          <LocalTime iso={s.startsAt} /> · {s.durationMinutes} minutes · hosted by {s.hostUsername}
          {s.guestUsername ? ` with ${s.guestUsername}` : " · the other seat is free"}
          {s.fromWeeklySlot ? " · weekly" : ""}
        </p>
        {cancelled ? (
          <p className="alert alert-warning alert-soft" data-testid="scheduled-cancelled">
            This session was cancelled.
          </p>
        ) : null}
      </div>
      <FormErrors errors={actionData?.formErrors} link={actionData?.link} />
      {s.noShow.checked && (s.noShow.missingUsername || s.noShow.seatWasFree) && role !== "visitor" ? (
        <NoShowOffer problemSlug={s.problemSlug} missingUsername={s.noShow.missingUsername} />
      ) : null}
      {!cancelled ? (
        <div className="flex flex-wrap gap-2">
          {role !== "visitor" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="enter" />
              <button type="submit" className="btn btn-primary" disabled={!canOpen} data-testid="enter-room">
                {s.status === "open" ? "Go to the room" : canOpen ? "Open the room" : "Opens 10 minutes before"}
              </button>
            </Form>
          ) : s.guestUsername ? (
            <p>Both seats are taken.</p>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="reserve" />
              <button type="submit" className="btn btn-primary" data-testid="reserve-seat">
                Reserve the seat
              </button>
            </Form>
          )}
          {role !== "visitor" ? (
            <a href={ics} className="btn" download data-testid="download-ics">
              Add to calendar (.ics)
            </a>
          ) : null}
          {role === "guest" && s.status === "scheduled" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="release" />
              <button type="submit" className="btn btn-ghost">
                Give up my seat
              </button>
            </Form>
          ) : null}
          {role === "host" && s.status === "scheduled" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <button type="submit" className="btn btn-ghost text-error" data-testid="cancel-scheduled">
                Cancel the session
              </button>
            </Form>
          ) : null}
        </div>
      ) : role !== "visitor" ? (
        <a href={ics} className="btn w-fit" download data-testid="download-ics">
          Calendar file (cancellation)
        </a>
      ) : null}
      {role === "host" && s.status === "scheduled" ? (
        <Form method="post" className="card bg-base-100 card-body max-w-md gap-3 shadow-sm" noValidate>
          <h2 className="card-title text-lg">Change the time</h2>
          <input type="hidden" name="intent" value="reschedule" />
          <Field
            label="Starts at"
            name="startsAt"
            type="datetime-local"
            defaultValue={actionData?.values.startsAt ?? wallTime}
            errors={actionData?.fieldErrors.startsAt}
          />
          <TimeZoneInput />
          <label className="fieldset">
            <span className="fieldset-legend pb-1">Length</span>
            <select
              name="duration"
              className="select w-full"
              defaultValue={actionData?.values.duration ?? String(s.durationMinutes)}
            >
              {DURATIONS.map((d) => (
                <option key={d} value={d}>
                  {d} minutes
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn">
            Save the new time
          </button>
        </Form>
      ) : null}
      {role === "host" && s.visibility === "private" && !s.guestUsername ? (
        <p className="text-sm">Invite link: share this page's address and the password.</p>
      ) : null}
    </div>
  );
}

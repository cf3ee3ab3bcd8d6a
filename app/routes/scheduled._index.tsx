import { href, Link, redirect, useNavigation } from "react-router";

import { LocalTime } from "~/components/ui/local-time";
import { requireUser } from "~/modules/accounts/login-session.server";
import { wallTimeToInstant } from "~/modules/scheduling/schedule-rules";
import { listMine, listNoShows, listReservable } from "~/modules/scheduling/scheduled-lists.server";
import { scheduleSession } from "~/modules/scheduling/scheduling.server";
import { ScheduleFormSchema } from "~/modules/scheduling/scheduling-schemas";
import { ScheduleForm } from "~/modules/scheduling/ui/schedule-form";
import { ScheduledList } from "~/modules/scheduling/ui/scheduled-list";
import { failureResponse } from "~/platform/http/domain-failures.server";
import { formFailure } from "~/platform/http/form-responses.server";
import { parseForm, pickValues } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";
import { retryAfterHeaders } from "~/platform/http/route-headers";

import type { Route } from "./+types/scheduled._index";

export const headers: Route.HeadersFunction = retryAfterHeaders;

export const meta: Route.MetaFunction = () => [{ title: "Scheduled sessions · PeerPrep" }];

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const [upcoming, mine, noShows] = await Promise.all([listReservable(user), listMine(user), listNoShows(user)]);
  return { upcoming, mine, noShows };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const values = pickValues(formData, ["problem", "difficulty", "visibility", "startsAt", "duration"]);
  const parsed = parseForm(formData, ScheduleFormSchema);
  if (!parsed.success) return formFailure({ ...parsed, values });
  const startsAt = wallTimeToInstant(parsed.data.startsAt, parsed.data.timeZone);
  if (!startsAt) return formFailure({ fieldErrors: { startsAt: ["Choose a date and time"] }, values });
  const result = await scheduleSession(user, {
    ...parsed.data,
    startsAt,
    durationMinutes: parsed.data.duration,
  });
  if (!result.ok) return failureResponse(result, values);
  return redirect(href("/scheduled/:id", { id: result.scheduled.id }));
}

export default function Scheduled({ loaderData, actionData }: Route.ComponentProps) {
  const navigation = useNavigation();
  const pending = navigation.state !== "idle" && navigation.formAction === "/scheduled";
  const { upcoming, mine, noShows } = loaderData;
  return (
    <div className="mx-auto grid w-full max-w-6xl gap-8 px-4 py-10 lg:grid-cols-[1fr_22rem]">
      <div className="flex flex-col gap-8">
        <section aria-labelledby="mine-heading" className="flex flex-col gap-3">
          <h1 id="mine-heading" className="text-3xl font-bold">
            Your scheduled sessions
          </h1>
          {mine.length ? (
            <ScheduledList items={mine} testId="my-scheduled" />
          ) : (
            <p className="text-base-content/75">Nothing scheduled yet.</p>
          )}
        </section>
        <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
          <h2 id="upcoming-heading" className="text-xl font-semibold">
            Upcoming public sessions
          </h2>
          {upcoming.length ? (
            <ScheduledList items={upcoming} testId="upcoming" />
          ) : (
            <p className="text-base-content/75">None right now.</p>
          )}
        </section>
        {noShows.length ? (
          <section aria-labelledby="missed-heading" className="flex flex-col gap-2">
            <h2 id="missed-heading" className="text-xl font-semibold">
              Missed sessions
            </h2>
            <ul className="flex flex-col gap-1 text-sm" data-testid="no-shows">
              {noShows.map((s) => (
                <li key={s.id}>
                  <LocalTime iso={s.startsAt} /> · {s.problemTitle} ·{" "}
                  {s.noShow.missingUsername ? `${s.noShow.missingUsername} did not come` : "nobody took the seat"}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className="text-sm">
          <Link to="/partners" className="link">
            Your practice partners
          </Link>
        </p>
      </div>
      <aside aria-labelledby="schedule-heading" className="card bg-base-100 h-fit shadow-sm">
        <ScheduleForm failure={actionData} pending={pending} />
      </aside>
    </div>
  );
}

import { data, Form, Link, redirect } from "react-router";

import { LocalTime } from "~/components/ui/local-time";
import { requireUser } from "~/modules/accounts/login-session.server";
import { NotificationFormSchema } from "~/modules/notifications/notification-contract";
import {
  markAllNotificationsRead,
  markNotificationRead,
  notificationsFor,
} from "~/modules/notifications/notifications.server";
import { parseForm } from "~/platform/http/forms";
import { readForm } from "~/platform/http/read-form.server";

import type { Route } from "./+types/notifications";

export const meta: Route.MetaFunction = () => [{ title: "Notifications · PeerPrep" }];

/** The centre as a page (works without JavaScript); the navbar's bell reads the same data. */
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return data(await notificationsFor(user.id), { headers: { "Cache-Control": "private, no-store" } });
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(await readForm(request), NotificationFormSchema);
  if (!parsed.success) return data({ error: parsed.formErrors[0] ?? "Unknown notification" }, { status: 400 });
  if (parsed.data.intent === "read") await markNotificationRead(user.id, parsed.data.id);
  else await markAllNotificationsRead(user.id);
  return redirect("/notifications");
}

export default function Notifications({ loaderData, actionData }: Route.ComponentProps) {
  const { items, unread } = loaderData;
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-3xl font-bold">Notifications</h1>
        {unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read-all" />
            <button type="submit" className="btn btn-sm">
              Mark all read ({unread})
            </button>
          </Form>
        ) : null}
      </div>
      {actionData && "error" in actionData ? (
        <p role="alert" className="text-error">
          {actionData.error}
        </p>
      ) : null}
      {items.length === 0 ? <p className="text-base-content/75">Nothing yet.</p> : null}
      <ul className="flex flex-col gap-2" data-testid="notifications">
        {items.map((n) => (
          <li
            key={n.id}
            className={`bg-base-100 rounded-box flex flex-wrap items-center justify-between gap-3 p-4 shadow-sm ${n.read ? "opacity-70" : ""}`}
            data-testid="notification"
            data-type={n.type}
            data-read={n.read}
          >
            <div className="flex flex-col">
              <span className="font-medium">{n.title}</span>
              <span className="text-sm">{n.body}</span>
              <span className="text-base-content/75 text-xs">
                <LocalTime iso={n.createdAt} />
              </span>
            </div>
            <div className="flex gap-2">
              {n.link ? (
                <Link to={n.link} className="btn btn-sm">
                  Open
                </Link>
              ) : null}
              {!n.read ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="read" />
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className="btn btn-ghost btn-sm">
                    Mark read
                  </button>
                </Form>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

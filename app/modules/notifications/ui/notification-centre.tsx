import { Link } from "react-router";

import { useHydrated } from "~/platform/hooks/use-hydrated";

import { useNotifications } from "./use-notifications";

/**
 * The navbar's notification centre: a link to /notifications (the whole centre without
 * JavaScript) with the unread count; with JavaScript, a live dropdown of the latest ones.
 */
export function NotificationCentre() {
  const hydrated = useHydrated();
  if (!hydrated)
    return (
      <Link to="/notifications" className="btn btn-ghost btn-sm" aria-label="Notifications">
        <BellIcon />
      </Link>
    );
  return <LiveCentre />;
}

function LiveCentre() {
  const { summary, markAllRead } = useNotifications();
  const unread = summary?.unread ?? 0;
  return (
    <details className="dropdown dropdown-end" data-testid="notification-centre" data-live={summary ? "true" : "false"}>
      <summary
        className="btn btn-ghost btn-sm indicator"
        aria-label={`Notifications${unread ? ` (${unread} unread)` : ""}`}
      >
        <BellIcon />
        {unread > 0 ? (
          <span className="badge badge-primary badge-xs indicator-item" data-testid="notification-count">
            {unread}
          </span>
        ) : null}
      </summary>
      <div className="dropdown-content bg-base-100 rounded-box z-20 mt-2 w-80 p-2 shadow-lg">
        <div className="flex items-center justify-between px-2 py-1">
          <span className="font-semibold">Notifications</span>
          {unread > 0 ? (
            <button type="button" className="btn btn-ghost btn-xs" onClick={markAllRead}>
              Mark all read
            </button>
          ) : null}
        </div>
        <ul className="flex max-h-96 flex-col overflow-y-auto" data-testid="notification-menu">
          {(summary?.items ?? []).slice(0, 8).map((n) => (
            <li key={n.id} className={`rounded p-2 ${n.read ? "opacity-70" : "bg-base-200"}`} data-type={n.type}>
              {n.link ? (
                <Link to={n.link} className="font-medium hover:underline">
                  {n.title}
                </Link>
              ) : (
                <span className="font-medium">{n.title}</span>
              )}
              <p className="text-xs">{n.body}</p>
            </li>
          ))}
          {summary && summary.items.length === 0 ? <li className="p-2 text-sm">Nothing yet.</li> : null}
        </ul>
        <Link to="/notifications" className="link block px-2 py-1 text-sm">
          All notifications
        </Link>
      </div>
    </details>
  );
}

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

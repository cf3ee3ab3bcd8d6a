import { useEffect, useRef } from "react";
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from "react-router";

import { backoffDelay, isNetworkError } from "~/platform/http/network-status";

const MESSAGES: Record<number, { title: string; body: string }> = {
  400: { title: "That request did not make sense", body: "Check what you entered and try again." },
  403: { title: "Not allowed", body: "You do not have access to this page." },
  404: { title: "Page not found", body: "We could not find what you were looking for." },
  410: { title: "Gone", body: "This no longer exists." },
  429: { title: "Slow down", body: "Too many requests. Wait a moment and try again." },
};

/** Keeps the layout and tells the user what happened in plain words. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  if (isNetworkError(error)) return <OfflineNotice />;
  let status = 500;
  let title = "Something went wrong";
  let body = "An unexpected error happened on our side. Please try again.";
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const known = MESSAGES[status];
    if (known) ({ title, body } = known);
    if (typeof error.data === "string" && error.data && status < 500) body = error.data;
  } else if (import.meta.env.DEV && error instanceof Error) {
    body = error.message;
  }
  return (
    <section className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-24 text-center">
      {/* The root's error boundary renders no route's meta: the page names itself (React hoists this into <head>). */}
      <title>{`${title} · PeerPrep`}</title>
      <p className="text-base-content/75 font-mono text-6xl font-bold">{status}</p>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-base-content/75">{body}</p>
      <Link to="/" className="btn btn-primary">
        Back to the start
      </Link>
    </section>
  );
}

/**
 * The page could not load because the network is gone (a navigation while offline): say so,
 * and load it by itself once the server answers again.
 */
function OfflineNotice() {
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  useEffect(() => {
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    const retry = () => void revalidate.current();
    const schedule = () => {
      timer = setTimeout(
        () => {
          if (navigator.onLine !== false) retry();
          attempt += 1;
          schedule();
        },
        backoffDelay(attempt, 15_000),
      );
    };
    schedule();
    window.addEventListener("online", retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", retry);
    };
  }, []);
  return (
    <section
      className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-24 text-center"
      data-testid="offline-page"
    >
      <title>You are offline · PeerPrep</title>
      <h1 className="text-2xl font-semibold">You are offline</h1>
      <p className="text-base-content/70">
        This page could not load because the connection dropped. It will load by itself once you are back online.
      </p>
      <button type="button" className="btn btn-primary" onClick={() => void revalidate.current()}>
        Try again now
      </button>
    </section>
  );
}

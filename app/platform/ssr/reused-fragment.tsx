import { createContext, type ReactNode, useContext } from "react";

import { useDelegatedLinks } from "~/platform/hooks/use-delegated-links";

/**
 * What a fragment's markup is remembered by: an object the server reuses while nothing
 * changed, or a string that names everything the fragment shows (its data's JSON).
 */
export type FragmentKey = object | string;

/**
 * Renders a subtree to markup once per key. Only the server provides one
 * (`fragment-renderer.server.ts`, through entry.server); in the browser there is none.
 */
export type FragmentRenderer = (key: FragmentKey, render: () => ReactNode) => string;

export const FragmentRendererContext = createContext<FragmentRenderer | null>(null);

/**
 * A part of a page that is a pure function of `by`: an object the server reuses while
 * nothing changed (the progress view, ADR 086), or a string naming all the fragment shows.
 * The server renders it to markup once per `by` and inserts that markup; the browser
 * renders and hydrates it as usual, so it keeps its state and handlers. What is inside
 * reads nothing but what `by` names: no router hooks, no per-request values, no `useId`
 * (the server's separate render numbers ids from its own root; ADR 100). Its
 * plain `<a href>` links navigate in the app through one delegated handler on the wrapper.
 */
export function ReusedFragment({
  by,
  className,
  children,
}: {
  by: FragmentKey;
  className?: string;
  children: () => ReactNode;
}) {
  const renderOnce = useContext(FragmentRendererContext);
  const navigateLinks = useDelegatedLinks();
  if (renderOnce) {
    return (
      <div
        className={className}
        onClick={navigateLinks}
        dangerouslySetInnerHTML={{ __html: renderOnce(by, children) }}
      />
    );
  }
  return (
    <div className={className} onClick={navigateLinks}>
      {children()}
    </div>
  );
}

import { useCallback } from "react";
import { useNavigate } from "react-router";

/**
 * One click handler for a list of plain `<a href>` links, so they navigate in the app as
 * `<Link>`s do. A `<Link>` runs half a dozen router hooks to render; in a list of ten that
 * was a tenth of a reused page's server render. Keyboard activation arrives as a click too.
 * Left to the browser: modified clicks (new tab, download), other targets and origins,
 * `download` links and anything a handler inside already took.
 */
export function useDelegatedLinks() {
  const navigate = useNavigate();
  return useCallback(
    (event: React.MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const anchor = event.target instanceof Element ? event.target.closest("a") : null;
      if (!anchor || !event.currentTarget.contains(anchor) || anchor.hasAttribute("download")) return;
      if (anchor.target && anchor.target !== "_self") return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      void navigate(`${url.pathname}${url.search}${url.hash}`);
    },
    [navigate],
  );
}

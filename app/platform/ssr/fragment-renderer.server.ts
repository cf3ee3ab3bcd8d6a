import { renderToString } from "react-dom/server";

import type { FragmentRenderer } from "./reused-fragment";

/**
 * Markup remembered per key object, weakly: it goes with the object (a reused progress
 * view lives in a bounded cache), and a new object renders again. `renderToString` gives
 * the markup React's streaming render gives inline (text separators included), so the
 * browser hydrates it as if it had been rendered in place.
 */
export function createFragmentRenderer(): FragmentRenderer {
  const rendered = new WeakMap<object, string>();
  return (key, render) => {
    let markup = rendered.get(key);
    if (markup === undefined) {
      markup = renderToString(render());
      rendered.set(key, markup);
    }
    return markup;
  };
}

/** The server's one renderer: keys are objects shared across requests. */
export const renderFragmentOnce = createFragmentRenderer();

import { renderToString } from "react-dom/server";

import type { FragmentKey, FragmentRenderer } from "./reused-fragment";

/** Distinct string keys kept (a lobby's lists, say): the oldest go first past this. */
const STRING_KEYS_KEPT = 200;

/**
 * Markup remembered per key. An object key holds it weakly: it goes with the object (a
 * reused progress view lives in a bounded cache) and a new object renders again. A string
 * key names the content itself; a bounded number of them are kept. `renderToString` gives
 * the markup React's streaming render gives in place (text separators included), so the
 * browser hydrates it as if it had been rendered there.
 */
export function createFragmentRenderer(stringKeysKept = STRING_KEYS_KEPT): FragmentRenderer {
  const byObject = new WeakMap<object, string>();
  const byString = new Map<string, string>();
  return (key: FragmentKey, render) => {
    let markup = typeof key === "string" ? byString.get(key) : byObject.get(key);
    if (markup === undefined) {
      markup = renderToString(render());
      if (typeof key !== "string") byObject.set(key, markup);
      else {
        if (byString.size >= stringKeysKept) byString.delete(byString.keys().next().value!);
        byString.set(key, markup);
      }
    }
    return markup;
  };
}

/** The server's one renderer: its keys are shared by every request. */
export const renderFragmentOnce = createFragmentRenderer();

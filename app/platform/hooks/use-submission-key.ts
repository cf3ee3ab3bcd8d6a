import { useRef } from "react";

/**
 * A number that changes each time a new action result arrives. Used as a `key` on
 * password inputs so a failed submit clears them, as it would with a full page load.
 */
export function useSubmissionKey(actionData: unknown): number {
  const last = useRef<unknown>(actionData);
  const count = useRef(0);
  if (last.current !== actionData) {
    last.current = actionData;
    count.current += 1;
  }
  return count.current;
}

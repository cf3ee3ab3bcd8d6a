import type { MouseEvent } from "react";

/**
 * A `<details>` menu stays open after a client-side navigation: close it when one of its
 * links or buttons is chosen. Without JavaScript the full page load closes it anyway.
 */
export function closeParentDetails(event: MouseEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  if (!target.closest("a, button")) return;
  event.currentTarget.closest("details")?.removeAttribute("open");
}

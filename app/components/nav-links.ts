/** The site's main sections, shown in the navbar and in the phone menu. */
export const NAV_LINKS: ReadonlyArray<{ to: string; label: string }> = [
  { to: "/problems", label: "Problems" },
  { to: "/sessions", label: "Sessions" },
  { to: "/progress", label: "Progress" },
];

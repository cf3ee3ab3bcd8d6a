/**
 * Only same-site paths may be redirect targets: "/problems?x=1" yes,
 * "//evil.example" or "https://evil.example" or "/\\evil" no.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) {
    return fallback;
  }
  // Control characters (CR/LF above all) must never reach a Location header.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(to)) return fallback;
  return to;
}

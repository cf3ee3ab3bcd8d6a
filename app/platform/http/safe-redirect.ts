/**
 * Only same-site paths may be redirect targets: "/problems?x=1" yes,
 * "//evil.example" or "https://evil.example" or "/\\evil" no.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) {
    return fallback;
  }
  // Only printable ASCII may reach a Location header: control characters (CR/LF above
  // all) would split it, and anything past Latin-1 makes the header itself throw (a 500).
  // Our own paths are percent-encoded already.
  if (!/^[\x20-\x7e]*$/.test(to)) return fallback;
  return to;
}

/**
 * The one Origin check, for form posts (Express) and the socket handshake. The host a
 * request was sent to is its Host header, or X-Forwarded-Host only behind a trusted proxy
 * (TRUST_PROXY): anyone can send that header straight to the app.
 */
export function requestHost(
  headers: { host?: string | string[]; "x-forwarded-host"?: string | string[] },
  trustProxy: boolean,
): string | undefined {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return (trustProxy ? first(headers["x-forwarded-host"]) : undefined) ?? first(headers.host);
}

/** Whether an Origin header names the host the request was sent to. */
export function originMatches(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * A route's `headers` export: React Router sends an action's own headers only through
 * it. A refused attempt's Retry-After (on its 429) reaches the HTTP response this way,
 * for document posts and data requests alike.
 */
export function retryAfterHeaders({
  actionHeaders,
  loaderHeaders,
}: {
  actionHeaders: Headers;
  loaderHeaders: Headers;
}): Headers {
  const headers = new Headers(loaderHeaders);
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
}

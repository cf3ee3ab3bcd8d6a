import type { RouterContextProvider } from "react-router";

import { createRequestContext } from "~/platform/http/request-info.server";

export const BASE = "http://localhost:3000";

let ipCounter = 0;
/** A load context with a fresh client address, so rate limits of one test do not touch another. */
export function testContext(clientIp = `10.0.0.${++ipCounter % 250}`): RouterContextProvider {
  return createRequestContext({ cspNonce: "test-nonce", clientIp });
}

export function getRequest(path: string, cookie?: string): Request {
  return new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function formRequest(path: string, fields: Record<string, string>, cookie?: string): Request {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (cookie) headers.Cookie = cookie;
  return new Request(`${BASE}${path}`, { method: "POST", headers, body: new URLSearchParams(fields) });
}

/** The `name=value` part of the response's Set-Cookie, ready for a Cookie header. */
export function cookieFrom(response: Response): string {
  const header = response.headers.get("Set-Cookie");
  if (!header) throw new Error("response set no cookie");
  return header.split(";")[0] ?? "";
}

/** Runs a loader/action and returns what it returned or threw (redirects are thrown Responses). */
export async function settle<T>(fn: () => Promise<T> | T): Promise<T | Response> {
  try {
    return await fn();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** React Router's data() result: { type: "DataWithResponseInit", data, init }. */
export function unwrapData<T>(result: unknown): { data: T; status: number; headers: Headers } {
  if (result && typeof result === "object" && "type" in result && result.type === "DataWithResponseInit") {
    const r = result as unknown as { data: T; init: ResponseInit | null };
    return { data: r.data, status: r.init?.status ?? 200, headers: new Headers(r.init?.headers) };
  }
  return { data: result as T, status: 200, headers: new Headers() };
}

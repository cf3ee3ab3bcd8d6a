import { createContext, RouterContextProvider } from "react-router";

/** What the Express layer hands to every loader, action and middleware. */
export interface RequestInfo {
  /** Per-request nonce for inline scripts allowed by the Content Security Policy. */
  cspNonce: string;
  /** The caller's address (honours TRUST_PROXY), for rate limits. */
  clientIp: string;
}

export const requestInfoContext = createContext<RequestInfo>();

/** The router context of one request (React Router middleware mode). */
export function createRequestContext(info: RequestInfo): RouterContextProvider {
  return new RouterContextProvider(new Map([[requestInfoContext, info]]));
}

export function requestInfo(context: Readonly<RouterContextProvider>): RequestInfo {
  return context.get(requestInfoContext);
}

import "react-router";

/** What the Express layer hands to every loader and action. */
declare module "react-router" {
  interface AppLoadContext {
    /** Per-request nonce for inline scripts allowed by the Content Security Policy. */
    cspNonce: string;
    /** The caller's address (honours TRUST_PROXY), for rate limits. */
    clientIp: string;
  }
}

export {};

import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  // Middleware runs before loaders (Clerk's auth when configured); the load context is a
  // RouterContextProvider carrying the request info (app/platform/http/request-info.server.ts).
  future: { v8_middleware: true },
  // The whole route manifest comes with the first page (it is small): lazy discovery would
  // fetch /__manifest before a background reload, and a network blip there reaches the error
  // page, bypassing the routes' offline-tolerant client loaders (ADR 035).
  routeDiscovery: { mode: "initial" },
} satisfies Config;

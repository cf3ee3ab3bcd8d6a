import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  // Middleware runs before loaders (Clerk's auth when configured); the load context is a
  // RouterContextProvider carrying the request info (app/platform/http/request-info.server.ts).
  future: { v8_middleware: true },
} satisfies Config;

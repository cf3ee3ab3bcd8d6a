import { index, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("signup", "routes/signup.tsx"),
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.tsx"),
  route("account", "routes/account.tsx"),
  route("theme", "routes/theme.tsx"),
  route("problems", "routes/problems.tsx"),
  route("problems/:slug", "routes/problem.tsx"),
  route("problems/:slug/tests", "routes/problem-tests.ts"),
  route("sessions", "routes/sessions.tsx"),
  route("sessions/history", "routes/sessions-history.tsx"),
  route("sessions/history/:id", "routes/session-history.tsx"),
  route("sessions/:id", "routes/session.tsx"),
  route("api/drafts", "routes/api.drafts.ts"),
  route("api/inngest", "routes/api.inngest.ts"),
  route("api/webhooks/clerk", "routes/api.webhooks.clerk.ts"),
  route("api/sessions/:id/stream-token", "routes/api.stream-token.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;

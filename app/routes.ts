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
  route("problems/:slug/submissions", "routes/problem-submissions.ts"),
  route("submissions/:id", "routes/submission.tsx"),
  route("sessions", "routes/sessions.tsx"),
  route("sessions/history", "routes/sessions-history.tsx"),
  route("sessions/:id", "routes/session.tsx"),
  route("sessions/:id/submissions", "routes/session-submissions.ts"),
  route("api/inngest", "routes/api.inngest.ts"),
  route("api/webhooks/clerk", "routes/api.webhooks.clerk.ts"),
  route("api/sessions/:id/stream-token", "routes/api.stream-token.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;

import { index, route, type RouteConfig } from "@react-router/dev/routes";

// Each route file is named after its URL (`sessions.$id.tsx` serves /sessions/:id).
export default [
  index("routes/_index.tsx"),
  route("signup", "routes/signup.tsx"),
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.tsx"),
  route("account", "routes/account.tsx"),
  route("theme", "routes/theme.tsx"),
  route("problems", "routes/problems._index.tsx"),
  route("problems/roadmap", "routes/problems.roadmap.tsx"),
  route("problems/:slug", "routes/problems.$slug.tsx"),
  route("problems/:slug/tests", "routes/problems.$slug.tests.ts"),
  route("problems/:slug/submissions", "routes/problems.$slug.submissions.ts"),
  route("submissions/:id", "routes/submissions.$id.tsx"),
  route("match", "routes/match.tsx"),
  route("sessions", "routes/sessions._index.tsx"),
  route("sessions/history", "routes/sessions.history.tsx"),
  route("sessions/history/:id", "routes/sessions.history.$id.tsx"),
  route("sessions/:id", "routes/sessions.$id.tsx"),
  route("api/drafts", "routes/api.drafts.ts"),
  route("sessions/:id/submissions", "routes/sessions.$id.submissions.ts"),
  route("api/inngest", "routes/api.inngest.ts"),
  route("api/webhooks/clerk", "routes/api.webhooks.clerk.ts"),
  route("api/sessions/:id/stream-token", "routes/api.sessions.$id.stream-token.ts"),
  route("*", "routes/$.tsx"),
] satisfies RouteConfig;

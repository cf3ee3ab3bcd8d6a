import type { APIResponse } from "@playwright/test";
import type { RouteConfigEntry } from "@react-router/dev/routes";

import routes from "../../app/routes";
import { expect, signUp, test } from "./fixtures";

/**
 * Security headers on every route of app/routes.ts, signed in and not, on the answer
 * itself (pages, redirects, JSON, 404s): a nonce-based CSP whose nonce is the one on the
 * page's scripts, no framing, no sniffing, a same-origin referrer. And the cookies the app
 * sets are httpOnly, SameSite=Lax and (this is a production build) Secure.
 */

function discover(entries: RouteConfigEntry[], parent = ""): string[] {
  return entries.flatMap((e) => {
    const key = e.index ? parent || "/" : [parent, e.path].filter(Boolean).join("/");
    return [key, ...discover(e.children ?? [], key === "/" ? "" : key)];
  });
}

/** A concrete URL for each route pattern; `id` is a real session. */
const URLS: Record<string, (sessionId: string) => string> = {
  "/": () => "/",
  signup: () => "/signup",
  login: () => "/login",
  logout: () => "/logout",
  account: () => "/account",
  "account/time-zone": () => "/account/time-zone",
  progress: () => "/progress",
  "progress/export/:format": () => "/progress/export/csv",
  "u/:username": () => "/u/nobody-here",
  theme: () => "/theme",
  problems: () => "/problems",
  "problems/:slug": () => "/problems/two-sum",
  "problems/roadmap": () => "/problems/roadmap",
  "problems/:slug/tests": () => "/problems/two-sum/tests",
  "problems/:slug/submissions": () => "/problems/two-sum/submissions",
  "submissions/:id": () => "/submissions/00000000-0000-4000-8000-000000000000",
  "sessions/:id/submissions": (id) => `/sessions/${id}/submissions`,
  "sessions/history/:id": (id) => `/sessions/history/${id}`,
  "sessions/history/:id/reflection": (id) => `/sessions/history/${id}/reflection`,
  "api/drafts": () => "/api/drafts",
  sessions: () => "/sessions",
  "sessions/history": () => "/sessions/history",
  "sessions/:id": (id) => `/sessions/${id}`,
  "api/inngest": () => "/api/inngest",
  "api/webhooks/clerk": () => "/api/webhooks/clerk",
  "api/sessions/:id/stream-token": (id) => `/api/sessions/${id}/stream-token`,
  "forgot-password": () => "/forgot-password",
  "reset-password": () => "/reset-password",
  "verify-email": () => "/verify-email",
  "login/two-factor": () => "/login/two-factor",
  "dev/outbox": () => "/dev/outbox",
  match: () => "/match",
  scheduled: () => "/scheduled",
  "scheduled/:id": () => "/scheduled/00000000-0000-4000-8000-000000000000",
  "scheduled/:id/calendar.ics": () => "/scheduled/00000000-0000-4000-8000-000000000000/calendar.ics",
  partners: () => "/partners",
  notifications: () => "/notifications",
  "api/test/scheduling-tick": () => "/api/test/scheduling-tick",
  "*": () => "/no/such/page",
};

function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, label).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(csp, label).not.toContain("'unsafe-inline' 'nonce"); // scripts: nonce only
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).toContain("object-src 'none'");
  expect(csp, label).toContain("base-uri 'self'");
  expect(csp, label).toContain("form-action 'self'");
  expect(headers["x-frame-options"], label).toMatch(/^(DENY|SAMEORIGIN)$/);
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("same-origin");
  expect(headers["x-powered-by"], label).toBeUndefined();
  return /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
}

test("every route answers with the security headers, signed in or not", async ({ page, baseURL }) => {
  const keys = discover(routes);
  expect(Object.keys(URLS).sort()).toEqual([...keys].sort());

  await signUp(page);
  const created = await page.request.post("/sessions", {
    form: { problem: "two-sum", visibility: "public" },
    maxRedirects: 0,
  });
  const sessionId = (created.headers().location ?? "").split("/").pop() ?? "";
  expect(sessionId).toMatch(/^[\w-]{22}$/);

  const anonymous = await page.context().browser()!.newContext({ baseURL });
  try {
    for (const [who, request] of [
      ["signed in", page.request],
      ["anonymous", anonymous.request],
    ] as const) {
      for (const key of keys) {
        const url = URLS[key]!(sessionId);
        const label = `${who} GET ${url}`;
        const response = await request.get(url, { maxRedirects: 0 });
        const nonce = expectSecurityHeaders(response, label);
        if ((response.headers()["content-type"] ?? "").includes("text/html")) {
          const html = await response.text();
          const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
          expect(scripts.length, label).toBeGreaterThan(0);
          for (const tag of scripts) expect(tag, label).toContain(`nonce="${nonce}"`);
        }
      }
      // Writes too: a refused or accepted form post carries them as well.
      expectSecurityHeaders(
        await request.post("/theme", { form: { theme: "dark" }, maxRedirects: 0 }),
        `${who} POST /theme`,
      );
      expectSecurityHeaders(await request.post("/no/such/page", { form: {}, maxRedirects: 0 }), `${who} POST 404`);
    }
  } finally {
    await anonymous.close();
  }
});

test("each nonce is fresh per response", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 5; i++) nonces.add(expectSecurityHeaders(await request.get("/login"), "GET /login"));
  expect(nonces.size).toBe(5);
});

test("the app's cookies are httpOnly, SameSite=Lax and Secure", async ({ page }) => {
  await signUp(page);
  await page.goto("/");
  await page.getByTestId("theme-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  // The page switches at once; the cookie comes with the theme request's answer.
  const ourCookies = async () => (await page.context().cookies()).filter((c) => c.name.startsWith("pp_"));
  await expect.poll(async () => (await ourCookies()).map((c) => c.name).sort()).toEqual(["pp_session", "pp_theme"]);
  const ours = await ourCookies();
  for (const cookie of ours) {
    expect({
      name: cookie.name,
      httpOnly: cookie.httpOnly,
      sameSite: cookie.sameSite,
      secure: cookie.secure,
      path: cookie.path,
    }).toEqual({
      name: cookie.name,
      httpOnly: true,
      sameSite: "Lax",
      secure: true,
      path: "/",
    });
  }
});

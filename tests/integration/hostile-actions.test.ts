import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { MAX_CODE_LENGTH } from "~/modules/problems/practice.server";
import { MAX_FORM_BYTES } from "~/platform/http/read-form.server";
import * as account from "~/routes/account";
import * as login from "~/routes/login";
import * as problem from "~/routes/problems.$slug";
import * as sessions from "~/routes/sessions._index";
import * as session from "~/routes/sessions.$id";
import * as signup from "~/routes/signup";
import * as theme from "~/routes/theme";

import { bodyKind, buildRequest, hostileFields } from "../support/hostile";
import { outcomeOf, person, type Role, world } from "../support/people";
import { BASE, testContext } from "../support/requests";

/**
 * Every action gets random and hostile input: wrong types, files where text is expected,
 * repeated fields, huge and odd Unicode text, prototype keys, bodies that are not forms.
 * Whatever arrives, the answer is a redirect, a success or a 4xx that says why; never a
 * thrown error (a 500) and never a polluted Object.prototype.
 */

const RUNS = 60;

type Action = (args: never) => unknown;
interface Target {
  name: string;
  action: Action;
  fields: readonly string[];
  url: (sessionId: string) => string;
  params: (sessionId: string) => Record<string, string>;
  /** Who sends it: anonymous for the sign-in forms, a seated or unseated user otherwise. */
  roles: readonly Role[];
}

const at = (p: string) => ({ url: () => p, params: () => ({}) });
const TARGETS: Target[] = [
  {
    name: "signup",
    action: signup.action,
    fields: ["username", "email", "password", "website", "redirectTo"],
    ...at("/signup"),
    roles: ["anonymous", "host"],
  },
  {
    name: "login",
    action: login.action,
    fields: ["login", "password", "website", "redirectTo"],
    ...at("/login"),
    roles: ["anonymous", "host"],
  },
  {
    name: "account",
    action: account.action,
    fields: ["intent", "currentPassword", "newPassword", "confirmPassword"],
    ...at("/account"),
    roles: ["stranger", "anonymous"],
  },
  {
    name: "theme",
    action: theme.action,
    fields: ["theme", "redirectTo"],
    ...at("/theme"),
    roles: ["anonymous", "host"],
  },
  {
    name: "problem",
    action: problem.action,
    fields: ["intent", "language", "code", "verdict", "passed", "total", "timeMs"],
    url: () => "/problems/two-sum",
    params: () => ({ slug: "two-sum" }),
    roles: ["stranger", "anonymous"],
  },
  {
    name: "sessions create",
    action: sessions.action,
    fields: ["problem", "difficulty", "visibility", "password"],
    ...at("/sessions"),
    roles: ["stranger", "anonymous"],
  },
  {
    name: "session join/leave/end",
    action: session.action,
    fields: ["intent", "password"],
    url: (id) => `/sessions/${id}`,
    params: (id) => ({ id }),
    roles: ["stranger", "guest", "host", "anonymous"],
  },
];

const expectSafe = (status: number, body: unknown, label: string) => {
  expect(status, label).toBeLessThan(500);
  expect([200, 302, 400, 403, 404, 409, 410, 413, 415, 429], label).toContain(status);
  if (status >= 400) expect(JSON.stringify(body), label).toMatch(/[A-Za-z]{3,}[^"]*[A-Za-z]{3,}/);
};

beforeAll(async () => {
  // Warm the module graph so the first property run does not pay for imports.
  await person();
});

describe("actions under hostile input", () => {
  for (const target of TARGETS) {
    it(`${target.name}: never a 500, always a clear answer`, async () => {
      await fc.assert(
        fc.asyncProperty(
          bodyKind,
          hostileFields(target.fields),
          fc.constantFrom(...target.roles),
          fc.option(fc.constantFrom("A".repeat(22), "../../etc/passwd", "x", "%00"), { freq: 8 }),
          async (kind, fields, role, badId) => {
            const { sessionId, cookies } = await world();
            const id = badId ?? sessionId;
            const request = buildRequest(`${BASE}${target.url(id)}`, kind, fields, cookies[role]);
            const label = `${target.name} ${kind} as ${role}: ${JSON.stringify(fields).slice(0, 300)}`;
            const outcome = await outcomeOf(() =>
              target.action({ request, params: target.params(id), context: testContext() } as never),
            );
            expectSafe(outcome.status, outcome.body, label);
            expect(({} as Record<string, unknown>).polluted, label).toBeUndefined();
            expect(Object.getPrototypeOf({}), label).toBe(Object.prototype);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }

  it("a body that is not a form is refused with 415, a broken one with 400", async () => {
    const { cookies } = await world();
    const json = await outcomeOf(() =>
      theme.action({
        request: buildRequest(`${BASE}/theme`, "json", [["theme", "dark"]]),
        params: {},
        context: testContext(),
      } as never),
    );
    expect(json.status).toBe(415);
    const broken = await outcomeOf(() =>
      sessions.action({
        request: buildRequest(`${BASE}/sessions`, "broken-multipart", [["problem", "two-sum"]], cookies.host),
        params: {},
        context: testContext(),
      } as never),
    );
    expect(broken.status).toBe(400);
    expect(String(broken.body)).toMatch(/could not be read/);
  });

  it("a form over 1 MB is refused with 413 while it arrives, with or without a length", async () => {
    const { cookies } = await world();
    const big = `problem=two-sum&visibility=public&password=${"x".repeat(MAX_FORM_BYTES)}`;
    const headers = { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.host ?? "" };
    const declared = await outcomeOf(() =>
      sessions.action({
        request: new Request(`${BASE}/sessions`, { method: "POST", headers, body: big }),
        params: {},
        context: testContext(),
      } as never),
    );
    expect(declared.status).toBe(413);
    expect(String(declared.body)).toMatch(/too large/);

    // Chunked, no Content-Length: counted as it streams, and the stream is cancelled.
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const streamed = await outcomeOf(() =>
      sessions.action({
        request: new Request(`${BASE}/sessions`, {
          method: "POST",
          headers,
          body: endless,
          duplex: "half",
        } as RequestInit),
        params: {},
        context: testContext(),
      } as never),
    );
    expect(streamed.status).toBe(413);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(40);
  });

  it("the largest real form, a 64,000-character draft of non-ASCII code, is accepted", async () => {
    const coder = await person("big");
    const code = "é".repeat(MAX_CODE_LENGTH);
    const body = new URLSearchParams({ intent: "save-draft", language: "javascript", code });
    expect(body.toString().length).toBeGreaterThan(MAX_CODE_LENGTH * 4);
    const outcome = await outcomeOf(() =>
      problem.action({
        request: new Request(`${BASE}/problems/two-sum`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: coder.cookie },
          body,
        }),
        params: { slug: "two-sum" },
        context: testContext(),
      } as never),
    );
    expect(outcome.status, JSON.stringify(outcome.body).slice(0, 300)).toBeLessThan(400);
    const stored = await getStore().drafts.get(coder.user.id, "two-sum");
    expect(stored.javascript).toBe(code);
  });

  it("a form sent as multipart works like a urlencoded one", async () => {
    const { cookies } = await world();
    const outcome = await outcomeOf(() =>
      sessions.action({
        request: buildRequest(
          `${BASE}/sessions`,
          "multipart",
          [
            ["problem", "two-sum"],
            ["visibility", "public"],
          ],
          // The host and guest already sit in the world's session: one open session each.
          cookies.stranger,
        ),
        params: {},
        context: testContext(),
      } as never),
    );
    expect(outcome.status).toBe(302);
  });
});

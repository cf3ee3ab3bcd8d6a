import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import type { RouteConfigEntry } from "@react-router/dev/routes";
import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { AckResult, ClientToServerEvents, ServerToClientEvents } from "~/platform/realtime/realtime-events";
import routes from "~/routes";

import { attachRealtime } from "../../app/platform/realtime/realtime-server";
import { type Outcome, outcomeOf, type Role, ROLES, world } from "../support/people";
import { BASE, testContext } from "../support/requests";

/**
 * Who may do what, for every route in app/routes.ts and every client-to-server socket
 * event. The tables are checked against what the app actually declares, so a new route,
 * intent-less action or event without a row fails here until someone decides its rules.
 */

// ---------------------------------------------------------------- HTTP routes

type Expect = { status: number; to?: RegExp };
type PerRole = Record<Role, Expect>;

const ok: Expect = { status: 200 };
const toLogin: Expect = { status: 302, to: /^\/login\?redirectTo=/ };
const toHome: Expect = { status: 302, to: /^\/$/ };
const s = (status: number, to?: RegExp): Expect => ({ status, to });
const all = (e: Expect): PerRole => ({ anonymous: e, stranger: e, guest: e, host: e });
const signedIn = (e: Expect, anonymous = toLogin): PerRole => ({ anonymous, stranger: e, guest: e, host: e });
const anonOnly = (e: Expect): PerRole => ({ anonymous: e, stranger: toHome, guest: toHome, host: toHome });

interface ActionCase {
  fields: (ctx: { unique: string }) => Record<string, string>;
  expect: PerRole;
}
interface RouteRow {
  /** Concrete URL path for the pattern (params filled in by the session of each cell). */
  url: (sessionId: string) => string;
  params: (sessionId: string) => Record<string, string>;
  loader: PerRole | null;
  /** Keyed by intent (or a name for intent-less forms); null when the module has no action. */
  actions: Record<string, ActionCase> | null;
}

const noParams = () => ({});
const fixed = (p: string) => ({ url: () => p, params: noParams });

/** Tomorrow at this time, as a form's wall time in UTC. */
const tomorrow = new Date(Date.now() + 24 * 3_600_000).toISOString().slice(0, 16);

const TABLE: Record<string, RouteRow> = {
  "/": { ...fixed("/"), loader: all(ok), actions: null },
  signup: {
    ...fixed("/signup"),
    loader: anonOnly(ok),
    actions: {
      "sign-up": {
        fields: ({ unique }) => ({ username: unique, email: `${unique}@example.test`, password: "long enough pw" }),
        expect: anonOnly(toHome),
      },
      invalid: { fields: () => ({ username: "x" }), expect: anonOnly(s(400)) },
    },
  },
  login: {
    ...fixed("/login"),
    loader: anonOnly(ok),
    actions: {
      "wrong-password": {
        fields: () => ({ login: "nobody-here", password: "not the password" }),
        expect: anonOnly(s(400)),
      },
    },
  },
  logout: {
    ...fixed("/logout"),
    loader: all(toHome),
    actions: { "sign-out": { fields: () => ({}), expect: all(toHome) } },
  },
  account: {
    ...fixed("/account"),
    loader: signedIn(ok),
    actions: {
      "change-password": {
        fields: () => ({
          intent: "change-password",
          currentPassword: "not it",
          newPassword: "a new password",
          confirmPassword: "a new password",
        }),
        expect: signedIn(s(400)),
      },
      "sign-out-others": {
        fields: () => ({ intent: "sign-out-others" }),
        expect: signedIn(s(302, /^\/account\?done=signed-out$/)),
      },
      unknown: { fields: () => ({ intent: "drop-tables" }), expect: signedIn(s(400)) },
    },
  },
  // Recovery answers the same for known and unknown addresses; the code step needs the password first.
  "forgot-password": {
    ...fixed("/forgot-password"),
    loader: anonOnly(ok),
    actions: {
      request: {
        fields: ({ unique }) => ({ email: `${unique}@example.test` }),
        expect: anonOnly(s(302, /^\/forgot-password\?sent=1$/)),
      },
      invalid: { fields: () => ({ email: "not an address" }), expect: anonOnly(s(400)) },
    },
  },
  "reset-password": {
    ...fixed("/reset-password"),
    loader: all(ok),
    actions: { invalid: { fields: () => ({ token: "x" }), expect: all(s(400)) } },
  },
  "verify-email": { ...fixed("/verify-email"), loader: all(ok), actions: null },
  "login/two-factor": {
    ...fixed("/login/two-factor"),
    loader: { ...anonOnly(ok), anonymous: s(302, /^\/login$/) },
    actions: {
      "no-password-first": {
        fields: () => ({ code: "123456" }),
        expect: { ...anonOnly(ok), anonymous: s(302, /^\/login$/) },
      },
    },
  },
  "dev/outbox": { ...fixed("/dev/outbox"), loader: all(s(404)), actions: null },
  theme: {
    ...fixed("/theme"),
    loader: all(toHome),
    actions: {
      set: { fields: () => ({ theme: "dark" }), expect: all(toHome) },
      invalid: { fields: () => ({ theme: "pink" }), expect: all(s(400)) },
    },
  },
  problems: { ...fixed("/problems"), loader: all(ok), actions: null },
  "problems/roadmap": { ...fixed("/problems/roadmap"), loader: all(ok), actions: null },
  "problems/:slug": {
    url: () => "/problems/two-sum",
    params: () => ({ slug: "two-sum" }),
    loader: signedIn(ok),
    actions: {
      "save-draft": {
        fields: () => ({ intent: "save-draft", language: "python", code: "# mine" }),
        expect: signedIn(ok),
      },
      "reset-draft": { fields: () => ({ intent: "reset-draft", language: "python" }), expect: signedIn(ok) },
      // The old client-judged Submit: gone, so a posted verdict is an unknown action.
      "client-verdict": {
        fields: () => ({
          intent: "submit",
          language: "javascript",
          code: "x",
          verdict: "Accepted",
          passed: "1",
          total: "1",
          timeMs: "1",
        }),
        expect: signedIn(s(400)),
      },
      unknown: { fields: () => ({ intent: "hack" }), expect: signedIn(s(400)) },
    },
  },
  "problems/:slug/submissions": {
    url: () => "/problems/two-sum/submissions",
    params: () => ({ slug: "two-sum" }),
    loader: signedIn(s(302, /^\/problems\/two-sum$/)),
    actions: {
      submit: {
        fields: () => ({ language: "javascript", code: "function twoSum() { return [0, 1]; }" }),
        expect: signedIn(s(303, /^\/submissions\/[0-9a-f-]{36}$/)),
      },
      "client-verdict": {
        fields: () => ({ language: "javascript", code: "x", verdict: "Accepted", passed: "13", total: "13" }),
        expect: signedIn(s(400)),
      },
      invalid: { fields: () => ({ language: "cobol", code: "" }), expect: signedIn(s(400)) },
    },
  },
  "submissions/:id": {
    // Nobody's submission: the author's own page is tested in its route test.
    url: () => "/submissions/00000000-0000-4000-8000-000000000000",
    params: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    loader: signedIn(s(404)),
    actions: null,
  },
  "problems/:slug/tests": {
    url: () => "/problems/two-sum/tests",
    params: () => ({ slug: "two-sum" }),
    loader: signedIn(ok),
    actions: null,
  },
  sessions: {
    ...fixed("/sessions"),
    loader: signedIn(ok),
    actions: {
      create: {
        fields: () => ({ problem: "two-sum", visibility: "public" }),
        // One open session per user: the host and guest of the cell's session already sit in one.
        expect: {
          anonymous: toLogin,
          stranger: s(302, /^\/sessions\/[A-Za-z0-9_-]{22}$/),
          guest: s(409),
          host: s(409),
        },
      },
      invalid: { fields: () => ({ problem: "two-sum", visibility: "private" }), expect: signedIn(s(400)) },
    },
  },
  "sessions/:id/submissions": {
    url: (id) => `/sessions/${id}/submissions`,
    params: (id) => ({ id }),
    loader: {
      anonymous: toLogin,
      stranger: s(403),
      guest: s(302, /^\/sessions\/[\w-]{22}$/),
      host: s(302, /^\/sessions\/[\w-]{22}$/),
    },
    actions: {
      submit: {
        fields: () => ({ language: "javascript", code: "function twoSum() { return [0, 1]; }" }),
        expect: {
          anonymous: toLogin,
          stranger: s(403),
          guest: s(303, /^\/submissions\/[0-9a-f-]{36}\?via=/),
          host: s(303, /^\/submissions\/[0-9a-f-]{36}\?via=/),
        },
      },
      "client-verdict": {
        fields: () => ({ language: "javascript", code: "x", verdict: "Accepted", passed: "13", total: "13" }),
        expect: { anonymous: toLogin, stranger: s(403), guest: s(400), host: s(400) },
      },
    },
  },
  "sessions/history": { ...fixed("/sessions/history"), loader: signedIn(ok), actions: null },
  // Quick match: every signed-in user may open it (the socket acts on their own place only).
  match: { ...fixed("/match"), loader: signedIn(ok), actions: null },
  "sessions/history/:id/reflection": {
    url: (id) => `/sessions/history/${id}/reflection`,
    params: (id) => ({ id }),
    loader: signedIn(s(302, /^\/sessions\/history\/[\w-]{22}$/)),
    actions: {
      save: {
        fields: () => ({ blocker: "keeping the window valid" }),
        expect: { anonymous: toLogin, stranger: s(404), guest: ok, host: ok },
      },
      invalid: { fields: () => ({ blocker: " " }), expect: signedIn(s(400)) },
    },
  },
  progress: {
    ...fixed("/progress"),
    loader: signedIn(ok),
    actions: {
      sharing: { fields: () => ({ intent: "sharing", sharing: "stats" }), expect: signedIn(s(302, /^\/progress$/)) },
      invalid: { fields: () => ({ intent: "sharing", sharing: "world" }), expect: signedIn(s(400)) },
    },
  },
  "progress/export/:format": {
    url: () => "/progress/export/csv",
    params: () => ({ format: "csv" }),
    loader: signedIn(ok),
    actions: null,
  },
  // Unknown and private profiles look alike.
  "u/:username": {
    url: () => "/u/nobody-here",
    params: () => ({ username: "nobody-here" }),
    loader: all(s(404)),
    actions: null,
  },
  "account/time-zone": {
    ...fixed("/account/time-zone"),
    loader: signedIn(ok),
    actions: {
      set: { fields: () => ({ intent: "set", timeZone: "Europe/Paris" }), expect: signedIn(ok) },
      invalid: { fields: () => ({ intent: "set", timeZone: "Nowhere/Else" }), expect: signedIn(s(400)) },
    },
  },
  // Members only: anyone else gets the 404 of a session that does not exist.
  "sessions/history/:id": {
    url: (id) => `/sessions/history/${id}`,
    params: (id) => ({ id }),
    loader: { anonymous: toLogin, stranger: s(404), guest: ok, host: ok },
    actions: null,
  },
  "sessions/:id": {
    url: (id) => `/sessions/${id}`,
    params: (id) => ({ id }),
    loader: signedIn(ok),
    actions: {
      join: {
        fields: () => ({ intent: "join" }),
        expect: {
          anonymous: toLogin,
          stranger: s(409),
          guest: s(302, /^\/sessions\/[\w-]{22}$/),
          host: s(302, /^\/sessions\/[\w-]{22}$/),
        },
      },
      leave: {
        fields: () => ({ intent: "leave" }),
        expect: { anonymous: toLogin, stranger: s(403), guest: s(302, /^\/sessions$/), host: s(302, /^\/sessions$/) },
      },
      end: {
        fields: () => ({ intent: "end" }),
        expect: { anonymous: toLogin, stranger: s(403), guest: s(403), host: s(302, /^\/sessions\/[\w-]{22}$/) },
      },
      "change-problem": {
        fields: () => ({ intent: "change-problem", problemSlug: "valid-parentheses" }),
        expect: {
          anonymous: toLogin,
          stranger: s(403),
          guest: s(302, /^\/sessions\/[\w-]{22}$/),
          host: s(302, /^\/sessions\/[\w-]{22}$/),
        },
      },
      unknown: { fields: () => ({ intent: "steal" }), expect: signedIn(s(400)) },
    },
  },
  scheduled: {
    ...fixed("/scheduled"),
    loader: signedIn(ok),
    actions: {
      create: {
        fields: () => ({
          problem: "two-sum",
          visibility: "public",
          startsAt: tomorrow,
          timeZone: "UTC",
          duration: "45",
        }),
        expect: signedIn(s(302, /^\/scheduled\/[\w-]{22}$/)),
      },
      invalid: { fields: () => ({ problem: "two-sum", visibility: "public" }), expect: signedIn(s(400)) },
    },
  },
  // The cell's id names no scheduled session: the same 404 as for one that is not yours.
  "scheduled/:id": {
    url: (id) => `/scheduled/${id}`,
    params: (id) => ({ id }),
    loader: signedIn(s(404)),
    actions: {
      reserve: { fields: () => ({ intent: "reserve" }), expect: signedIn(s(404)) },
      unknown: { fields: () => ({ intent: "steal" }), expect: signedIn(s(400)) },
    },
  },
  "scheduled/:id/calendar.ics": {
    url: (id) => `/scheduled/${id}/calendar.ics`,
    params: (id) => ({ id }),
    loader: signedIn(s(404)),
    actions: null,
  },
  partners: {
    ...fixed("/partners"),
    loader: signedIn(ok),
    actions: {
      // Only someone you finished a session with: this session has not ended.
      save: { fields: () => ({ intent: "save", sessionId: "x", partnerId: "nobody" }), expect: signedIn(s(400)) },
      remove: { fields: () => ({ intent: "remove", partnerId: "nobody" }), expect: signedIn(s(302, /^\/partners$/)) },
      invite: { fields: () => ({ intent: "invite", partnerId: "nobody", timeZone: "UTC" }), expect: signedIn(s(400)) },
      unknown: { fields: () => ({ intent: "steal" }), expect: signedIn(s(400)) },
    },
  },
  notifications: {
    ...fixed("/notifications"),
    loader: signedIn(ok),
    actions: {
      "read-all": { fields: () => ({ intent: "read-all" }), expect: signedIn(s(302, /^\/notifications$/)) },
      invalid: { fields: () => ({ intent: "read", id: "nope" }), expect: signedIn(s(400)) },
    },
  },
  // Exists with NODE_ENV=test (as here) or SCHEDULING_TEST_TRIGGER; still signed in only.
  "api/test/scheduling-tick": {
    ...fixed("/api/test/scheduling-tick"),
    loader: null,
    actions: { tick: { fields: () => ({ minutes: "0" }), expect: signedIn(ok) } },
  },
  // JSON for the editor: anonymous callers get 401, not a redirect to a sign-in page.
  "api/drafts": {
    ...fixed("/api/drafts"),
    loader: null,
    actions: {
      save: {
        fields: () => ({ intent: "save", problemSlug: "two-sum", language: "python", code: "# mine" }),
        expect: signedIn(ok, s(401)),
      },
      reset: {
        fields: () => ({ intent: "reset", problemSlug: "two-sum", language: "python" }),
        expect: signedIn(ok, s(401)),
      },
      invalid: { fields: () => ({ intent: "save", problemSlug: "two-sum" }), expect: signedIn(s(400), s(401)) },
    },
  },
  // Only exists with Inngest configured (then Inngest's signature is the check).
  "api/inngest": {
    ...fixed("/api/inngest"),
    loader: all(s(404)),
    actions: { any: { fields: () => ({}), expect: all(s(404)) } },
  },
  // Only exists with Clerk configured (then svix's signature is the check).
  "api/webhooks/clerk": {
    ...fixed("/api/webhooks/clerk"),
    loader: all(s(404)),
    actions: { any: { fields: () => ({}), expect: all(s(404)) } },
  },
  // Only exists with Stream configured (its own tests cover who gets a token).
  "api/sessions/:id/stream-token": {
    url: (id) => `/api/sessions/${id}/stream-token`,
    params: (id) => ({ id }),
    loader: all(s(404)),
    actions: null,
  },
  "*": {
    url: () => "/no/such/page",
    params: () => ({ "*": "no/such/page" }),
    loader: all(s(404)),
    actions: { any: { fields: () => ({}), expect: all(s(404)) } },
  },
};

/** Every route of the config, flattened, keyed by its path ("/" for the index route). */
function discover(entries: RouteConfigEntry[], parent = ""): Array<{ key: string; file: string }> {
  return entries.flatMap((entry) => {
    const key = entry.index ? parent || "/" : [parent, entry.path].filter(Boolean).join("/");
    return [{ key, file: entry.file }, ...discover(entry.children ?? [], key === "/" ? "" : key)];
  });
}
const discovered = discover(routes);

interface RouteModule {
  loader?: (args: unknown) => unknown;
  action?: (args: unknown) => unknown;
}
const load = (file: string) => import(path.resolve(import.meta.dirname, "../../app", file)) as Promise<RouteModule>;

function form(url: string, fields: Record<string, string>, cookie?: string) {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (cookie) headers.Cookie = cookie;
  return new Request(`${BASE}${url}`, { method: "POST", headers, body: new URLSearchParams(fields) });
}

function check(outcome: Outcome, expected: Expect, label: string) {
  expect({ label, status: outcome.status }).toEqual({ label, status: expected.status });
  if (expected.to) expect(outcome.location, label).toMatch(expected.to);
  if (outcome.status >= 400) {
    // A refusal says why, in words.
    expect(JSON.stringify(outcome.body), label).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/);
  }
}

describe("route authorization matrix", () => {
  it("has exactly one row per route in app/routes.ts", () => {
    expect(Object.keys(TABLE).sort()).toEqual(discovered.map((r) => r.key).sort());
  });

  it("declares a loader and an action exactly where the modules export them", async () => {
    for (const { key, file } of discovered) {
      const mod = await load(file);
      const row = TABLE[key]!;
      expect({ key, loader: Boolean(mod.loader), action: Boolean(mod.action) }).toEqual({
        key,
        loader: row.loader !== null,
        action: row.actions !== null,
      });
    }
  });

  for (const { key, file } of discovered) {
    const row = TABLE[key];
    if (!row) continue; // reported by the first test
    describe(key, () => {
      if (row.loader) {
        const loaderExpect = row.loader;
        it.each(ROLES)("GET as %s", async (role) => {
          const mod = await load(file);
          const { sessionId, cookies } = await world();
          const cookie = cookies[role];
          const request = new Request(`${BASE}${row.url(sessionId)}`, { headers: cookie ? { Cookie: cookie } : {} });
          const outcome = await outcomeOf(() =>
            mod.loader!({ request, params: row.params(sessionId), context: testContext() }),
          );
          check(outcome, loaderExpect[role], `GET ${key} as ${role}`);
        });
      }
      for (const [intent, action] of Object.entries(row.actions ?? {})) {
        it.each(ROLES)(`POST ${intent} as %s`, async (role) => {
          const mod = await load(file);
          const { sessionId, cookies } = await world();
          const unique = `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
          const request = form(row.url(sessionId), action.fields({ unique }), cookies[role]);
          const outcome = await outcomeOf(() =>
            mod.action!({ request, params: row.params(sessionId), context: testContext() }),
          );
          check(outcome, action.expect[role], `POST ${key} ${intent} as ${role}`);
        });
      }
    });
  }
});

// ---------------------------------------------------------------- Socket events

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
type EventName = keyof ClientToServerEvents;
/** "ok", or the error the ack must carry. Anonymous sockets never get past the handshake. */
type SocketExpect = "ok" | RegExp;

const NOT_IN = /not in this session/;
/** Socket.IO's own lifecycle events, not part of the contract. */
const RESERVED = new Set([
  "connect",
  "connect_error",
  "disconnect",
  "disconnecting",
  "error",
  "newListener",
  "removeListener",
]);
const SOCKET_TABLE: Record<
  EventName,
  { payload: (sessionId: string) => unknown; expect: Record<Exclude<Role, "anonymous">, SocketExpect> }
> = {
  "session:enter": { payload: (sessionId) => ({ sessionId }), expect: { stranger: NOT_IN, guest: "ok", host: "ok" } },
  "chat:send": {
    payload: (sessionId) => ({ sessionId, clientId: "matrix-0001", body: "hello" }),
    expect: { stranger: NOT_IN, guest: "ok", host: "ok" },
  },
  "chat:history": {
    payload: (sessionId) => ({ sessionId, afterSeq: 0 }),
    expect: { stranger: NOT_IN, guest: "ok", host: "ok" },
  },
  "chat:typing": {
    payload: (sessionId) => ({ sessionId, typing: true }),
    expect: { stranger: NOT_IN, guest: "ok", host: "ok" },
  },
  "presence:update": {
    payload: (sessionId) => ({ sessionId, mic: true, camera: false, sharing: false }),
    expect: { stranger: NOT_IN, guest: "ok", host: "ok" },
  },
  "session:timer": {
    payload: (sessionId) => ({ sessionId, minutes: 30 }),
    expect: { stranger: NOT_IN, guest: "ok", host: "ok" },
  },
  "rtc:signal": {
    payload: (sessionId) => ({ sessionId, candidate: null }),
    expect: { stranger: NOT_IN, guest: "ok", host: "ok" },
  },
  // With a partner seated, either one may propose; answering needs a proposal that is open.
  "problem:propose": {
    payload: (sessionId) => ({ sessionId, problemSlug: "valid-parentheses" }),
    expect: { stranger: NOT_IN, guest: "ok", host: "ok" },
  },
  "problem:answer": {
    payload: (sessionId) => ({ sessionId, proposalId: "no-such-proposal", accept: true }),
    expect: { stranger: NOT_IN, guest: /no longer open/, host: /no longer open/ },
  },
  "problem:withdraw": {
    payload: (sessionId) => ({ sessionId, proposalId: "no-such-proposal" }),
    expect: { stranger: NOT_IN, guest: /no longer open/, host: /no longer open/ },
  },
  // Quick match names no session: each user acts on their own place in the queue only.
  "match:join": {
    payload: () => ({ difficulty: "easy", topics: [], language: "python" }),
    expect: { stranger: "ok", guest: "ok", host: "ok" },
  },
  "match:status": { payload: () => ({}), expect: { stranger: "ok", guest: "ok", host: "ok" } },
  "match:accept": {
    payload: () => ({ proposalId: "00000000-0000-4000-8000-000000000000" }),
    expect: { stranger: "ok", guest: "ok", host: "ok" },
  },
  "match:decline": {
    payload: () => ({ proposalId: "00000000-0000-4000-8000-000000000000" }),
    expect: { stranger: "ok", guest: "ok", host: "ok" },
  },
  "match:leave": { payload: () => ({ scope: "all" }), expect: { stranger: "ok", guest: "ok", host: "ok" } },
  // The centre answers for the socket's own user only, whoever asks (see notification.handlers.test.ts).
  "notification:list": { payload: () => ({}), expect: { stranger: "ok", guest: "ok", host: "ok" } },
  "notification:read": {
    payload: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    expect: { stranger: "ok", guest: "ok", host: "ok" },
  },
  "notification:readAll": { payload: () => ({}), expect: { stranger: "ok", guest: "ok", host: "ok" } },
};

describe("socket event authorization matrix", () => {
  let server: http.Server;
  let realtime: ReturnType<typeof attachRealtime>;
  let url: string;
  const clients: Client[] = [];
  /** The events the server really listens to, read from a live connection. */
  let registered: Promise<string[]>;

  beforeAll(async () => {
    server = http.createServer();
    realtime = attachRealtime(server, pino({ level: "silent" }));
    registered = new Promise((resolve) => {
      realtime.io.once("connection", (socket) =>
        resolve(
          socket
            .eventNames()
            .map(String)
            .filter((e) => !RESERVED.has(e)),
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await realtime.close();
  });

  function open(cookie?: string): Promise<Client> {
    const socket: Client = connect(url, {
      transports: ["websocket"],
      extraHeaders: cookie ? { cookie } : {},
      reconnection: false,
      forceNew: true,
    });
    clients.push(socket);
    return new Promise((resolve, reject) => {
      socket.once("connect", () => resolve(socket));
      socket.once("connect_error", reject);
    });
  }

  const call = (socket: Client, event: string, payload: unknown) =>
    new Promise<AckResult<unknown>>((resolve) =>
      (socket.emit as (e: string, p: unknown, ack: (r: AckResult<unknown>) => void) => void)(event, payload, resolve),
    );

  it("has exactly one row per event the server handles", async () => {
    const { cookies } = await world();
    await open(cookies.host);
    expect(Object.keys(SOCKET_TABLE).sort()).toEqual((await registered).sort());
  });

  for (const [event, row] of Object.entries(SOCKET_TABLE) as Array<[EventName, (typeof SOCKET_TABLE)[EventName]]>) {
    describe(event, () => {
      it("as anonymous: refused at the handshake", async () => {
        await expect(open()).rejects.toThrow(/Sign in/);
      });
      for (const role of ["stranger", "guest", "host"] as const) {
        it(`as ${role}`, async () => {
          const { sessionId, cookies } = await world();
          const socket = await open(cookies[role]);
          // Seated users enter first (except when entering is the event under test).
          if (event !== "session:enter" && role !== "stranger")
            expect((await call(socket, "session:enter", { sessionId })).ok).toBe(true);
          if (role === "stranger") await call(socket, "session:enter", { sessionId });
          const result = await call(socket, event, row.payload(sessionId));
          const expected = row.expect[role];
          if (expected === "ok") expect(result).toMatchObject({ ok: true });
          else {
            expect(result.ok).toBe(false);
            expect((result as { error: string }).error).toMatch(expected);
          }
        });
      }
    });
  }
});

import bcrypt from "bcryptjs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";

import { getStore } from "~/composition.server";
import { hashPassword } from "~/modules/accounts/password.server";
import { recordSubmission } from "~/modules/problems/practice.server";
import { limiters, RateLimitedError } from "~/platform/rate-limit.server";
import * as account from "~/routes/account";
import * as login from "~/routes/login";
import * as sessions from "~/routes/sessions._index";
import * as session from "~/routes/sessions.$id";
import * as signup from "~/routes/signup";

import { outcomeOf, person } from "../support/people";
import { formRequest, testContext } from "../support/requests";

/**
 * N simultaneous attempts never get more than the limit's worth of checks, for every
 * limiter: each takes its point before the work it guards (a bcrypt comparison, a write),
 * so a burst cannot slip under a count that is still low. Every refusal is a 429 with
 * Retry-After. Socket events: server/realtime/realtime-hardening.test.ts.
 */

const RUNS = 4;
let ipBlock = 0;
/** N distinct client addresses that no other run uses. */
const addresses = (n: number) => {
  const block = ++ipBlock;
  return Array.from({ length: n }, (_, i) => `10.${block}.${i >> 8}.${i & 255}`);
};

let n = 0;
const PASSWORD = "an uncommon long passphrase";
async function member() {
  const name = `cc${Date.now().toString(36)}${++n}`;
  const user = await getStore().users.create({
    username: name,
    email: `${name}@example.test`,
    passwordHash: await hashPassword(PASSWORD),
  });
  return user;
}

function countCompares() {
  const compare = vi.spyOn(bcrypt, "compare");
  // spyOn hands back an existing spy with its calls: count from here.
  const before = compare.mock.calls.length;
  return () => compare.mock.calls.length - before;
}
afterEach(() => vi.restoreAllMocks());

type Outcome = Awaited<ReturnType<typeof outcomeOf>>;
async function run(fn: () => unknown): Promise<Outcome & { retryAfter: string | null }> {
  let retryAfter: string | null = null;
  const outcome = await outcomeOf(async () => {
    const result = await fn();
    if (result && typeof result === "object" && "init" in result) {
      const init = (result as { init: ResponseInit | null }).init;
      retryAfter = new Headers(init?.headers).get("Retry-After");
    }
    return result;
  });
  return { ...outcome, retryAfter };
}
/** Some checks ran (the count is real), and never more than the limit allows. */
const expectChecks = (checks: number, points: number) => {
  expect(checks).toBeGreaterThan(0);
  expect(checks).toBeLessThanOrEqual(points);
};
const expectRefusalsCarryRetryAfter = (outcomes: Array<{ status: number; retryAfter: string | null }>) => {
  for (const o of outcomes.filter((x) => x.status === 429)) expect(Number(o.retryAfter)).toBeGreaterThan(0);
};

describe("limits under simultaneous attempts", () => {
  it("sign-in, per account (by username or email, from N addresses): at most its points of password checks", async () => {
    const points = limiters.loginByAccount.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 30 }), fc.nat(), async (total, rightAt) => {
        const user = await member();
        const ips = addresses(total);
        const compares = countCompares();
        const outcomes = await Promise.all(
          ips.map((ip, i) =>
            run(() =>
              login.action({
                request: formRequest("/login", {
                  login: i % 2 ? user.email : user.username,
                  password: i === rightAt % total ? PASSWORD : `wrong-${i}-guess`,
                }),
                params: {},
                context: testContext(ip),
              } as never),
            ),
          ),
        );
        expectChecks(compares(), points);
        expect(outcomes.filter((o) => o.status === 429).length).toBeGreaterThanOrEqual(total - points);
        expect(outcomes.filter((o) => o.status === 302).length).toBeLessThanOrEqual(1);
        expectRefusalsCarryRetryAfter(outcomes);
        vi.restoreAllMocks();
      }),
      { numRuns: RUNS },
    );
  });

  it("sign-in, per address (N accounts from one address): at most its points of password checks", async () => {
    const points = limiters.loginByIp.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 30 }), async (total) => {
        const [ip] = addresses(1);
        const compares = countCompares();
        const outcomes = await Promise.all(
          Array.from({ length: total }, (_, i) =>
            run(() =>
              login.action({
                request: formRequest("/login", { login: `nobody-${ipBlock}-${i}`, password: "whatever-it-is" }),
                params: {},
                context: testContext(ip),
              } as never),
            ),
          ),
        );
        expectChecks(compares(), points);
        expect(outcomes.filter((o) => o.status === 429).length).toBe(total - points);
        expectRefusalsCarryRetryAfter(outcomes);
        vi.restoreAllMocks();
      }),
      { numRuns: RUNS },
    );
  });

  it("sign-up, per address: at most its points of accounts", async () => {
    const points = limiters.signupByIp.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 20 }), async (total) => {
        const [ip] = addresses(1);
        const tag = `su${Date.now().toString(36)}${++n}`;
        const outcomes = await Promise.all(
          Array.from({ length: total }, (_, i) =>
            run(() =>
              signup.action({
                request: formRequest("/signup", {
                  username: `${tag}${i}`,
                  email: `${tag}${i}@example.test`,
                  password: PASSWORD,
                }),
                params: {},
                context: testContext(ip),
              } as never),
            ),
          ),
        );
        expect(outcomes.filter((o) => o.status === 302).length).toBeLessThanOrEqual(points);
        expectRefusalsCarryRetryAfter(outcomes);
      }),
      { numRuns: RUNS },
    );
  });

  it("password change, per user: at most its points of current-password checks", async () => {
    const points = limiters.passwordChangeByUser.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 20 }), async (total) => {
        const { cookie } = await person("pc");
        const compares = countCompares();
        const outcomes = await Promise.all(
          Array.from({ length: total }, (_, i) =>
            run(() =>
              account.action({
                request: formRequest(
                  "/account",
                  {
                    intent: "change-password",
                    currentPassword: `wrong-${i}-current`,
                    newPassword: "a brand new passphrase",
                    confirmPassword: "a brand new passphrase",
                  },
                  cookie,
                ),
                params: {},
                context: testContext(),
              } as never),
            ),
          ),
        );
        expectChecks(compares(), points);
        expect(outcomes.filter((o) => o.status === 429).length).toBe(total - points);
        expectRefusalsCarryRetryAfter(outcomes);
        vi.restoreAllMocks();
      }),
      { numRuns: RUNS },
    );
  });

  async function privateSession(): Promise<string> {
    const host = await person("ph");
    const created = await outcomeOf(() =>
      sessions.action({
        request: formRequest(
          "/sessions",
          { problem: "two-sum", visibility: "private", password: "sesame42" },
          host.cookie,
        ),
        params: {},
        context: testContext(),
      } as never),
    );
    return created.location!.split("/").pop()!;
  }
  const join = (id: string, cookie: string, password: string, ip: string) =>
    run(() =>
      session.action({
        request: formRequest(`/sessions/${id}`, { intent: "join", password }, cookie),
        params: { id },
        context: testContext(ip),
      } as never),
    );

  it("session password, per user (N joins by one user at once): at most its points of checks", async () => {
    const points = limiters.sessionPasswordByUser.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 30 }), fc.nat(), async (total, rightAt) => {
        const id = await privateSession();
        const guest = await person("pg");
        const ips = addresses(total);
        const compares = countCompares();
        const outcomes = await Promise.all(
          ips.map((ip, i) => join(id, guest.cookie, i === rightAt % total ? "sesame42" : `nope-${i}`, ip)),
        );
        expectChecks(compares(), points);
        // Once the right password has seated the guest, a later join is a rejoin: no check, the room.
        const seated = (o: (typeof outcomes)[number]) => o.status === 302 && o.location === `/sessions/${id}`;
        expect(outcomes.filter((o) => o.status === 429 || seated(o)).length).toBeGreaterThanOrEqual(total - points);
        expectRefusalsCarryRetryAfter(outcomes);
        vi.restoreAllMocks();
      }),
      { numRuns: RUNS },
    );
  });

  it("session password, per session and address (N users from one address): at most its points of checks", async () => {
    const points = limiters.sessionPasswordBySessionAndIp.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 10 }), async (total) => {
        const id = await privateSession();
        const guests = await Promise.all(Array.from({ length: total }, () => person("pq")));
        const [ip] = addresses(1);
        const compares = countCompares();
        const outcomes = await Promise.all(guests.map((g, i) => join(id, g.cookie, `nope-${i}`, ip!)));
        expectChecks(compares(), points);
        expect(outcomes.filter((o) => o.status === 429).length).toBe(total - points);
        expectRefusalsCarryRetryAfter(outcomes);
        vi.restoreAllMocks();
      }),
      { numRuns: 2 },
    );
  });

  it("session password, per session (N users from N addresses): at most its points of checks", async () => {
    const points = limiters.sessionPasswordBySession.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 10 }), async (total) => {
        const id = await privateSession();
        const guests = await Promise.all(Array.from({ length: total }, () => person("pr")));
        const ips = addresses(total);
        const compares = countCompares();
        const outcomes = await Promise.all(guests.map((g, i) => join(id, g.cookie, `nope-${i}`, ips[i]!)));
        expectChecks(compares(), points);
        expect(outcomes.filter((o) => o.status === 429).length).toBe(total - points);
        vi.restoreAllMocks();
      }),
      { numRuns: 1 },
    );
  });

  it("joins, per user: at most its points of attempts get past the limit", async () => {
    const points = limiters.joinByUser.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 20 }), async (total) => {
        const id = await privateSession();
        const guest = await person("pj");
        // No password: refused before any check, but each attempt still takes a join point.
        const outcomes = await Promise.all(
          Array.from({ length: total }, (_, i) => join(id, guest.cookie, "", `10.250.0.${i % 250}`)),
        );
        expect(outcomes.filter((o) => o.status !== 429).length).toBeLessThanOrEqual(points);
        expect(outcomes.filter((o) => o.status === 429).length).toBe(total - points);
        expectRefusalsCarryRetryAfter(outcomes);
      }),
      { numRuns: RUNS },
    );
  });

  it("new sessions, per user: N simultaneous creates open one session", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 30 }), async (total) => {
        const host = await person("pn");
        const outcomes = await Promise.all(
          Array.from({ length: total }, () =>
            run(() =>
              sessions.action({
                request: formRequest("/sessions", { problem: "two-sum", visibility: "public" }, host.cookie),
                params: {},
                context: testContext(),
              } as never),
            ),
          ),
        );
        expect(outcomes.filter((o) => o.status === 302)).toHaveLength(1);
        expect(outcomes.filter((o) => o.status !== 302).every((o) => o.status === 409 || o.status === 429)).toBe(true);
        const history = await getStore().sessions.historyForUser(host.user.id, 100);
        expect(history.filter((h) => h.session.status !== "ended")).toHaveLength(1);
      }),
      { numRuns: RUNS },
    );
  });

  it("stored submissions, per user: at most its points stored", async () => {
    const points = limiters.submissionsByUser.points;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: points + 1, max: points + 30 }), async (total) => {
        const coder = await person("ps");
        // The quota sits where a judged submission is stored, whichever route judged it.
        const outcomes = await Promise.allSettled(
          Array.from({ length: total }, (_, i) =>
            recordSubmission(coder.user.id, "two-sum", {
              language: "javascript",
              code: `// ${i}\n${"x".repeat(1000)}`,
              verdict: "Accepted",
              passed: 3,
              total: 3,
              timeMs: 5,
            }),
          ),
        );
        const stored = await getStore().submissions.listForProblem(coder.user.id, "two-sum", 1000);
        expect(stored.length).toBe(points);
        const refused = outcomes.filter((o) => o.status === "rejected");
        expect(refused.length).toBe(total - points);
        for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(RateLimitedError);
      }),
      { numRuns: RUNS },
    );
  });
});

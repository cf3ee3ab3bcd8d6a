import { describe, expect, it } from "vitest";

import { SESSION_MESSAGES } from "~/modules/sessions/session-failures";
import type { FormFailure } from "~/platform/http/form-responses.server";

const ALREADY_HOSTING = SESSION_MESSAGES["already-hosting"];
const SEATED_ELSEWHERE = SESSION_MESSAGES["seated-elsewhere"];

import { cookieFrom, formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";
import * as sessions from "./sessions._index";
import * as session from "./sessions.$id";
import * as signup from "./signup";

/** One open session per user, the private join page, and the partner who is not locked out. */

const args = (request: Request, params: Record<string, string> = {}, ip?: string) =>
  ({ request, context: testContext(ip), params }) as never;

let n = 0;
async function person() {
  const name = `sh${Date.now().toString(36)}${++n}`;
  const response = await settle(() =>
    signup.action(
      args(formRequest("/signup", { username: name, email: `${name}@example.test`, password: "long enough pw" })),
    ),
  );
  return { name, cookie: cookieFrom(response as Response) };
}
const createRaw = (cookie: string, fields: Record<string, string>) =>
  settle(() => sessions.action(args(formRequest("/sessions", fields, cookie))));
async function create(cookie: string, fields: Record<string, string> = { problem: "two-sum", visibility: "public" }) {
  const result = await createRaw(cookie, fields);
  if (!(result instanceof Response)) throw new Error(JSON.stringify(unwrapData(result).data));
  return result.headers.get("Location")!.split("/").pop()!;
}
const act = (cookie: string, id: string, fields: Record<string, string>, ip?: string) =>
  settle(() => session.action(args(formRequest(`/sessions/${id}`, fields, cookie), { id }, ip)));
const statusOf = (result: unknown) => (result instanceof Response ? result.status : unwrapData(result).status);

describe("one open session per user", () => {
  it("refuses a second session with a clear message and a link to the open one; after leaving, a new one starts", async () => {
    const host = await person();
    const first = await create(host.cookie);
    const second = await createRaw(host.cookie, { problem: "two-sum", visibility: "public" });
    const { data, status } = unwrapData<FormFailure>(second);
    expect(status).toBe(409);
    expect(data.formErrors).toEqual([ALREADY_HOSTING]);
    expect(data.link).toEqual({ href: `/sessions/${first}`, label: "Go to your open session" });
    expect(statusOf(await act(host.cookie, first, { intent: "leave" }))).toBe(302);
    expect(await create(host.cookie)).not.toBe(first);
  });

  it("refuses to seat a user who sits in another session, with a link to it", async () => {
    const [a, b, roamer] = [await person(), await person(), await person()];
    const mine = await create(roamer.cookie);
    const theirs = await create(a.cookie);
    const joined = await act(roamer.cookie, theirs, { intent: "join" });
    expect(statusOf(joined)).toBe(409);
    expect(unwrapData<FormFailure>(joined).data).toMatchObject({
      formErrors: [SEATED_ELSEWHERE],
      link: { href: `/sessions/${mine}` },
    });
    // Once they have left their own, they may take the seat.
    await act(roamer.cookie, mine, { intent: "leave" });
    expect(statusOf(await act(roamer.cookie, theirs, { intent: "join" }))).toBe(302);
    // Seated as a guest now: no session of their own, no second seat.
    expect(statusOf(await createRaw(roamer.cookie, { problem: "two-sum", visibility: "public" }))).toBe(409);
    const third = await create(b.cookie);
    expect(statusOf(await act(roamer.cookie, third, { intent: "join" }))).toBe(409);
  });

  it("limits how many sessions one user starts, with Retry-After", async () => {
    const host = await person();
    let last: unknown;
    for (let i = 0; i < 11; i++) {
      last = await createRaw(host.cookie, { problem: "two-sum", visibility: "public" });
      if (last instanceof Response) {
        const id = last.headers.get("Location")!.split("/").pop()!;
        await act(host.cookie, id, { intent: "end" });
      }
    }
    const { data, status, headers } = unwrapData<FormFailure>(last);
    expect(status).toBe(429);
    expect(data.formErrors[0]).toMatch(/Try again in \d+ minutes?\./);
    expect(Number(headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});

describe("private sessions", () => {
  it("show a link holder no usernames and no presence before the password", async () => {
    const host = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "private", password: "sesame42" });
    const stranger = await person();
    const page = await settle(() => session.loader(args(getRequest(`/sessions/${id}`, stranger.cookie), { id })));
    expect(page).toMatchObject({ kind: "join", hostUsername: null, view: { participants: [] } });
    expect(JSON.stringify(page)).not.toContain(host.name);
    expect(JSON.stringify(page)).not.toMatch(/present|isYou/);
  });

  it("do not lock the invited partner out because strangers guessed from elsewhere", async () => {
    const host = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "private", password: "sesame42" });
    // Four accounts, five wrong guesses each, from their own addresses: 20 in all.
    for (let a = 0; a < 4; a++) {
      const guesser = await person();
      for (let i = 0; i < 5; i++)
        await act(guesser.cookie, id, { intent: "join", password: `guess-${i}` }, `198.51.100.${a}`);
    }
    const partner = await person();
    expect(statusOf(await act(partner.cookie, id, { intent: "join", password: "sesame42" }, "203.0.113.9"))).toBe(302);
  });
});

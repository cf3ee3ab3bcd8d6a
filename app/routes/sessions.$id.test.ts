import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { expireStaleSessions } from "~/modules/sessions/expire-sessions.server";
import type { FormFailure } from "~/platform/http/form-responses.server";
import * as sessions from "~/routes/sessions._index";
import * as session from "~/routes/sessions.$id";
import * as history from "~/routes/sessions.history";
import * as signup from "~/routes/signup";

import { cookieFrom, formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";

const args = (request: Request, params: Record<string, string> = {}) =>
  ({ request, context: testContext(), params }) as never;

let n = 0;
async function person() {
  const name = `s${Date.now().toString(36)}${++n}`;
  const response = await settle(() =>
    signup.action(
      args(formRequest("/signup", { username: name, email: `${name}@example.test`, password: "long enough pw" })),
    ),
  );
  return { name, cookie: cookieFrom(response as Response) };
}

async function create(cookie: string, fields: Record<string, string>) {
  const result = await settle(() => sessions.action(args(formRequest("/sessions", fields, cookie))));
  if (!(result instanceof Response)) throw new Error(JSON.stringify(unwrapData(result).data));
  return result.headers.get("Location")!.split("/").pop()!;
}

const act = (cookie: string | undefined, id: string, fields: Record<string, string>) =>
  settle(() => session.action(args(formRequest(`/sessions/${id}`, fields, cookie), { id })));
const view = (cookie: string | undefined, id: string) =>
  settle(() => session.loader(args(getRequest(`/sessions/${id}`, cookie), { id })));

const statusOf = (result: unknown) => (result instanceof Response ? result.status : unwrapData(result).status);

describe("who may see and do what", () => {
  it("anonymous visitors are sent to sign in, for every loader and action", async () => {
    const host = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "public" });
    for (const result of [
      await view(undefined, id),
      await act(undefined, id, { intent: "join" }),
      await act(undefined, id, { intent: "end" }),
      await settle(() => sessions.loader(args(getRequest("/sessions")))),
      await settle(() => sessions.action(args(formRequest("/sessions", { problem: "two-sum", visibility: "public" })))),
      await settle(() => history.loader(args(getRequest("/sessions/history")))),
    ]) {
      expect(result).toBeInstanceOf(Response);
      expect((result as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
    }
  });

  it("a stranger sees the join page, cannot leave or end; the host sees the room", async () => {
    const host = await person();
    const stranger = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "public" });
    expect(await view(stranger.cookie, id)).toMatchObject({ kind: "join", role: "visitor" });
    expect(await view(host.cookie, id)).toMatchObject({ kind: "room", role: "host" });
    expect(statusOf(await act(stranger.cookie, id, { intent: "leave" }))).toBe(403);
    expect(statusOf(await act(stranger.cookie, id, { intent: "end" }))).toBe(403);
  });

  it("the guest may leave but not end; the host may end; then everyone gets 410", async () => {
    const host = await person();
    const guest = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "public" });
    expect(statusOf(await act(guest.cookie, id, { intent: "join" }))).toBe(302);
    expect(statusOf(await act(guest.cookie, id, { intent: "join" }))).toBe(302); // rejoin is harmless
    expect(await view(guest.cookie, id)).toMatchObject({ kind: "room", role: "guest" });
    const endByGuest = await act(guest.cookie, id, { intent: "end" });
    expect(statusOf(endByGuest)).toBe(403);
    expect(unwrapData<FormFailure>(endByGuest).data.formErrors[0]).toBe(
      "Only the host can end the session for both of you",
    );
    expect(statusOf(await act(host.cookie, id, { intent: "end" }))).toBe(302);
    expect(await view(guest.cookie, id)).toMatchObject({ kind: "ended" });
    const late = await person();
    const thrown = await session
      .loader(args(getRequest(`/sessions/${id}`, late.cookie), { id }))
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ init: { status: 410 } });
    const join = await act(late.cookie, id, { intent: "join" });
    expect(statusOf(join)).toBe(410);
    expect(unwrapData<FormFailure>(join).data.formErrors[0]).toBe("This session has ended");
  });

  it("a third person is told the session is full (409)", async () => {
    const [host, guest, third] = [await person(), await person(), await person()];
    const id = await create(host.cookie, { problem: "two-sum", visibility: "public" });
    await act(guest.cookie, id, { intent: "join" });
    const result = await act(third.cookie, id, { intent: "join" });
    expect(statusOf(result)).toBe(409);
    expect(unwrapData<FormFailure>(result).data.formErrors[0]).toBe("This session is full");
  });

  it("the host leaving hands the host role to the guest; the last one leaving ends it", async () => {
    const host = await person();
    const guest = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "public" });
    await act(guest.cookie, id, { intent: "join" });
    expect(statusOf(await act(host.cookie, id, { intent: "leave" }))).toBe(302);
    expect(await view(guest.cookie, id)).toMatchObject({ kind: "room", role: "host" });
    expect(statusOf(await act(guest.cookie, id, { intent: "leave" }))).toBe(302);
    expect((await getStore().sessions.findById(id))?.status).toBe("ended");
  });

  it("answers malformed ids with 404 and unknown intents with 400", async () => {
    const user = await person();
    const thrown = await session
      .loader(args(getRequest("/sessions/not-an-id", user.cookie), { id: "not-an-id" }))
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ init: { status: 404 } });
    const missing = "A".repeat(22);
    const notFound = await session
      .loader(args(getRequest(`/sessions/${missing}`, user.cookie), { id: missing }))
      .catch((e: unknown) => e);
    expect(notFound).toMatchObject({ init: { status: 404 } });
    expect(statusOf(await act(user.cookie, missing, { intent: "explode" }))).toBe(400);
  });
});

describe("private sessions", () => {
  it("need a password of 4–64 characters to create", async () => {
    const host = await person();
    for (const [password, message] of [
      ["", "A private session needs a password"],
      ["abc", "at least 4"],
      ["x".repeat(65), "at most 64"],
    ] as const) {
      const result = await sessions.action(
        args(formRequest("/sessions", { problem: "two-sum", visibility: "private", password }, host.cookie)),
      );
      const { data, status } = unwrapData<FormFailure>(result);
      expect(status).toBe(400);
      expect(data.fieldErrors.password?.[0]).toContain(message);
    }
  });

  it("refuse a wrong password (403), then lock out after five tries (429), and never reveal the password or its hash", async () => {
    const host = await person();
    const guest = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "private", password: "sesame42" });
    const responses: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await act(guest.cookie, id, { intent: "join", password: `wrong-${i}` });
      responses.push(result);
      expect(statusOf(result)).toBe(403);
      expect(unwrapData<FormFailure>(result).data.fieldErrors.password).toEqual(["Wrong password"]);
    }
    const locked = await act(guest.cookie, id, { intent: "join", password: "sesame42" });
    expect(statusOf(locked)).toBe(429);
    expect(unwrapData<FormFailure>(locked).data.fieldErrors.password?.[0]).toMatch(/Try again in \d+ s/);

    const other = await person();
    expect(statusOf(await act(other.cookie, id, { intent: "join", password: "sesame42" }))).toBe(302);

    const stored = await getStore().sessions.findById(id);
    const hash = stored!.passwordHash!;
    responses.push(await view(host.cookie, id), await view(other.cookie, id), await view(guest.cookie, id));
    responses.push(await sessions.loader(args(getRequest("/sessions", guest.cookie))));
    responses.push(await history.loader(args(getRequest("/sessions/history", host.cookie))));
    const everything = JSON.stringify(responses.map((r) => (r instanceof Response ? r.status : unwrapData(r).data)));
    expect(everything).not.toContain("sesame42");
    expect(everything).not.toContain(hash);
    expect(everything).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("never appear in the lobby", async () => {
    const host = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "private", password: "sesame42" });
    const publicId = await create(host.cookie, { problem: "two-sum", visibility: "public" });
    const lobby = await sessions.loader(args(getRequest("/sessions", host.cookie)));
    const ids = lobby.sessions.map((s) => s.id);
    expect(ids).toContain(publicId);
    expect(ids).not.toContain(id);
  });
});

describe("creating", () => {
  it("picks a random problem of the chosen difficulty", async () => {
    const host = await person();
    const id = await create(host.cookie, { problem: "random", difficulty: "hard", visibility: "public" });
    const data = await view(host.cookie, id);
    expect(data).toMatchObject({ kind: "room", difficulty: "hard" });
  });

  it("explains an unknown problem next to the field", async () => {
    const host = await person();
    const result = await sessions.action(
      args(formRequest("/sessions", { problem: "not-a-problem", visibility: "public" }, host.cookie)),
    );
    const { data, status } = unwrapData<FormFailure>(result);
    expect(status).toBe(400);
    expect(data.fieldErrors.problem).toEqual(["Choose a problem from the list"]);
  });
});

describe("expiry job", () => {
  it("ends sessions nobody has been in for the idle limit", async () => {
    const host = await person();
    const id = await create(host.cookie, { problem: "two-sum", visibility: "public" });
    const ended = await expireStaleSessions(new Date(Date.now() + 11 * 60_000));
    expect(ended).toContain(id);
    expect(await getStore().sessions.findById(id)).toMatchObject({ status: "ended", endReason: "idle" });
  });
});

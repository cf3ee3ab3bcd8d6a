import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { recordSubmission } from "~/modules/problems/practice.server";

import { cookieFrom, formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";
import * as drafts from "./api.drafts";
import * as problem from "./problems.$slug";
import * as sessions from "./sessions._index";
import * as session from "./sessions.$id";
import * as history from "./sessions.history";
import * as sessionRecord from "./sessions.history.$id";
import * as signup from "./signup";

const args = (request: Request, params: Record<string, string> = {}) =>
  ({ request, context: testContext(), params }) as never;

let n = 0;
async function person() {
  const name = `d${Date.now().toString(36)}${++n}`;
  const response = await settle(() =>
    signup.action(
      args(formRequest("/signup", { username: name, email: `${name}@example.test`, password: "long enough pw" })),
    ),
  );
  return { name, cookie: cookieFrom(response as Response) };
}

async function create(cookie: string) {
  const result = await settle(() =>
    sessions.action(args(formRequest("/sessions", { problem: "two-sum", visibility: "public" }, cookie))),
  );
  if (!(result instanceof Response)) throw new Error(JSON.stringify(unwrapData(result).data));
  return result.headers.get("Location")!.split("/").pop()!;
}

const saveDraft = (cookie: string | undefined, fields: Record<string, string>) =>
  drafts.action(args(formRequest("/api/drafts", { intent: "save", problemSlug: "two-sum", ...fields }, cookie)));

async function room(cookie: string, id: string) {
  const data = (await session.loader(args(getRequest(`/sessions/${id}`, cookie), { id }))) as Extract<
    Awaited<ReturnType<typeof session.loader>>,
    { kind: "room" }
  >;
  expect(data.kind).toBe("room");
  return data;
}
const solo = async (cookie: string) =>
  (await problem.loader(args(getRequest("/problems/two-sum", cookie), { slug: "two-sum" }))) as Awaited<
    ReturnType<typeof problem.loader>
  >;

/** A judged submission recorded in the session (the route that judges it has its own tests). */
async function submit(who: { name: string }, id: string, verdict: string, code: string) {
  const user = (await getStore().users.findCredentialsByLogin(who.name))!;
  const passed = verdict === "Accepted" ? 13 : 4;
  await recordSubmission(
    user.id,
    "two-sum",
    { language: "javascript", code, verdict, passed, total: 13, timeMs: 2 },
    id,
  );
}

describe("drafts per session", () => {
  it("keeps room code out of solo practice, and a new session starts from the starter code", async () => {
    const host = await person();
    expect((await saveDraft(host.cookie, { language: "javascript", code: "// solo attempt" })).status).toBe(200);
    const first = await create(host.cookie);
    expect((await room(host.cookie, first)).drafts).toEqual({});
    const saved = await saveDraft(host.cookie, { language: "javascript", code: "// in the room", sessionId: first });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ ok: true });

    expect((await room(host.cookie, first)).drafts).toEqual({ javascript: "// in the room" });
    expect((await solo(host.cookie)).drafts).toEqual({ javascript: "// solo attempt" });
    // One open session at a time: the host ends the first before starting the next.
    await settle(() =>
      session.action(args(formRequest(`/sessions/${first}`, { intent: "end" }, host.cookie), { id: first })),
    );
    const second = await create(host.cookie);
    expect((await room(host.cookie, second)).drafts).toEqual({});
  });

  it("a submission in the room is the session's, not solo practice's draft", async () => {
    const host = await person();
    const id = await create(host.cookie);
    await submit(host, id, "Wrong Answer", "// room submission");
    expect((await room(host.cookie, id)).drafts).toEqual({ javascript: "// room submission" });
    expect((await room(host.cookie, id)).submissions.map((s) => s.code)).toEqual(["// room submission"]);
    expect((await solo(host.cookie)).drafts).toEqual({});
  });

  it("refuses drafts for a session the caller has no seat in, or that ended", async () => {
    const host = await person();
    const stranger = await person();
    const id = await create(host.cookie);
    const refused = await saveDraft(stranger.cookie, { language: "javascript", code: "x", sessionId: id });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ ok: false, error: "You are not in this session" });
    expect(
      await getStore().drafts.getForSession(
        id,
        (await getStore().users.findCredentialsByLogin(stranger.name))!.id,
        "two-sum",
      ),
    ).toEqual({});
    await settle(() => session.action(args(formRequest(`/sessions/${id}`, { intent: "end" }, host.cookie), { id })));
    expect((await saveDraft(host.cookie, { language: "javascript", code: "x", sessionId: id })).status).toBe(410);
    expect((await saveDraft(undefined, { language: "javascript", code: "x" })).status).toBe(401);
    expect((await saveDraft(host.cookie, { language: "cobol", code: "x" })).status).toBe(400);
  });
});

describe("a past session's page", () => {
  it("shows the transcript, the viewer's own code and both partners' verdicts, to members only", async () => {
    const host = await person();
    const guest = await person();
    const stranger = await person();
    const id = await create(host.cookie);
    await settle(() => session.action(args(formRequest(`/sessions/${id}`, { intent: "join" }, guest.cookie), { id })));
    const hostUser = (await getStore().users.findCredentialsByLogin(host.name))!;
    await getStore().chat.append({
      sessionId: id,
      authorId: hostUser.id,
      clientId: "hello1234",
      kind: "user",
      body: "hi there",
    });
    await submit(host, id, "Wrong Answer", "// host try");
    await submit(host, id, "Accepted", "// host solution");
    await submit(guest, id, "Wrong Answer", "// guest try");
    await saveDraft(guest.cookie, { language: "python", code: "# guest draft", sessionId: id });

    const record = await sessionRecord.loader(args(getRequest(`/sessions/history/${id}`, host.cookie), { id }));
    expect(record.transcript.map((m) => m.body)).toContain("hi there");
    expect(record.transcript.some((m) => m.kind === "system" && m.body.includes("joined"))).toBe(true);
    expect(record.results).toEqual([
      { username: host.name, isYou: true, attempts: 2, best: { verdict: "Accepted", passed: 13, total: 13 } },
      { username: guest.name, isYou: false, attempts: 1, best: { verdict: "Wrong Answer", passed: 4, total: 13 } },
    ]);
    expect(record.mySubmissions.map((s) => s.code)).toEqual(["// host try", "// host solution"]);
    expect(record.myDrafts).toEqual({ javascript: "// host solution" });
    // The partner's code is theirs.
    expect(JSON.stringify(record)).not.toContain("guest try");
    expect(JSON.stringify(record)).not.toContain("guest draft");

    await expect(
      sessionRecord.loader(args(getRequest(`/sessions/history/${id}`, stranger.cookie), { id })),
    ).rejects.toMatchObject({ init: { status: 404 } });
  });

  it("says you left, abandoned or how it ended, never 'Still open' for a session nobody is in", async () => {
    const host = await person();
    const guest = await person();
    const id = await create(host.cookie);
    await settle(() => session.action(args(formRequest(`/sessions/${id}`, { intent: "join" }, guest.cookie), { id })));
    await settle(() => session.action(args(formRequest(`/sessions/${id}`, { intent: "leave" }, guest.cookie), { id })));
    const ending = async (cookie: string) =>
      (await history.loader(args(getRequest("/sessions/history", cookie)))).entries.find((e) => e.id === id)!;
    expect(await ending(guest.cookie)).toMatchObject({ outcome: "you-left", ending: "You left" });
    expect(await ending(host.cookie)).toMatchObject({ outcome: "in-progress" });

    // Nobody has been in it for a while: abandoned, even before the idle job ends it.
    const hostUser = (await getStore().users.findCredentialsByLogin(host.name))!;
    await getStore().sessions.touchPresence(id, hostUser.id, new Date(Date.now() - 5 * 60_000));
    expect(await ending(host.cookie)).toMatchObject({ outcome: "abandoned" });

    await settle(() => session.action(args(formRequest(`/sessions/${id}`, { intent: "end" }, host.cookie), { id })));
    expect(await ending(host.cookie)).toMatchObject({ outcome: "ended", ending: "Ended by the host" });
  });
});

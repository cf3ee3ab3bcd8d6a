import { describe, expect, it } from "vitest";

import { cookieFrom, formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";
import * as drafts from "./api.drafts";
import * as sessions from "./sessions._index";
import * as session from "./sessions.$id";
import * as submissions from "./sessions.$id.submissions";
import * as sessionRecord from "./sessions.history.$id";
import * as signup from "./signup";

/** "Change problem" without JavaScript, and drafts kept per session and problem (ADR 080). */

const args = (request: Request, params: Record<string, string> = {}) =>
  ({ request, context: testContext(), params }) as never;

let n = 0;
async function person() {
  const name = `cp${Date.now().toString(36)}${++n}`;
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

async function room(cookie: string, id: string) {
  const data = (await session.loader(args(getRequest(`/sessions/${id}`, cookie), { id }))) as Extract<
    Awaited<ReturnType<typeof session.loader>>,
    { kind: "room" }
  >;
  expect(data.kind).toBe("room");
  return data;
}

const change = (cookie: string, id: string, problemSlug: string) =>
  settle(() =>
    session.action(args(formRequest(`/sessions/${id}`, { intent: "change-problem", problemSlug }, cookie), { id })),
  );

const saveDraft = (cookie: string, id: string, problemSlug: string, code: string) =>
  drafts.action(
    args(
      formRequest("/api/drafts", { intent: "save", problemSlug, sessionId: id, language: "javascript", code }, cookie),
    ),
  );

describe("change problem by form post", () => {
  it("alone, the host switches at once; each problem keeps its own draft; the record lists both", async () => {
    const host = await person();
    const id = await create(host.cookie);
    const before = await room(host.cookie, id);
    expect(before.suggestions.length).toBeGreaterThan(0);
    expect(before.suggestions.every((s) => s.slug !== "two-sum")).toBe(true);
    expect(before.suggestions[0]!.reason).toMatch(/you have not solved it|not tried/);
    expect((await saveDraft(host.cookie, id, "two-sum", "// two sum draft")).status).toBe(200);

    const moved = await change(host.cookie, id, "valid-parentheses");
    expect(moved).toBeInstanceOf(Response);
    expect((moved as Response).headers.get("Location")).toBe(`/sessions/${id}`);
    const after = await room(host.cookie, id);
    expect(after.problemSlug).toBe("valid-parentheses");
    expect(after.problem.title).toBe("Valid Parentheses");
    // A new problem starts from its starter code.
    expect(after.drafts).toEqual({});
    expect((await saveDraft(host.cookie, id, "valid-parentheses", "// brackets")).status).toBe(200);
    // A save still in flight for the problem just left is kept, not refused.
    expect((await saveDraft(host.cookie, id, "two-sum", "// two sum draft, last keystroke")).status).toBe(200);
    // A problem the session was never on is refused.
    expect((await saveDraft(host.cookie, id, "climbing-stairs", "x")).status).toBe(400);

    await change(host.cookie, id, "two-sum");
    expect((await room(host.cookie, id)).drafts).toEqual({ javascript: "// two sum draft, last keystroke" });
    await change(host.cookie, id, "valid-parentheses");
    expect((await room(host.cookie, id)).drafts).toEqual({ javascript: "// brackets" });

    const record = await sessionRecord.loader(args(getRequest(`/sessions/history/${id}`, host.cookie), { id }));
    expect(record.problems.map((p) => p.slug)).toEqual(["two-sum", "valid-parentheses"]);
  });

  it("answers bad input next to the field, refuses strangers, and old code is not judged against the new problem", async () => {
    const host = await person();
    const stranger = await person();
    const id = await create(host.cookie);
    const unknown = unwrapData(await change(host.cookie, id, "no-such-problem"));
    expect(unknown.status).toBe(400);
    expect(unknown.data).toMatchObject({ fieldErrors: { problem: ["Choose a problem from the list"] } });
    const same = unwrapData(await change(host.cookie, id, "two-sum"));
    expect(same.data).toMatchObject({ fieldErrors: { problem: ["That is already the session's problem"] } });
    expect(unwrapData(await change(stranger.cookie, id, "valid-parentheses")).status).toBe(403);

    await change(host.cookie, id, "valid-parentheses");
    // Thrown as data() (a 409 the room's judge shows), before any judging.
    const stale = await Promise.resolve(
      submissions.action(
        args(
          formRequest(
            `/sessions/${id}/submissions?problem=two-sum`,
            { language: "javascript", code: "x" },
            host.cookie,
          ),
          { id },
        ),
      ),
    ).catch((thrown: unknown) => thrown);
    expect(unwrapData(stale).status).toBe(409);
  });
});

import fs from "node:fs";

import { afterAll, describe, expect, it, vi } from "vitest";

import { getStore } from "~/composition.server";
import { closeJudge } from "~/modules/judge/server/judge-service.server";
import { toVerdictView } from "~/modules/judge/server/submit.server";
import type { RunSummary } from "~/modules/judge/types";
import { getProblem } from "~/modules/problems/problem-bank.server";

import { person, seatedSession } from "../../tests/support/people";
import { BASE, getRequest, settle, testContext } from "../../tests/support/requests";
import * as problemSubmissions from "./problems.$slug.submissions";
import * as sessionSubmissions from "./sessions.$id.submissions";
import * as submissionPage from "./submissions.$id";

const TWO_SUM_TESTS = getProblem("two-sum")!.tests.length;

/**
 * Submit through the routes, judged by real worker processes: the client sends language and
 * code; the verdict, the stored submission and the session's chat line are the server's.
 */
vi.setConfig({ testTimeout: 90_000 });
afterAll(() => closeJudge());

const args = (request: Request, params: Record<string, string> = {}) =>
  ({ request, context: testContext(), params }) as never;

const bank = getProblem("two-sum")!;
const RIGHT = fs.readFileSync("content/problems/two-sum/solution.js", "utf8");
/** Right on the examples, wrong on the first hidden test (two numbers only). */
const WRONG_ON_HIDDEN = `function twoSum(nums, target) {
  if (nums.length === 2) return [0, 0];
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
}`;

function post(path: string, fields: Record<string, string>, cookie: string, json = true): Request {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie };
  if (json) headers.Accept = "application/json";
  return new Request(`${BASE}${path}`, { method: "POST", headers, body: new URLSearchParams(fields) });
}

const submit = async (fields: Record<string, string>, cookie: string, json = true) =>
  (await settle(() =>
    problemSubmissions.action(args(post("/problems/two-sum/submissions", fields, cookie, json), { slug: "two-sum" })),
  )) as Response;

describe("POST /problems/:slug/submissions", () => {
  it("refuses a client-sent verdict (it was once stored as Accepted 10000/10000) and stores nothing", async () => {
    const { user, cookie } = await person("fv");
    const response = await submit(
      { language: "javascript", code: "function twoSum() {}", verdict: "Accepted", passed: "10000", total: "10000" },
      cookie,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { formErrors: string[]; fieldErrors: Record<string, string[]> };
    expect(body.formErrors[0]).toMatch(/decided by the server/);
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["passed", "total", "verdict"]);
    expect(await getStore().submissions.listForProblem(user.id, "two-sum", 10)).toEqual([]);
  });

  it.each([
    ["an unknown language", { language: "cobol", code: "x" }, "language"],
    ["empty code", { language: "javascript", code: "" }, "code"],
    ["code over 64,000 characters", { language: "javascript", code: "x".repeat(64_001) }, "code"],
  ])("answers %s with 400 and a message on the field", async (_, fields, field) => {
    const { cookie } = await person("bad");
    const response = await submit(fields, cookie);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fieldErrors: Record<string, string[]> };
    expect(body.fieldErrors[field]?.[0]).toMatch(/\w{3,}/);
  });

  it("judges on the server: Accepted on every test stored, visible results only, no hidden input sent", async () => {
    const { user, cookie } = await person("ok");
    const response = await submit({ language: "javascript", code: RIGHT }, cookie);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { submissionId: string; url: string; summary: RunSummary };
    expect(body.summary).toMatchObject({ verdict: "Accepted", passed: bank.tests.length, total: bank.tests.length });
    const visible = bank.tests.flatMap((t, i) => (t.visible ? [i] : []));
    expect(body.summary.results.map((r) => r.index)).toEqual(visible);
    for (const hidden of bank.tests.filter((t) => !t.visible)) {
      expect(JSON.stringify(body)).not.toContain(JSON.stringify(hidden.input));
    }
    const [stored] = await getStore().submissions.listForProblem(user.id, "two-sum", 1);
    expect(stored).toMatchObject({
      id: body.submissionId,
      verdict: "Accepted",
      passed: TWO_SUM_TESTS,
      total: TWO_SUM_TESTS,
    });
    expect((await getStore().drafts.get(user.id, "two-sum")).javascript).toBe(RIGHT);
  });

  it("shows the first failing hidden test, and that one only", async () => {
    const { cookie } = await person("wa");
    const response = await submit({ language: "javascript", code: WRONG_ON_HIDDEN }, cookie);
    const body = (await response.json()) as { summary: RunSummary };
    expect(body.summary.verdict).not.toBe("Accepted");
    const hidden = body.summary.results.filter((r) => !bank.tests[r.index]!.visible);
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({
      label: `Hidden test ${hidden[0]!.index + 1}`,
      input: bank.tests[hidden[0]!.index]!.input,
    });
  });

  it("without JavaScript: redirects to the submission's page, which only its author can open", async () => {
    const { cookie } = await person("nj");
    const response = await submit(
      { language: "python", code: fs.readFileSync("content/problems/two-sum/solution.py", "utf8") },
      cookie,
      false,
    );
    expect(response.status).toBe(303);
    const location = response.headers.get("Location")!;
    expect(location).toMatch(/^\/submissions\/[0-9a-f-]{36}$/);
    const id = location.split("/").pop()!;
    const page = await submissionPage.loader(args(getRequest(location, cookie), { id }));
    expect(page).toMatchObject({
      verdict: "Accepted",
      passed: TWO_SUM_TESTS,
      total: TWO_SUM_TESTS,
      language: "python",
    });
    const other = await person("ot");
    const thrown = await submissionPage
      .loader(args(getRequest(location, other.cookie), { id }))
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ init: { status: 404 } });
  });

  it("without JavaScript, a bad form gets its status and a page that says why", async () => {
    const { cookie } = await person("nb");
    const response = await submit({ language: "javascript", code: "" }, cookie, false);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Write some code before submitting");
  });
});

describe("hidden test contents follow the problem's flag", () => {
  const summary: RunSummary = {
    verdict: "Wrong Answer",
    passed: 2,
    total: 13,
    timeMs: 1,
    language: "javascript",
    results: bank.tests.slice(0, 3).map((t, index) => ({
      index,
      input: t.input,
      expected: t.expected,
      actual: index === 2 ? ["leak"] : t.expected,
      verdict: index === 2 ? "Wrong Answer" : "Accepted",
      stdout: index === 2 ? JSON.stringify(t.input) : "",
      timeMs: 0.1,
    })),
  };
  const failingHidden = bank.tests.findIndex((t) => !t.visible);
  const stored = { id: "s", userId: "u", problemSlug: "two-sum", code: "", createdAt: new Date() } as never;

  it("off: only the failing hidden test's number and verdict, not its input, output or prints", () => {
    expect(failingHidden).toBe(2); // the fixture above fails on the first hidden test
    const closed = { ...bank, meta: { ...bank.meta, revealFailedHiddenTest: false } };
    const view = toVerdictView(closed, summary, stored);
    const last = view.summary.results.at(-1)!;
    expect(last).toMatchObject({ label: "Hidden test 3", verdict: "Wrong Answer", input: {}, stdout: "" });
    expect(JSON.stringify(view)).not.toContain("leak");
    expect(JSON.stringify(view)).not.toContain(JSON.stringify(bank.tests[2]!.input));
  });

  it("on (the default): its input, expected answer and output, as LeetCode shows", () => {
    expect(bank.meta.revealFailedHiddenTest).toBe(true);
    const last = toVerdictView(bank, summary, stored).summary.results.at(-1)!;
    expect(last).toMatchObject({ input: bank.tests[2]!.input, actual: ["leak"] });
  });
});

describe("POST /sessions/:id/submissions", () => {
  it("judges the session's problem for a seated person and writes the chat line from the server's verdict", async () => {
    const host = await person("sh");
    const guest = await person("sg");
    const sessionId = await seatedSession(host.user.id, guest.user.id);
    const response = (await settle(() =>
      sessionSubmissions.action(
        args(
          post(
            `/sessions/${sessionId}/submissions`,
            { language: "javascript", code: "function twoSum() { return [0, 1]; }" },
            guest.cookie,
          ),
          {
            id: sessionId,
          },
        ),
      ),
    )) as Response;
    const body = (await response.json()) as { summary: RunSummary };
    expect(body.summary.verdict).toBe("Wrong Answer");
    const lines = await getStore().chat.listAfter(sessionId, 0, 50);
    expect(lines.map((m) => m.body)).toContain(
      `${guest.user.username} submitted: Wrong Answer ${body.summary.passed}/${bank.tests.length}`,
    );
  });

  it("refuses people without a seat", async () => {
    const host = await person("rh");
    const stranger = await person("rs");
    const sessionId = await seatedSession(host.user.id);
    const thrown = await sessionSubmissions
      .action(
        args(post(`/sessions/${sessionId}/submissions`, { language: "javascript", code: RIGHT }, stranger.cookie), {
          id: sessionId,
        }),
      )
      .catch((e: unknown) => e);
    expect(thrown).toMatchObject({ init: { status: 403 } });
  });
});

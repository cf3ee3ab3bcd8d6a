import { describe, expect, it } from "vitest";

import { getProblem } from "~/modules/problems/problem-bank.server";
import * as problems from "~/routes/problems._index";
import * as problem from "~/routes/problems.$slug";
import * as problemTests from "~/routes/problems.$slug.tests";
import * as signup from "~/routes/signup";

import { cookieFrom, formRequest, getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";

const args = (request: Request, params: Record<string, string> = {}) =>
  ({ request, context: testContext(), params }) as never;

let n = 0;
async function newUserCookie() {
  const name = `p${Date.now().toString(36)}${++n}`;
  const response = await settle(() =>
    signup.action(
      args(formRequest("/signup", { username: name, email: `${name}@example.test`, password: "long enough pw" })),
    ),
  );
  return cookieFrom(response as Response);
}

const submission = (overrides: Record<string, string> = {}) => ({
  intent: "submit",
  language: "javascript",
  code: "function twoSum() {}",
  verdict: "Accepted",
  passed: "13",
  total: "13",
  timeMs: "12.5",
  ...overrides,
});

describe("problem page", () => {
  it("sends anonymous visitors to sign in, and back", async () => {
    const result = await settle(() => problem.loader(args(getRequest("/problems/two-sum"), { slug: "two-sum" })));
    expect((result as Response).headers.get("Location")).toBe("/login?redirectTo=%2Fproblems%2Ftwo-sum");
  });

  it("answers 404 for an unknown or malformed slug", async () => {
    const cookie = await newUserCookie();
    for (const slug of ["no-such-problem", "../etc/passwd", "TWO-SUM"]) {
      const thrown = await problem
        .loader(args(getRequest(`/problems/${slug}`, cookie), { slug }))
        .catch((e: unknown) => e);
      expect(thrown).toMatchObject({ init: { status: 404 } });
    }
  });

  it("gives the examples but not the hidden tests", async () => {
    const cookie = await newUserCookie();
    const data = await problem.loader(args(getRequest("/problems/two-sum", cookie), { slug: "two-sum" }));
    const bank = getProblem("two-sum")!;
    expect(data.problem.examples).toHaveLength(bank.tests.filter((t) => t.visible).length);
    expect(data.problem.totalTests).toBe(bank.tests.length);
    expect(JSON.stringify(data)).not.toContain("large input");
    expect(data.problem.statementHtml).toContain("<h3");
  });

  it("no longer takes a verdict from the client: the old submit intent is refused", async () => {
    const cookie = await newUserCookie();
    const result = await problem.action(
      args(formRequest("/problems/two-sum", submission({ passed: "10000", total: "10000" }), cookie), {
        slug: "two-sum",
      }),
    );
    expect(unwrapData(result).status).toBe(400);
    const data = await problem.loader(args(getRequest("/problems/two-sum", cookie), { slug: "two-sum" }));
    expect(data.submissions).toEqual([]);
  });

  it("saves and resets drafts per language", async () => {
    const cookie = await newUserCookie();
    await problem.action(
      args(formRequest("/problems/two-sum", { intent: "save-draft", language: "python", code: "# mine" }, cookie), {
        slug: "two-sum",
      }),
    );
    let data = await problem.loader(args(getRequest("/problems/two-sum", cookie), { slug: "two-sum" }));
    expect(data.drafts).toEqual({ python: "# mine" });
    await problem.action(
      args(formRequest("/problems/two-sum", { intent: "reset-draft", language: "python" }, cookie), {
        slug: "two-sum",
      }),
    );
    data = await problem.loader(args(getRequest("/problems/two-sum", cookie), { slug: "two-sum" }));
    expect(data.drafts).toEqual({});
  });

  it("answers an unknown intent with 400", async () => {
    const cookie = await newUserCookie();
    const result = await problem.action(
      args(formRequest("/problems/two-sum", { intent: "hack" }, cookie), { slug: "two-sum" }),
    );
    expect(unwrapData(result).status).toBe(400);
  });
});

describe("problem tests resource", () => {
  it("needs a signed-in user", async () => {
    const result = await settle(() =>
      problemTests.loader(args(getRequest("/problems/two-sum/tests"), { slug: "two-sum" })),
    );
    expect((result as Response).status).toBe(302);
  });

  it("returns the visible examples only: hidden tests never leave the server", async () => {
    const cookie = await newUserCookie();
    const response = await problemTests.loader(
      args(getRequest("/problems/two-sum/tests", cookie), { slug: "two-sum" }),
    );
    const body = (await response.json()) as { tests: Array<{ index: number; input: unknown }> };
    const bank = getProblem("two-sum")!;
    const visible = bank.tests.flatMap((t, index) => (t.visible ? [index] : []));
    expect(body.tests.map((t) => t.index)).toEqual(visible);
    expect(visible.length).toBeLessThan(bank.tests.length);
    for (const hidden of bank.tests.filter((t) => !t.visible)) {
      expect(JSON.stringify(body)).not.toContain(JSON.stringify(hidden.input));
    }
  });
});

describe("problem list", () => {
  it("ignores malformed filters instead of failing", async () => {
    const data = await problems.loader(
      args(getRequest("/problems?difficulty=impossible&topic=%3Cscript%3E&q=" + "x".repeat(500))),
    );
    expect(data.filters).toMatchObject({ difficulty: undefined, topic: undefined, q: "" });
    expect(data.signedIn).toBe(false);
  });
});

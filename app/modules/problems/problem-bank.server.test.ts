import { describe, expect, it } from "vitest";

import { buildProblemBank, ProblemBankError, type ProblemSources } from "~/modules/problems/problem-bank.server";

const meta = {
  title: "Add Two",
  difficulty: "easy",
  topics: ["math"],
  hints: ["Use the plus sign."],
  kind: "function",
  signature: {
    functionName: "addTwo",
    params: [
      { name: "a", type: "int" },
      { name: "b", type: "int" },
    ],
    returns: "int",
  },
  comparator: { kind: "exact" },
};
const tests = {
  tests: Array.from({ length: 12 }, (_, i) => ({ input: { a: i, b: 1 }, expected: i + 1, visible: i === 0 })),
};

function sources(
  slug: string,
  overrides: Partial<{ meta: unknown; tests: unknown; statement: string; starters: string[] }> = {},
): ProblemSources {
  const dir = `/content/problems/${slug}`;
  const starters = overrides.starters ?? ["js", "ts", "py"];
  return {
    meta: { [`${dir}/problem.json`]: overrides.meta ?? meta },
    tests: { [`${dir}/tests.json`]: overrides.tests ?? tests },
    statements: {
      [`${dir}/statement.md`]:
        overrides.statement ?? "Add the two integers a and b and return their sum, nothing more.",
    },
    starters: Object.fromEntries(starters.map((ext) => [`${dir}/starter.${ext}`, "// start"])),
  };
}

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected the bank to be refused");
};

describe("buildProblemBank", () => {
  it("loads a valid problem with defaults filled in", () => {
    const bank = buildProblemBank(sources("add-two"));
    expect(bank.get("add-two")).toMatchObject({ title: "Add Two", spec: { timeLimitMs: 2000, kind: "function" } });
  });

  it("takes the editorial when the problem has one, and says null when it has none", () => {
    const withEditorial = {
      ...sources("add-two"),
      editorials: { "/content/problems/add-two/editorial.md": "## Approach\n\nAdd them.\n" },
    };
    expect(buildProblemBank(withEditorial).get("add-two")?.editorial).toBe("## Approach\n\nAdd them.");
    expect(buildProblemBank(sources("add-two")).get("add-two")?.editorial).toBeNull();
    const blank = { ...sources("add-two"), editorials: { "/content/problems/add-two/editorial.md": "  \n" } };
    expect(buildProblemBank(blank).get("add-two")?.editorial).toBeNull();
  });

  it.each([
    ["a missing title", { meta: { ...meta, title: undefined } }, "content/problems/add-two/problem.json: title"],
    ["an unknown topic", { meta: { ...meta, topics: ["cooking"] } }, "content/problems/add-two/problem.json: topics.0"],
    [
      "an unsupported type",
      { meta: { ...meta, signature: { ...meta.signature, returns: "double" } } },
      "problem.json: signature.returns",
    ],
    ["too few tests", { tests: { tests: tests.tests.slice(0, 3) } }, "content/problems/add-two/tests.json: tests"],
    [
      "a test of the wrong type",
      { tests: { tests: [{ input: { a: "1", b: 1 }, expected: 2, visible: true }, ...tests.tests.slice(1)] } },
      "tests.json: tests[0].input.a must be an integer",
    ],
    [
      "no visible example",
      { tests: { tests: tests.tests.map((t) => ({ ...t, visible: false })) } },
      "at least one test must be visible",
    ],
    ["a missing Python starter", { starters: ["js", "ts"] }, "missing starter code for python"],
    ["a short statement", { statement: "Add." }, "content/problems/add-two/statement.md: missing or too short"],
  ])("refuses %s and names the file", (_what, override, message) => {
    const error = errorOf(() => buildProblemBank(sources("add-two", override)));
    expect(error).toBeInstanceOf(ProblemBankError);
    expect((error as Error).message).toContain(message);
  });

  it("refuses a folder name that is not a slug", () => {
    expect(() => buildProblemBank(sources("Add_Two"))).toThrow(/folder name must be a slug/);
  });
});

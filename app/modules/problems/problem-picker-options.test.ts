import { describe, expect, it } from "vitest";

import { listProblems } from "~/modules/problems/problem-bank.server";
import { PROBLEM_OPTIONS_HTML, PROBLEM_PICKER_OPTIONS } from "~/modules/problems/problem-picker-options";

describe("problem picker options", () => {
  it("lists exactly the validated bank's problems, in the bank's order", () => {
    const fromBank = listProblems().map(({ slug, title, difficulty }) => ({ slug, title, difficulty }));
    expect(PROBLEM_PICKER_OPTIONS).toEqual(fromBank);
    expect(PROBLEM_PICKER_OPTIONS.length).toBeGreaterThan(50);
  });

  it("renders every option as escaped markup: random first, then one per problem", () => {
    const options = [...PROBLEM_OPTIONS_HTML.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)];
    expect(options.map((m) => m[1])).toEqual(["random", ...PROBLEM_PICKER_OPTIONS.map((p) => p.slug)]);
    expect(options[1]![2]).toBe(`${PROBLEM_PICKER_OPTIONS[0]!.title} (${PROBLEM_PICKER_OPTIONS[0]!.difficulty})`);
    // Nothing but <option> elements and escaped text.
    expect(PROBLEM_OPTIONS_HTML.replace(/<option value="[^"<>]*">[^<>]*<\/option>/g, "")).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { listProblems } from "./problem-bank.server";
import { PROBLEM_PICKER_OPTIONS } from "./problem-picker-options";

describe("problem picker options", () => {
  it("lists exactly the validated bank's problems, in the bank's order", () => {
    const fromBank = listProblems().map(({ slug, title, difficulty }) => ({ slug, title, difficulty }));
    expect(PROBLEM_PICKER_OPTIONS).toEqual(fromBank);
    expect(PROBLEM_PICKER_OPTIONS.length).toBeGreaterThan(50);
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import { StatementPanel } from "~/modules/problems/ui/statement-panel";
import type { SubmissionView, WorkspaceProblem } from "~/modules/problems/workspace-types";

afterEach(cleanup);

const problem: WorkspaceProblem = {
  slug: "add-two",
  title: "Add Two",
  difficulty: "easy",
  topics: ["math"],
  hints: ["Use the plus sign."],
  spec: { kind: "function", comparator: { kind: "exact" }, timeLimitMs: 2000 },
  starters: { javascript: "", typescript: "", python: "" },
  examples: [],
  totalTests: 12,
  statementHtml: "<p>Add the two integers.</p>",
  editorialHtml: "<h2>Approach</h2><p>One addition, O(1).</p>",
};

const submission = (verdict: string): SubmissionView => ({
  id: `s-${verdict}`,
  language: "javascript",
  code: "",
  verdict,
  passed: verdict === "Accepted" ? 12 : 3,
  total: 12,
  timeMs: 4,
  createdAt: new Date(0).toISOString(),
});

describe("the editorial", () => {
  it("asks before showing the editorial to someone who has not solved the problem", () => {
    render(<StatementPanel problem={problem} submissions={[submission("Wrong Answer")]} />);
    fireEvent.click(screen.getByRole("tab", { name: "Editorial" }));
    expect(screen.queryByTestId("editorial")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show the editorial now" }));
    expect(screen.getByTestId("editorial").textContent).toContain("One addition");
  });

  it("opens it straight away after an Accepted submission", () => {
    render(<StatementPanel problem={problem} submissions={[submission("Wrong Answer"), submission("Accepted")]} />);
    fireEvent.click(screen.getByRole("tab", { name: "Editorial" }));
    expect(screen.getByTestId("editorial").textContent).toContain("Approach");
  });

  it("has no Editorial tab while the problem has none", () => {
    render(<StatementPanel problem={{ ...problem, editorialHtml: null }} submissions={[]} />);
    expect(screen.queryByRole("tab", { name: "Editorial" })).toBeNull();
  });
});

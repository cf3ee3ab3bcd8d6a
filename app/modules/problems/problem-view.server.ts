import { marked } from "marked";

import type { Problem } from "~/modules/problems/problem-bank.server";
import type { WorkspaceProblem } from "~/modules/problems/workspace-types";

/** What the workspace needs of a problem. Hidden tests and reference solutions stay on the server. */
export function toWorkspaceProblem(problem: Problem): Omit<WorkspaceProblem, "statementHtml" | "editorialHtml"> {
  return {
    slug: problem.slug,
    title: problem.title,
    difficulty: problem.difficulty,
    topics: problem.topics,
    hints: problem.hints,
    spec: problem.spec,
    starters: problem.starters,
    examples: problem.tests.filter((t) => t.visible).map((t) => ({ input: t.input, expected: t.expected })),
    totalTests: problem.tests.length,
  };
}

const rendered = new Map<string, string>();

/** Statements are our own Markdown (validated content, not user input), rendered once per problem. */
export function renderStatement(problem: Problem): string {
  let html = rendered.get(problem.slug);
  if (html === undefined) {
    html = marked.parse(problem.statement, { async: false, gfm: true });
    rendered.set(problem.slug, html);
  }
  return html;
}

const editorials = new Map<string, string | null>();

/** The editorial, rendered once per problem; null when the problem has none yet. */
export function renderEditorial(problem: Problem): string | null {
  if (!editorials.has(problem.slug)) {
    editorials.set(
      problem.slug,
      problem.editorial ? marked.parse(problem.editorial, { async: false, gfm: true }) : null,
    );
  }
  return editorials.get(problem.slug) ?? null;
}

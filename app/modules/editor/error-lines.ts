import type { RunSummary, TestResult } from "~/modules/judge/types";

export interface ErrorLine {
  line: number;
  message: string;
}

/** The judge names the user's line as "(line N)" in compile and runtime errors. */
const LINE = /\(line (\d+)\)/;

/** The line to mark in the editor: the first error of a run that names a line of the user's code. */
export function errorLineOf(summary: Pick<RunSummary, "results"> | null, live: readonly TestResult[] = []) {
  const results = summary?.results ?? live;
  for (const result of results) {
    const match = result.error ? LINE.exec(result.error) : null;
    const line = match ? Number(match[1]) : NaN;
    if (Number.isInteger(line) && line >= 1) return { line, message: result.error! } satisfies ErrorLine;
  }
  return null;
}

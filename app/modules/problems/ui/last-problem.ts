/** The last problem opened on this device, so the home page can offer to continue it. */
const LAST_PROBLEM_KEY = "peerprep:last-problem";

export function rememberLastProblem(slug: string) {
  try {
    window.localStorage.setItem(LAST_PROBLEM_KEY, slug);
  } catch {
    // Storage may be full or blocked; continuing is a convenience.
  }
}

export function readLastProblem(): string | null {
  try {
    return window.localStorage.getItem(LAST_PROBLEM_KEY);
  } catch {
    return null;
  }
}

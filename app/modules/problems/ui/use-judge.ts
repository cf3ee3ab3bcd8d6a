import { useCallback, useEffect, useRef, useState } from "react";

import type { JudgeSpec, JudgeTest, RunSummary } from "~/modules/judge/types";
import type { Language } from "~/modules/problems/problem-constants";
import type { ConsoleState } from "~/modules/problems/ui/console-panel";
import { whenIdle } from "~/platform/when-idle";

/** What POST …/submissions answers to `Accept: application/json`. */
type SubmitAnswer =
  | { submissionId: string; url: string; summary: RunSummary }
  | { fieldErrors: Record<string, string[] | undefined>; formErrors: string[] };

/**
 * One JudgeRunner per page; its workers live as long as the page does. `wantPython` says
 * Python is the chosen language, so its runtime should start loading now.
 */
export function useJudge({ wantPython }: { wantPython: boolean }) {
  const runner = useRef<import("~/modules/judge/browser/judge-runner").JudgeRunner | null>(null);
  const [state, setState] = useState<ConsoleState>({
    mode: null,
    running: false,
    status: "",
    summary: null,
    liveResults: [],
    error: null,
  });

  const [pythonStatus, setPythonStatus] = useState<string>("");

  const getRunner = useCallback(async () => {
    if (!runner.current) {
      const { JudgeRunner } = await import("~/modules/judge/browser/judge-runner");
      runner.current ??= new JudgeRunner();
    }
    return runner.current;
  }, []);

  useEffect(() => () => runner.current?.dispose(), []);

  // The JavaScript worker starts when the page is first idle, so even the first Run is quick.
  useEffect(() => {
    if (wantPython) return;
    let cancelled = false;
    const cancel = whenIdle(() => void getRunner().then((judge) => !cancelled && judge.warmJs()), {
      timeoutMs: 5_000,
      fallbackMs: 2_000,
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [getRunner, wantPython]);

  // Python (about 10 MB of WebAssembly) loads only once someone picks it, never for a
  // JavaScript page: on a phone's data plan and a slow core that download and compile cost
  // more than the wait they save. Once picked (or restored as the saved language) it starts
  // loading at once: from Cache Storage and a memory snapshot after the first visit; the
  // first time, its progress is shown.
  useEffect(() => {
    if (!wantPython) return;
    let cancelled = false;
    void (async () => {
      const { preparePythonCache } = await import("~/modules/judge/browser/python-cache");
      // The service worker must control the page before the Python worker starts, or the
      // first visit's download is not kept; registering takes milliseconds.
      const { cached } = await preparePythonCache();
      if (cancelled) return;
      const judge = await getRunner();
      if (cancelled || judge.pythonLoaded) return;
      setPythonStatus(cached ? "Starting Python…" : "Downloading Python (first visit only)…");
      await judge.warmPython((message) => {
        if (!cancelled)
          setPythonStatus(
            message === "Loading Python…" && !cached ? "Downloading Python (first visit only)…" : message,
          );
      });
      if (!cancelled) setPythonStatus(judge.pythonLoaded ? "Python ready" : "");
    })();
    return () => {
      cancelled = true;
    };
  }, [getRunner, wantPython]);

  const run = useCallback(
    async (
      mode: "run" | "submit",
      options: { language: Language; code: string; spec: JudgeSpec; loadTests: () => Promise<JudgeTest[]> },
    ): Promise<RunSummary | null> => {
      setState({ mode, running: true, status: "Preparing…", summary: null, liveResults: [], error: null });
      try {
        const judge = await getRunner();
        const tests = await options.loadTests();
        const summary = await judge.run({
          language: options.language,
          code: options.code,
          spec: options.spec,
          tests,
          stopOnFailure: mode === "submit",
          onStatus: (status) => setState((s) => ({ ...s, status })),
          onResult: (result) => setState((s) => ({ ...s, liveResults: [...s.liveResults, result] })),
        });
        setState((s) => ({ ...s, running: false, summary }));
        return summary;
      } catch (error) {
        setState((s) => ({ ...s, running: false, error: error instanceof Error ? error.message : String(error) }));
        return null;
      }
    },
    [getRunner],
  );

  /** Sends the code to the server's judge and shows its verdict (the browser judges nothing here). */
  const submit = useCallback(
    async (options: { submitPath: string; language: Language; code: string }): Promise<RunSummary | null> => {
      setState({
        mode: "submit",
        running: true,
        status: "Judging on the server…",
        summary: null,
        liveResults: [],
        error: null,
      });
      try {
        const response = await fetch(options.submitPath, {
          method: "POST",
          headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ language: options.language, code: options.code }),
        });
        const body = (await response.json().catch(() => null)) as SubmitAnswer | null;
        if (!response.ok || !body || !("summary" in body)) {
          const errors =
            body && "formErrors" in body ? [...body.formErrors, ...Object.values(body.fieldErrors).flat()] : [];
          throw new Error(errors[0] ?? `Submit failed (${response.status}). Try again in a moment.`);
        }
        setState((s) => ({ ...s, running: false, summary: body.summary }));
        return body.summary;
      } catch (error) {
        const message =
          error instanceof TypeError
            ? "Could not reach the server. Check your connection and try again."
            : String((error as Error).message);
        setState((s) => ({ ...s, running: false, error: message }));
        return null;
      }
    },
    [],
  );

  return { state, run, submit, pythonStatus };
}

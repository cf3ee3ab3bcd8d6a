import { useCallback, useEffect, useRef, useState } from "react";

import type { JudgeSpec, JudgeTest, RunSummary } from "~/modules/judge/types";
import type { Language } from "~/modules/problems/problem-schema";
import type { ConsoleState } from "~/modules/problems/ui/console-panel";

/** One JudgeRunner per page; its workers live as long as the page does. */
export function useJudge() {
  const runner = useRef<import("~/modules/judge/browser/judge-runner").JudgeRunner | null>(null);
  const [state, setState] = useState<ConsoleState>({
    mode: null,
    running: false,
    status: "",
    summary: null,
    liveResults: [],
    error: null,
  });

  useEffect(() => () => runner.current?.dispose(), []);

  const run = useCallback(
    async (
      mode: "run" | "submit",
      options: { language: Language; code: string; spec: JudgeSpec; loadTests: () => Promise<JudgeTest[]> },
    ): Promise<RunSummary | null> => {
      setState({ mode, running: true, status: "Preparing…", summary: null, liveResults: [], error: null });
      try {
        if (!runner.current) {
          const { JudgeRunner } = await import("~/modules/judge/browser/judge-runner");
          runner.current = new JudgeRunner();
        }
        const tests = await options.loadTests();
        const summary = await runner.current.run({
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
    [],
  );

  return { state, run };
}

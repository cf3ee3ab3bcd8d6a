import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import { useFetcher, useRevalidator } from "react-router";

import { CodeEditor } from "~/modules/editor/code-editor";
import type { JudgeTest } from "~/modules/judge/types";
import { type Language, LANGUAGE_LABELS, LANGUAGES } from "~/modules/problems/problem-schema";
import { ConsolePanel, type ConsoleTab } from "~/modules/problems/ui/console-panel";
import { StatementPanel } from "~/modules/problems/ui/statement-panel";
import { casesFromExamples, type EditableCase, parseCase } from "~/modules/problems/ui/test-cases";
import { useJudge } from "~/modules/problems/ui/use-judge";
import type { SubmissionView, WorkspaceProblem } from "~/modules/problems/workspace-types";
import { useDarkMode } from "~/platform/theme/use-dark-mode";

const LANGUAGE_KEY = "peerprep:language";
const AUTOSAVE_DELAY_MS = 800;

export interface ProblemWorkspaceProps {
  problem: WorkspaceProblem;
  drafts: Partial<Record<Language, string>>;
  submissions: SubmissionView[] | null;
  /** Where drafts are saved (the problem route's action). */
  actionPath: string;
  /** Where Submit posts `language` and `code` to be judged on the server. */
  submitPath: string;
  /** Extra controls shown in the editor's toolbar (e.g. "share selection"). */
  toolbarExtra?: (api: { getSelection: () => string; language: Language }) => React.ReactNode;
  /** Sizing of the outer box; the problem page fills the window below the navbar. */
  className?: string;
}

export function ProblemWorkspace({
  problem,
  drafts,
  submissions,
  actionPath,
  submitPath,
  toolbarExtra,
  className = "h-[calc(100vh-4rem)] min-h-[36rem]",
}: ProblemWorkspaceProps) {
  const dark = useDarkMode();
  const [language, setLanguage] = useState<Language>("javascript");
  const [codes, setCodes] = useState<Record<Language, string>>(() => ({
    javascript: drafts.javascript ?? problem.starters.javascript,
    typescript: drafts.typescript ?? problem.starters.typescript,
    python: drafts.python ?? problem.starters.python,
  }));
  const [cases, setCases] = useState<EditableCase[]>(() => casesFromExamples(problem.spec, problem.examples));
  const [caseErrors, setCaseErrors] = useState<Record<number, Record<string, string>>>({});
  const [consoleTab, setConsoleTab] = useState<ConsoleTab>("testcase");
  const { state, run, submit } = useJudge();
  const revalidator = useRevalidator();
  const draftFetcher = useFetcher({ key: `draft-${problem.slug}` });
  const editorApi = useRef<{ getSelection: () => string }>({ getSelection: () => "" });
  const dirty = useRef(false);

  useEffect(() => {
    const saved = window.localStorage.getItem(LANGUAGE_KEY);
    if (saved && (LANGUAGES as readonly string[]).includes(saved)) setLanguage(saved as Language);
  }, []);

  const code = codes[language];

  // Autosave the draft shortly after typing stops.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      draftFetcher.submit({ intent: "save-draft", language, code }, { method: "post", action: actionPath });
      dirty.current = false;
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, language, actionPath]);

  const changeCode = (value: string) => {
    dirty.current = true;
    setCodes((c) => ({ ...c, [language]: value }));
  };

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    window.localStorage.setItem(LANGUAGE_KEY, next);
  };

  const resetCode = () => {
    if (!window.confirm(`Replace your ${LANGUAGE_LABELS[language]} code with the starter code?`)) return;
    dirty.current = false;
    setCodes((c) => ({ ...c, [language]: problem.starters[language] }));
    draftFetcher.submit({ intent: "reset-draft", language }, { method: "post", action: actionPath });
  };

  const runCases = useCallback(async () => {
    if (state.running) return;
    const errors: Record<number, Record<string, string>> = {};
    const tests: JudgeTest[] = [];
    cases.forEach((c, i) => {
      const parsed = parseCase(problem.spec, c, i);
      if (parsed.ok) tests.push(parsed.test);
      else errors[c.id] = parsed.errors;
    });
    setCaseErrors(errors);
    if (Object.keys(errors).length || tests.length === 0) {
      setConsoleTab("testcase");
      return;
    }
    setConsoleTab("result");
    await run("run", { language, code, spec: problem.spec, loadTests: async () => tests });
  }, [cases, code, language, problem.spec, run, state.running]);

  /** Submit is judged on the server: every test, hidden ones included, and the verdict stored there. */
  const submitAll = useCallback(async () => {
    if (state.running) return;
    setConsoleTab("result");
    dirty.current = false;
    const summary = await submit({ submitPath, language, code });
    // The submissions list (and the problem's solved mark) now include this one.
    if (summary) void revalidator.revalidate();
  }, [code, language, revalidator, state.running, submit, submitPath]);

  // Keyboard shortcuts anywhere on the page (Monaco binds the same keys while focused).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key !== "Enter") return;
      e.preventDefault();
      if (e.shiftKey) void submitAll();
      else void runCases();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [runCases, submitAll]);

  const saveState = draftFetcher.state !== "idle" ? "Saving…" : draftFetcher.data ? "Saved" : "";
  const loadSubmission = useMemo(
    () => (s: SubmissionView) => {
      if (!window.confirm(`Load this ${LANGUAGE_LABELS[s.language]} submission into the editor?`)) return;
      changeLanguage(s.language);
      dirty.current = true;
      setCodes((c) => ({ ...c, [s.language]: s.code }));
    },
    [],
  );

  return (
    <div className={`bg-base-100 flex flex-col ${className}`} data-testid="workspace">
      <Group orientation="horizontal" className="min-h-0 flex-1">
        <Panel defaultSize="42" minSize="20">
          <StatementPanel problem={problem} submissions={submissions} onLoadCode={loadSubmission} />
        </Panel>
        <Separator className="bg-base-300 hover:bg-primary/50 w-1.5 transition-colors" />
        <Panel defaultSize="58" minSize="30">
          <Group orientation="vertical">
            <Panel defaultSize="62" minSize="20">
              <div className="flex h-full flex-col">
                <div className="border-base-300 flex shrink-0 flex-wrap items-center gap-2 border-b px-3 py-2">
                  <label className="sr-only" htmlFor="language-picker">
                    Language
                  </label>
                  <select
                    id="language-picker"
                    className="select select-sm w-36"
                    value={language}
                    onChange={(e) => changeLanguage(e.target.value as Language)}
                  >
                    {LANGUAGES.map((l) => (
                      <option key={l} value={l}>
                        {LANGUAGE_LABELS[l]}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="btn btn-ghost btn-sm" onClick={resetCode}>
                    Reset
                  </button>
                  {toolbarExtra?.({ getSelection: () => editorApi.current.getSelection(), language })}
                  <span className="text-base-content/50 text-xs" aria-live="polite" data-testid="draft-state">
                    {saveState}
                  </span>
                  <div className="ml-auto flex gap-2">
                    <button
                      type="button"
                      className="btn btn-sm"
                      onClick={() => void runCases()}
                      disabled={state.running}
                      title="Run the examples (Ctrl/⌘ + Enter)"
                    >
                      Run
                    </button>
                    <button
                      type="button"
                      className="btn btn-sm btn-primary"
                      onClick={() => void submitAll()}
                      disabled={state.running}
                      title="Submit against every test (Ctrl/⌘ + Shift + Enter)"
                    >
                      Submit
                    </button>
                  </div>
                </div>
                <div className="min-h-0 flex-1" data-testid="editor">
                  <CodeEditor
                    language={language}
                    value={code}
                    onChange={changeCode}
                    onRun={() => void runCases()}
                    onSubmit={() => void submitAll()}
                    dark={dark}
                    onEditorReady={(api) => (editorApi.current = api)}
                  />
                </div>
              </div>
            </Panel>
            <Separator className="bg-base-300 hover:bg-primary/50 h-1.5 transition-colors" />
            <Panel defaultSize="38" minSize="15">
              <ConsolePanel
                spec={problem.spec}
                cases={cases}
                caseErrors={caseErrors}
                onCasesChange={setCases}
                tab={consoleTab}
                onTabChange={setConsoleTab}
                state={state}
              />
            </Panel>
          </Group>
        </Panel>
      </Group>
    </div>
  );
}

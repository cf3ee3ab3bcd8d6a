import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import { useRevalidator } from "react-router";

import { paneId, paneProps, PaneTabs } from "~/components/ui/pane-tabs";
import { CodeEditor } from "~/modules/editor/code-editor";
import { errorLineOf } from "~/modules/editor/error-lines";
import type { JudgeTest } from "~/modules/judge/types";
import { type Language, LANGUAGE_LABELS, LANGUAGES } from "~/modules/problems/problem-constants";
import { ConsolePanel, type ConsoleTab } from "~/modules/problems/ui/console-panel";
import { type DraftSaveState, type DraftScope, DraftSync } from "~/modules/problems/ui/draft-sync";
import { StatementPanel } from "~/modules/problems/ui/statement-panel";
import { casesFromExamples, type EditableCase, parseCase } from "~/modules/problems/ui/test-cases";
import { useJudge } from "~/modules/problems/ui/use-judge";
import type { SubmissionView, WorkspaceProblem } from "~/modules/problems/workspace-types";
import { useDarkMode } from "~/platform/theme/use-dark-mode";

const LANGUAGE_KEY = "peerprep:language";

const SAVE_STATE_TEXT: Record<DraftSaveState, string> = {
  idle: "",
  saving: "Saving…",
  saved: "Saved",
  offline: "Kept on this device; saves when you are back online",
  error: "Not saved",
};

export interface ProblemWorkspaceProps {
  problem: WorkspaceProblem;
  drafts: Partial<Record<Language, string>>;
  /** Whose drafts these are and where they belong (solo practice or one session). */
  draftScope: DraftScope;
  submissions: SubmissionView[] | null;
  /** Where Submit posts `language` and `code` to be judged on the server. */
  submitPath: string;
  /** Extra controls shown in the editor's toolbar (e.g. "share selection"). */
  toolbarExtra?: (api: { getSelection: () => string; language: Language }) => React.ReactNode;
  /** Sizing of the outer box; the problem page fills the window below the navbar. */
  className?: string;
  /**
   * Which pane shows on a narrow screen when the page around it owns the tabs (the room);
   * without it the workspace shows its own Problem · Code tabs.
   */
  narrowPane?: NarrowPane;
  /** The page's no-JavaScript Submit form, which posts the plain editor's text. */
  noScriptFormId?: string;
}

export type NarrowPane = "problem" | "code";

const NARROW_TABS = [
  { id: "problem", label: "Problem" },
  { id: "code", label: "Code" },
] as const;

export function ProblemWorkspace({
  problem,
  drafts,
  draftScope,
  submissions,
  submitPath,
  toolbarExtra,
  className = "h-[calc(100dvh-4rem)] min-h-[32rem]",
  narrowPane,
  noScriptFormId,
}: ProblemWorkspaceProps) {
  const dark = useDarkMode();
  const [ownPane, setOwnPane] = useState<NarrowPane>("problem");
  const pane = narrowPane ?? ownPane;
  const [language, setLanguage] = useState<Language>("javascript");
  const [codes, setCodes] = useState<Record<Language, string>>(() => ({
    javascript: drafts.javascript ?? problem.starters.javascript,
    typescript: drafts.typescript ?? problem.starters.typescript,
    python: drafts.python ?? problem.starters.python,
  }));
  const [cases, setCases] = useState<EditableCase[]>(() => casesFromExamples(problem.spec, problem.examples));
  const [caseErrors, setCaseErrors] = useState<Record<number, Record<string, string>>>({});
  const [consoleTab, setConsoleTab] = useState<ConsoleTab>("testcase");
  const { state, run, submit, pythonStatus } = useJudge({ wantPython: language === "python" });
  const errorLine = useMemo(
    () =>
      state.summary?.language === language || state.running ? errorLineOf(state.summary, state.liveResults) : null,
    [state.summary, state.liveResults, state.running, language],
  );
  const revalidator = useRevalidator();
  const editorApi = useRef<{ getSelection: () => string }>({ getSelection: () => "" });
  const draftSync = useRef<DraftSync | null>(null);
  /** An edit made in the plain editor before the drafts were set up (typed before hydration). */
  const earlyEdit = useRef<{ language: Language; value: string } | null>(null);
  const [save, setSave] = useState<{ state: DraftSaveState; message?: string }>({ state: "idle" });
  const { owner, problemSlug, sessionId } = draftScope;
  const starters = useRef(problem.starters);
  starters.current = problem.starters;

  // Drafts: kept on this device until the server has them; sent when the page is hidden.
  useEffect(() => {
    const sync = new DraftSync(
      { owner, problemSlug, sessionId },
      {
        storage: window.localStorage,
        fetch: window.fetch.bind(window),
        onState: (state, message) => setSave({ state, message }),
      },
    );
    draftSync.current = sync;
    const restored = sync.restore(LANGUAGES);
    if (Object.keys(restored).length) {
      setCodes((current) => {
        const next = { ...current };
        for (const l of LANGUAGES) if (l in restored) next[l] = restored[l] ?? starters.current[l];
        return next;
      });
    }
    // Typed on this page before it hydrated: newer than any draft, so it wins and is saved.
    const early = earlyEdit.current;
    earlyEdit.current = null;
    if (early) {
      sync.change(early.language, early.value);
      setCodes((current) => ({ ...current, [early.language]: early.value }));
    }
    const onHidden = () => {
      if (document.visibilityState === "hidden") sync.sendBeforeUnload();
    };
    const onPageHide = () => sync.sendBeforeUnload();
    const onOnline = () => void sync.flush();
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("online", onOnline);
      sync.sendBeforeUnload();
      sync.dispose();
      draftSync.current = null;
    };
  }, [owner, problemSlug, sessionId]);

  useEffect(() => {
    const saved = window.localStorage.getItem(LANGUAGE_KEY);
    if (saved && (LANGUAGES as readonly string[]).includes(saved)) setLanguage(saved as Language);
  }, []);

  const code = codes[language];

  const changeCode = (value: string) => {
    if (draftSync.current) draftSync.current.change(language, value);
    else earlyEdit.current = { language, value };
    setCodes((c) => ({ ...c, [language]: value }));
  };

  const changeLanguage = (next: Language) => {
    setLanguage(next);
    window.localStorage.setItem(LANGUAGE_KEY, next);
  };

  const resetCode = () => {
    if (!window.confirm(`Replace your ${LANGUAGE_LABELS[language]} code with the starter code?`)) return;
    setCodes((c) => ({ ...c, [language]: problem.starters[language] }));
    draftSync.current?.change(language, null);
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

  // Stable handlers for the editor, so a Run's renders (one per test) skip the editor.
  const latest = useRef({ changeCode, runCases, submitAll });
  latest.current = { changeCode, runCases, submitAll };
  const onEditorChange = useCallback((value: string) => latest.current.changeCode(value), []);
  const onEditorRun = useCallback(() => void latest.current.runCases(), []);
  const onEditorSubmit = useCallback(() => void latest.current.submitAll(), []);
  const onEditorReady = useCallback((api: { getSelection: () => string }) => (editorApi.current = api), []);

  const saveState = save.state === "error" ? (save.message ?? SAVE_STATE_TEXT.error) : SAVE_STATE_TEXT[save.state];
  const loadSubmission = useMemo(
    () => (s: SubmissionView) => {
      if (!window.confirm(`Load this ${LANGUAGE_LABELS[s.language]} submission into the editor?`)) return;
      changeLanguage(s.language);
      draftSync.current?.change(s.language, s.code);
      setCodes((c) => ({ ...c, [s.language]: s.code }));
    },
    [],
  );

  return (
    <div className={`bg-base-100 flex flex-col ${className}`} data-testid="workspace">
      {narrowPane ? null : (
        <PaneTabs tabs={NARROW_TABS} active={ownPane} onChange={setOwnPane} label="Problem or code" />
      )}
      <Group orientation="horizontal" className="min-h-0 flex-1">
        <Panel defaultSize="42" minSize="20" {...paneProps(pane === "problem")}>
          <div id={paneId("problem")} className="h-full" data-testid="pane-problem">
            <StatementPanel problem={problem} submissions={submissions} onLoadCode={loadSubmission} />
          </div>
        </Panel>
        <Separator className="bg-base-300 hover:bg-primary/50 w-1.5 transition-colors" {...paneProps(false)} />
        <Panel defaultSize="58" minSize="30" {...paneProps(pane === "code")}>
          <div id={paneId("code")} className="h-full" data-testid="pane-code">
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
                    <span className="text-base-content/75 text-xs" aria-live="polite" data-testid="draft-state">
                      {saveState}
                    </span>
                    {language === "python" && pythonStatus && (
                      <span className="text-base-content/75 text-xs" data-testid="python-status" aria-live="polite">
                        {pythonStatus}
                      </span>
                    )}
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
                      onChange={onEditorChange}
                      onRun={onEditorRun}
                      onSubmit={onEditorSubmit}
                      dark={dark}
                      onEditorReady={onEditorReady}
                      errorLine={errorLine}
                      plainFormId={noScriptFormId}
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
          </div>
        </Panel>
      </Group>
    </div>
  );
}

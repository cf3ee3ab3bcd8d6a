import { useState } from "react";

import type { JudgeSpec, RunSummary, TestResult } from "~/modules/judge/types";
import { blankCase, caseFields, type EditableCase } from "~/modules/problems/ui/test-cases";
import { formatValue, VerdictText } from "~/modules/problems/ui/verdict-text";

export type ConsoleTab = "testcase" | "result";

export interface ConsoleState {
  mode: "run" | "submit" | null;
  running: boolean;
  status: string;
  summary: RunSummary | null;
  liveResults: TestResult[];
  error: string | null;
}

interface ConsolePanelProps {
  spec: JudgeSpec;
  cases: EditableCase[];
  caseErrors: Record<number, Record<string, string>>;
  onCasesChange: (cases: EditableCase[]) => void;
  tab: ConsoleTab;
  onTabChange: (tab: ConsoleTab) => void;
  state: ConsoleState;
}

export function ConsolePanel({ spec, cases, caseErrors, onCasesChange, tab, onTabChange, state }: ConsolePanelProps) {
  return (
    <section className="flex h-full flex-col" aria-label="Console">
      <div role="tablist" className="tabs tabs-border border-base-300 shrink-0 border-b px-2">
        <button
          type="button"
          role="tab"
          aria-selected={tab === "testcase"}
          className={`tab ${tab === "testcase" ? "tab-active" : ""}`}
          onClick={() => onTabChange("testcase")}
        >
          Testcase
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === "result"}
          className={`tab ${tab === "result" ? "tab-active" : ""}`}
          onClick={() => onTabChange("result")}
        >
          Result
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-4" role="tabpanel">
        {tab === "testcase" ? (
          <CaseEditor spec={spec} cases={cases} caseErrors={caseErrors} onCasesChange={onCasesChange} />
        ) : (
          <Results state={state} />
        )}
      </div>
    </section>
  );
}

function CaseEditor({
  spec,
  cases,
  caseErrors,
  onCasesChange,
}: Pick<ConsolePanelProps, "spec" | "cases" | "caseErrors" | "onCasesChange">) {
  const [selected, setSelected] = useState(0);
  const current = cases[Math.min(selected, cases.length - 1)];
  const fields = caseFields(spec);
  const update = (id: number, name: string, value: string) =>
    onCasesChange(cases.map((c) => (c.id === id ? { ...c, fields: { ...c.fields, [name]: value } } : c)));
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        {cases.map((c, i) => (
          <div key={c.id} className="join">
            <button
              type="button"
              className={`btn btn-xs join-item ${i === selected ? "btn-neutral" : "btn-ghost"} ${caseErrors[c.id] ? "text-error" : ""}`}
              onClick={() => setSelected(i)}
            >
              Case {i + 1}
            </button>
            {cases.length > 1 ? (
              <button
                type="button"
                className="btn btn-xs btn-ghost join-item"
                aria-label={`Remove case ${i + 1}`}
                onClick={() => {
                  onCasesChange(cases.filter((x) => x.id !== c.id));
                  setSelected(Math.max(0, Math.min(selected, cases.length - 2)));
                }}
              >
                ×
              </button>
            ) : null}
          </div>
        ))}
        {cases.length < 8 ? (
          <button
            type="button"
            className="btn btn-xs btn-ghost"
            onClick={() => {
              onCasesChange([...cases, blankCase(spec, current)]);
              setSelected(cases.length);
            }}
          >
            + Add case
          </button>
        ) : null}
      </div>
      {current ? (
        <div className="flex flex-col gap-3">
          {fields.map((field) => {
            const error = caseErrors[current.id]?.[field.name];
            const id = `case-${current.id}-${field.name}`;
            return (
              <div key={field.name} className="flex flex-col gap-1">
                <label htmlFor={id} className="font-mono text-xs">
                  {field.name} =
                </label>
                <textarea
                  id={id}
                  rows={1}
                  spellCheck={false}
                  className={`textarea textarea-sm w-full font-mono ${error ? "textarea-error" : ""}`}
                  value={current.fields[field.name] ?? ""}
                  onChange={(e) => update(current.id, field.name, e.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                />
                {error ? (
                  <p id={`${id}-error`} className="text-error text-xs" data-case-error={field.name}>
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
          {!current.original || Object.entries(current.fields).some(([k, v]) => current.original?.fields[k] !== v) ? (
            <p className="text-base-content/60 text-xs">
              Custom input: Run shows your output without an expected answer.
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function Results({ state }: { state: ConsoleState }) {
  const [selected, setSelected] = useState(0);
  if (state.error) {
    return (
      <div role="alert" className="alert alert-error alert-soft">
        {state.error}
      </div>
    );
  }
  const results = state.summary?.results ?? state.liveResults;
  if (!state.running && !state.summary) {
    return (
      <p className="text-base-content/60 text-sm">
        Run your code to see results here. Ctrl/⌘ + Enter runs, Ctrl/⌘ + Shift + Enter submits.
      </p>
    );
  }
  const summary = state.summary;
  const failing = results.findIndex((r) => r.verdict !== "Accepted" && r.verdict !== "Ran");
  const shown = results[Math.min(selected, results.length - 1)];
  return (
    <div className="flex flex-col gap-3" data-testid="run-result">
      {state.running ? (
        <div className="flex items-center gap-2 text-sm" role="status">
          <span className="loading loading-spinner loading-sm" />
          <span data-testid="judge-status">{state.status}</span>
        </div>
      ) : null}
      {summary ? (
        <div className="flex flex-wrap items-baseline gap-3">
          <VerdictText verdict={summary.verdict} className="text-xl" />
          <span className="text-base-content/70 text-sm" data-testid="run-passed">
            {summary.passed} / {summary.total} tests passed
          </span>
          <span className="text-base-content/60 text-sm">{summary.timeMs.toFixed(0)} ms</span>
        </div>
      ) : null}
      {state.mode === "submit" && summary && failing === -1 && summary.verdict === "Accepted" ? (
        <p className="text-success text-sm">Every test passed. Nicely done!</p>
      ) : null}
      {results.length > 0 ? (
        <div className="flex flex-wrap gap-2">
          {results.map((r, i) => (
            <button
              key={r.index}
              type="button"
              className={`btn btn-xs ${i === selected ? "btn-neutral" : "btn-ghost"}`}
              onClick={() => setSelected(i)}
            >
              <span
                aria-hidden="true"
                className={r.verdict === "Accepted" ? "text-success" : r.verdict === "Ran" ? "text-info" : "text-error"}
              >
                ●
              </span>
              {r.label ?? `Test ${r.index + 1}`}
            </button>
          ))}
        </div>
      ) : null}
      {shown ? <ResultDetail result={shown} /> : null}
    </div>
  );
}

function ResultDetail({ result }: { result: TestResult }) {
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="result-detail">
      <div className="flex items-center gap-2">
        <VerdictText verdict={result.verdict} />
        <span className="text-base-content/60">{result.timeMs.toFixed(1)} ms</span>
      </div>
      {result.error ? (
        <pre
          className="bg-error/10 text-error overflow-x-auto rounded p-2 whitespace-pre-wrap"
          data-testid="result-error"
        >
          {result.error}
        </pre>
      ) : null}
      <Block label="Input">
        {Object.entries(result.input).map(([k, v]) => (
          <div key={k}>
            <span className="text-base-content/60">{k} = </span>
            {formatValue(v)}
          </div>
        ))}
      </Block>
      {result.verdict !== "Compile Error" &&
      result.verdict !== "Time Limit Exceeded" &&
      result.verdict !== "Runtime Error" ? (
        <Block label="Output" testId="result-output">
          {formatValue(result.actual)}
        </Block>
      ) : null}
      {result.expected !== undefined ? (
        <Block label="Expected" testId="result-expected">
          {formatValue(result.expected)}
        </Block>
      ) : null}
      {result.stdout ? (
        <Block label="Stdout" testId="result-stdout">
          {result.stdout}
        </Block>
      ) : null}
    </div>
  );
}

function Block({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div>
      <div className="text-base-content/60 mb-1 text-xs font-medium">{label}</div>
      <pre
        className="bg-base-200 max-h-48 overflow-auto rounded p-2 font-mono text-xs whitespace-pre-wrap break-all"
        data-testid={testId}
      >
        {children}
      </pre>
    </div>
  );
}

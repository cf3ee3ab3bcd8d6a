import { memo, useState } from "react";

import { LocalTime } from "~/components/ui/local-time";
import { TOPICS } from "~/modules/problems/problem-constants";
import { LANGUAGE_LABELS } from "~/modules/problems/problem-constants";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import { VerdictText } from "~/modules/problems/ui/verdict-text";
import type { SubmissionView, WorkspaceProblem } from "~/modules/problems/workspace-types";

type Tab = "description" | "hints" | "editorial" | "submissions";

/** Memoised: the statement does not change while the editor and console re-render. */
export const StatementPanel = memo(function StatementPanel({
  problem,
  submissions,
  onLoadCode,
}: {
  problem: WorkspaceProblem;
  submissions: SubmissionView[] | null;
  onLoadCode?: (submission: SubmissionView) => void;
}) {
  const [tab, setTab] = useState<Tab>("description");
  const [revealed, setRevealed] = useState(0);
  const [editorialAsked, setEditorialAsked] = useState(false);
  // Solved once: the editorial is no spoiler any more.
  const solved = submissions?.some((s) => s.verdict === "Accepted") ?? false;
  const tabs: Array<[Tab, string]> = [
    ["description", "Description"],
    ["hints", `Hints (${problem.hints.length})`],
  ];
  if (problem.editorialHtml) tabs.push(["editorial", "Editorial"]);
  if (submissions) tabs.push(["submissions", `My submissions (${submissions.length})`]);

  return (
    <section className="flex h-full flex-col" aria-label="Problem">
      <div role="tablist" className="tabs tabs-border border-base-300 shrink-0 border-b px-2">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={`tab ${tab === id ? "tab-active" : ""}`}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      {/* Focusable so a keyboard can scroll a long statement (WCAG 2.1.1). */}
      <div className="min-h-0 flex-1 overflow-y-auto p-5" role="tabpanel" tabIndex={0}>
        {tab === "description" ? (
          <article>
            <h1 className="mb-2 text-2xl font-bold">{problem.title}</h1>
            <div className="mb-4 flex flex-wrap items-center gap-2">
              <DifficultyBadge difficulty={problem.difficulty} />
              {problem.topics.map((t) => (
                <span key={t} className="badge badge-ghost badge-sm">
                  {TOPICS[t]}
                </span>
              ))}
            </div>
            <div
              className="prose prose-sm dark:prose-invert max-w-none [&_pre]:bg-base-200 [&_pre]:text-base-content"
              // Rendered on the server from the bank's own Markdown.
              dangerouslySetInnerHTML={{ __html: problem.statementHtml }}
            />
          </article>
        ) : null}
        {tab === "hints" ? (
          <div className="flex flex-col gap-3">
            {problem.hints.length === 0 ? <p>This problem has no hints.</p> : null}
            {problem.hints.slice(0, revealed).map((hint, i) => (
              <div key={hint} className="alert alert-info alert-soft items-start" data-testid="hint">
                <span className="font-semibold">Hint {i + 1}</span>
                <span>{hint}</span>
              </div>
            ))}
            {revealed < problem.hints.length ? (
              <button
                type="button"
                className="btn btn-sm btn-outline self-start"
                onClick={() => setRevealed((n) => n + 1)}
              >
                {revealed === 0 ? "Show a hint" : "Show the next hint"}
              </button>
            ) : null}
          </div>
        ) : null}
        {tab === "editorial" && problem.editorialHtml ? (
          solved || editorialAsked ? (
            <div
              className="prose prose-sm dark:prose-invert max-w-none [&_pre]:bg-base-200 [&_pre]:text-base-content"
              data-testid="editorial"
              // Rendered on the server from the bank's own Markdown.
              dangerouslySetInnerHTML={{ __html: problem.editorialHtml }}
            />
          ) : (
            <div className="flex flex-col items-start gap-3">
              <p className="text-base-content/80">
                The editorial explains the approach, its complexity and the usual pitfalls. It opens by itself once you
                have an Accepted submission; the hints are a gentler nudge.
              </p>
              <button type="button" className="btn btn-sm btn-outline" onClick={() => setEditorialAsked(true)}>
                Show the editorial now
              </button>
            </div>
          )
        ) : null}
        {tab === "submissions" && submissions ? (
          submissions.length === 0 ? (
            <p className="text-base-content/75">
              No submissions yet. Press Submit to judge your code against every test.
            </p>
          ) : (
            <table className="table table-sm" data-testid="submissions">
              <thead>
                <tr>
                  <th>Verdict</th>
                  <th>Language</th>
                  <th>Tests</th>
                  <th>When</th>
                  <th>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {submissions.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <VerdictText verdict={s.verdict} />
                    </td>
                    <td>{LANGUAGE_LABELS[s.language]}</td>
                    <td>
                      {s.passed}/{s.total}
                    </td>
                    <td className="text-base-content/75">
                      <LocalTime iso={s.createdAt} />
                    </td>
                    <td>
                      {onLoadCode ? (
                        <button type="button" className="btn btn-ghost btn-xs" onClick={() => onLoadCode(s)}>
                          Load code
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        ) : null}
      </div>
    </section>
  );
});

import { useId, useMemo, useRef, useState } from "react";
import { Form } from "react-router";

import { DIFFICULTIES, type Difficulty } from "~/modules/problems/problem-constants";
import { PROBLEM_PICKER_OPTIONS } from "~/modules/problems/problem-picker-options";
import { DifficultyBadge } from "~/modules/problems/ui/difficulty-badge";
import type { ProblemSuggestion } from "~/modules/sessions/problem-suggestions";
import type { AckResult } from "~/platform/realtime/realtime-events";
import type { RoomSocket } from "~/platform/realtime/use-room-socket";

import type { ProposeResult } from "../room-problem-contract";

/** How long a proposal may take to reach the server before the room offers a retry. */
const SEND_TIMEOUT_MS = 8_000;

interface ChangeProblemProps {
  sessionId: string;
  socket: RoomSocket | null;
  connected: boolean;
  currentSlug: string;
  suggestions: readonly ProblemSuggestion[];
  /** The seated partner's name, or null when alone (then the change is immediate). */
  partnerName: string | null;
  fieldError?: string;
}

type SendState = { kind: "idle" } | { kind: "sending"; slug: string } | { kind: "failed"; slug: string; error: string };

/**
 * "Change problem": suggestions first (neither of you has solved them, each with its
 * reason), then the whole bank, searchable by title and filtered by difficulty. Each entry
 * is a submit button of a plain form, so it works without JavaScript; with it, the choice
 * goes over the socket, and one that cannot be sent offers a retry.
 */
export function ChangeProblem({
  sessionId,
  socket,
  connected,
  currentSlug,
  suggestions,
  partnerName,
  fieldError,
}: ChangeProblemProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const [query, setQuery] = useState("");
  const [difficulty, setDifficulty] = useState<Difficulty | "">("");
  const [send, setSend] = useState<SendState>({ kind: "idle" });
  const searchId = useId();
  const matches = (p: { title: string; difficulty: Difficulty; slug: string }) =>
    p.slug !== currentSlug &&
    (!difficulty || p.difficulty === difficulty) &&
    p.title.toLowerCase().includes(query.trim().toLowerCase());
  const shownSuggestions = suggestions.filter(matches);
  const suggested = useMemo(() => new Set(suggestions.map((s) => s.slug)), [suggestions]);
  const others = PROBLEM_PICKER_OPTIONS.filter((p) => !suggested.has(p.slug) && matches(p));

  const propose = (slug: string) => {
    if (!socket) return;
    setSend({ kind: "sending", slug });
    socket
      .timeout(SEND_TIMEOUT_MS)
      .emit(
        "problem:propose",
        { sessionId, problemSlug: slug },
        (error: Error | null, result?: AckResult<ProposeResult>) => {
          if (error || !result) {
            setSend({ kind: "failed", slug, error: "Could not reach the server." });
            return;
          }
          if (!result.ok) {
            setSend({ kind: "failed", slug, error: result.error });
            return;
          }
          setSend({ kind: "idle" });
          setQuery("");
          if (details.current) details.current.open = false;
        },
      );
  };

  // With a live socket the choice goes over it; otherwise the form posts as it would without JavaScript.
  const onChoose = (event: React.MouseEvent<HTMLButtonElement>, slug: string) => {
    if (!socket || !connected) return;
    event.preventDefault();
    propose(slug);
  };

  const titleOf = (slug: string) => PROBLEM_PICKER_OPTIONS.find((p) => p.slug === slug)?.title ?? slug;
  const verb = partnerName ? "Propose" : "Switch to";

  return (
    <details ref={details} className="dropdown dropdown-end" data-testid="change-problem">
      <summary className="btn btn-ghost btn-sm">Change problem</summary>
      <div className="dropdown-content bg-base-100 rounded-box z-30 mt-2 flex max-h-[70dvh] flex-col gap-2 p-3 shadow-lg max-sm:fixed max-sm:inset-x-2 sm:w-[26rem]">
        <p className="text-base-content/75 text-sm">
          {partnerName
            ? `${partnerName} accepts or declines within a minute.`
            : "You are alone: the problem changes at once."}
        </p>
        <div className="flex gap-2">
          <label htmlFor={searchId} className="sr-only">
            Search problems by title
          </label>
          <input
            id={searchId}
            type="search"
            className="input input-sm flex-1"
            placeholder="Search by title"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="change-problem-search"
          />
          <select
            className="select select-sm w-28"
            aria-label="Difficulty"
            value={difficulty}
            onChange={(e) => setDifficulty(e.target.value as Difficulty | "")}
            data-testid="change-problem-difficulty"
          >
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d[0]!.toUpperCase() + d.slice(1)}
              </option>
            ))}
          </select>
        </div>
        {fieldError ? (
          <p className="text-error text-sm" role="alert">
            {fieldError}
          </p>
        ) : null}
        {send.kind === "failed" ? (
          <div className="alert alert-warning alert-soft py-2 text-sm" role="alert" data-testid="change-problem-error">
            <span>
              {titleOf(send.slug)}: {send.error}
            </span>
            <button type="button" className="btn btn-xs" onClick={() => propose(send.slug)} disabled={!connected}>
              Retry
            </button>
          </div>
        ) : null}
        <Form method="post" className="flex min-h-0 flex-col gap-2 overflow-y-auto">
          <input type="hidden" name="intent" value="change-problem" />
          {shownSuggestions.length ? (
            <section aria-label="Suggested">
              <h3 className="text-base-content/75 mb-1 text-xs font-semibold uppercase">Suggested</h3>
              <ul className="flex flex-col gap-1" data-testid="problem-suggestions">
                {shownSuggestions.map((s) => (
                  <li key={s.slug}>
                    <button
                      type="submit"
                      name="problemSlug"
                      value={s.slug}
                      className="btn btn-ghost h-auto w-full justify-start py-1.5 text-left font-normal"
                      onClick={(e) => onChoose(e, s.slug)}
                      disabled={send.kind === "sending"}
                      aria-label={`${verb} ${s.title}: ${s.reason}`}
                      data-testid="problem-suggestion"
                      data-slug={s.slug}
                    >
                      <span className="flex flex-col gap-0.5">
                        <span className="flex items-center gap-2 font-medium">
                          {s.title} <DifficultyBadge difficulty={s.difficulty} />
                        </span>
                        <span className="text-base-content/75 text-xs">{s.reason}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-label="All problems">
            <h3 className="text-base-content/75 mb-1 text-xs font-semibold uppercase">All problems</h3>
            <ul className="flex flex-col" data-testid="problem-list">
              {others.map((p) => (
                <li key={p.slug}>
                  <button
                    type="submit"
                    name="problemSlug"
                    value={p.slug}
                    className="btn btn-ghost btn-sm w-full justify-between font-normal"
                    onClick={(e) => onChoose(e, p.slug)}
                    disabled={send.kind === "sending"}
                    aria-label={`${verb} ${p.title}`}
                    data-slug={p.slug}
                  >
                    <span className="truncate">{p.title}</span>
                    <DifficultyBadge difficulty={p.difficulty} />
                  </button>
                </li>
              ))}
              {others.length === 0 && shownSuggestions.length === 0 ? (
                <li className="text-base-content/75 text-sm">No problem matches.</li>
              ) : null}
            </ul>
          </section>
        </Form>
        {send.kind === "sending" ? (
          <p className="text-base-content/75 text-sm" role="status">
            Sending…
          </p>
        ) : null}
      </div>
    </details>
  );
}

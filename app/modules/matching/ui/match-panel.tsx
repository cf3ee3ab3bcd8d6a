import { useEffect, useRef, useState } from "react";
import { Form, href, Link, useNavigate } from "react-router";

import type { MatchStatusDto } from "~/modules/matching/match-contract";
import { OFFER_ALTERNATIVES_AFTER_MS, WIDENING_STEPS, wideningStage } from "~/modules/matching/match-rules";
import {
  DIFFICULTIES,
  type Difficulty,
  type Language,
  LANGUAGES,
  type Topic,
  TOPICS,
} from "~/modules/problems/problem-constants";

import { askNotificationPermission, notify, playChime } from "./alerts";
import { type MatchChoice, useMatchSocket } from "./use-match-socket";

const LANGUAGE_NAMES: Record<Language, string> = {
  javascript: "JavaScript",
  typescript: "TypeScript",
  python: "Python",
};

export interface MatchDefaults {
  difficulty: Difficulty;
  topics: Topic[];
  language: Language;
  /** A given problem (from a problem page or the daily problem). */
  problem: { slug: string; title: string } | null;
}

/** Ticks every half second while `on` (countdowns, time waited). */
function useNow(on: boolean, offset: number) {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    if (!on) return;
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), 500);
    return () => clearInterval(timer);
  }, [on, offset]);
  return now;
}

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

/** Quick match: choose, queue, hear what widened, answer the proposal, land in the room. */
export function MatchPanel({ defaults, seatedSessionId }: { defaults: MatchDefaults; seatedSessionId: string | null }) {
  const { status, connected, error, clockOffset, join, cancel, accept, decline } = useMatchSocket();
  const navigate = useNavigate();
  const [keepWaiting, setKeepWaiting] = useState(false);
  const state = status?.state ?? "idle";
  const now = useNow(state === "queued" || state === "proposed", clockOffset);

  const lastProposal = useRef<string | null>(null);
  useEffect(() => {
    if (status?.state === "proposed" && lastProposal.current !== status.proposalId) {
      lastProposal.current = status.proposalId;
      playChime();
      notify("Partner found", `${status.partner.username} is ready to practise. Accept within 15 seconds.`);
    }
    if (status?.state === "matched") void navigate(href("/sessions/:id", { id: status.sessionId }));
    if (status?.state !== "queued") setKeepWaiting(false);
  }, [status, navigate]);

  const seatedIn = status?.state === "seated" ? status.sessionId : state === "idle" ? seatedSessionId : null;

  return (
    <section
      className="card bg-base-100 shadow-sm"
      aria-labelledby="match-heading"
      data-testid="match-panel"
      data-state={state}
    >
      <div className="card-body gap-4">
        <h1 id="match-heading" className="card-title text-2xl">
          Find me a partner
        </h1>
        {error ? (
          <p role="alert" className="alert alert-error text-sm">
            {error}
          </p>
        ) : null}
        {status && "notice" in status && status.notice ? (
          <p role="status" className="alert alert-info text-sm" data-testid="match-notice">
            {status.notice}
          </p>
        ) : null}
        {seatedIn ? (
          <p role="alert" className="alert alert-warning text-sm" data-testid="match-seated">
            <span>
              You already hold a seat in a session, so you cannot queue.{" "}
              <Link to={href("/sessions/:id", { id: seatedIn })} className="link font-medium">
                Go back to that session
              </Link>{" "}
              or leave it first.
            </span>
          </p>
        ) : null}

        {status?.state === "queued" ? (
          <Queued
            status={status}
            now={now}
            onCancel={cancel}
            keepWaiting={keepWaiting}
            onKeepWaiting={() => setKeepWaiting(true)}
            defaults={defaults}
          />
        ) : status?.state === "proposed" ? (
          <Proposed status={status} now={now} onAccept={accept} onDecline={decline} />
        ) : status?.state === "matched" ? (
          <p role="status">Matched: taking you to your session…</p>
        ) : (
          <Choose
            defaults={defaults}
            disabled={!connected || Boolean(seatedIn)}
            onJoin={(choice) => {
              askNotificationPermission();
              join(choice);
            }}
          />
        )}
      </div>
    </section>
  );
}

function Choose({
  defaults,
  disabled,
  onJoin,
}: {
  defaults: MatchDefaults;
  disabled: boolean;
  onJoin: (choice: MatchChoice) => void;
}) {
  return (
    <form
      className="flex flex-col gap-4"
      data-testid="match-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        onJoin({
          difficulty: form.get("difficulty") as Difficulty,
          topics: form.getAll("topics") as Topic[],
          language: form.get("language") as Language,
          problem: defaults.problem?.slug ?? null,
        });
      }}
    >
      {defaults.problem ? (
        <p className="text-sm">
          On <span className="font-semibold">{defaults.problem.title}</span>: you will be matched with someone who wants
          to practise it too, or who is open to any problem of its difficulty.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="fieldset">
          <span className="fieldset-legend pb-1">Difficulty</span>
          <select
            name="difficulty"
            className="select w-full"
            defaultValue={defaults.difficulty}
            disabled={Boolean(defaults.problem)}
          >
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d[0]!.toUpperCase() + d.slice(1)}
              </option>
            ))}
          </select>
          {defaults.problem ? <input type="hidden" name="difficulty" value={defaults.difficulty} /> : null}
        </label>
        <label className="fieldset">
          <span className="fieldset-legend pb-1">Language</span>
          <select name="language" className="select w-full" defaultValue={defaults.language}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {defaults.problem ? null : (
        <fieldset className="fieldset">
          <legend className="fieldset-legend pb-1">Topics (optional: none means any)</legend>
          <div className="flex flex-wrap gap-2">
            {(Object.keys(TOPICS) as Topic[]).map((topic) => (
              <label key={topic} className="label cursor-pointer gap-1 text-sm">
                <input
                  type="checkbox"
                  name="topics"
                  value={topic}
                  defaultChecked={defaults.topics.includes(topic)}
                  className="checkbox checkbox-xs"
                />
                {TOPICS[topic]}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={disabled} data-testid="join-queue">
          Find me a partner
        </button>
      </div>
    </form>
  );
}

function Queued({
  status,
  now,
  onCancel,
  keepWaiting,
  onKeepWaiting,
  defaults,
}: {
  status: Extract<MatchStatusDto, { state: "queued" }>;
  now: number;
  onCancel: () => void;
  keepWaiting: boolean;
  onKeepWaiting: () => void;
  defaults: MatchDefaults;
}) {
  const waited = now - status.joinedAt;
  const widened = WIDENING_STEPS.slice(0, wideningStage(waited));
  const { criteria } = status;
  return (
    <div className="flex flex-col gap-3" data-testid="match-queued">
      <p role="status" className="flex items-center gap-3 text-lg">
        <span className="loading loading-dots loading-md" aria-hidden="true" />
        Looking for a partner…{" "}
        <span className="font-mono" data-testid="match-waited">
          {clock(waited)}
        </span>
      </p>
      <p className="text-base-content/75 text-sm">
        {criteria.difficulty}, {LANGUAGE_NAMES[criteria.language]}
        {criteria.topics.length ? `, ${criteria.topics.map((t) => TOPICS[t]).join(", ")}` : ", any topic"}
        {status.front ? " · you are at the front of the queue" : ""}
      </p>
      {widened.length ? (
        <ul className="text-sm" aria-live="polite" data-testid="match-widened">
          {widened.map((step) => (
            <li key={step.widens}>✓ {step.says}</li>
          ))}
        </ul>
      ) : null}
      {waited >= OFFER_ALTERNATIVES_AFTER_MS && !keepWaiting ? (
        <div className="alert flex flex-col items-start gap-2" data-testid="match-alternatives">
          <p>Nobody yet. What would you like to do?</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn btn-sm" onClick={onKeepWaiting}>
              Keep waiting
            </button>
            <Form method="post" action="/sessions">
              <input type="hidden" name="problem" value={defaults.problem?.slug ?? "random"} />
              <input type="hidden" name="difficulty" value={criteria.difficulty} />
              <input type="hidden" name="visibility" value="public" />
              <button type="submit" className="btn btn-sm btn-primary" onClick={onCancel}>
                Open a public session
              </button>
            </Form>
            <Link
              to={defaults.problem ? href("/problems/:slug", { slug: defaults.problem.slug }) : "/problems"}
              className="btn btn-sm"
              onClick={onCancel}
            >
              Practise solo
            </Link>
          </div>
        </div>
      ) : null}
      <div>
        <button type="button" className="btn" onClick={onCancel} data-testid="cancel-queue">
          Cancel
        </button>
      </div>
    </div>
  );
}

function Proposed({
  status,
  now,
  onAccept,
  onDecline,
}: {
  status: Extract<MatchStatusDto, { state: "proposed" }>;
  now: number;
  onAccept: (proposalId: string) => void;
  onDecline: (proposalId: string) => void;
}) {
  const left = Math.max(0, Math.ceil((status.expiresAt - now) / 1000));
  return (
    <div className="flex flex-col gap-3" data-testid="match-proposed">
      <p role="alert" className="text-lg">
        Partner found: <span className="font-semibold">{status.partner.username}</span>
      </p>
      <p className="flex items-center gap-3">
        <span className="countdown font-mono text-3xl" aria-label={`${left} seconds left to accept`}>
          <span style={{ "--value": left } as React.CSSProperties} aria-hidden="true">
            {left}
          </span>
        </span>
        seconds left to accept
      </p>
      {status.acceptedByMe ? (
        <p role="status" data-testid="match-waiting-partner">
          Accepted. Waiting for {status.partner.username}…
        </p>
      ) : (
        <div className="flex gap-2">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => onAccept(status.proposalId)}
            data-testid="accept-match"
          >
            Accept
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => onDecline(status.proposalId)}
            data-testid="decline-match"
          >
            Decline
          </button>
        </div>
      )}
      {status.acceptedByPartner && !status.acceptedByMe ? (
        <p className="text-sm">{status.partner.username} has accepted.</p>
      ) : null}
    </div>
  );
}

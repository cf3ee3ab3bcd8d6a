import { getStore } from "~/composition.server";
import { toMessageDto } from "~/modules/chat/chat.server";
import { getProblem } from "~/modules/problems/problem-bank.server";
import type { PracticeSession, SessionMember, Submission, User } from "~/storage/store.server";

import { END_REASON_LABELS } from "./end-reasons";
import { PRESENCE_WINDOW_MS } from "./session-view";

/** Past sessions as their participants see them: how each ended, what was said and done. */

const TRANSCRIPT_LIMIT = 5_000;
const SUBMISSIONS_LIMIT = 500;

export type SessionOutcome = "ended" | "you-left" | "abandoned" | "in-progress";

/**
 * How a session stands for one participant. A session that has not formally ended yet is
 * "you left" for someone who left it, "abandoned" when nobody has been in it lately (the
 * idle job will end it), and only otherwise in progress.
 */
export function sessionOutcome(
  session: PracticeSession,
  members: SessionMember[],
  viewerId: string,
  now = Date.now(),
): { outcome: SessionOutcome; label: string } {
  if (session.status === "ended") {
    return { outcome: "ended", label: session.endReason ? END_REASON_LABELS[session.endReason] : "Ended" };
  }
  const me = members.find((m) => m.userId === viewerId);
  if (me?.leftAt) return { outcome: "you-left", label: "You left" };
  const someoneHere = members.some((m) => !m.leftAt && now - m.lastSeenAt.getTime() < PRESENCE_WINDOW_MS);
  if (!someoneHere) return { outcome: "abandoned", label: "Abandoned: nobody is in it" };
  return { outcome: "in-progress", label: "In progress" };
}

/** The outcome for each listed session; members are read only for sessions still open. */
export async function outcomesFor(sessions: PracticeSession[], viewerId: string, now = Date.now()) {
  const store = getStore();
  const out = new Map<string, ReturnType<typeof sessionOutcome>>();
  for (const session of sessions) {
    const members = session.status === "ended" ? [] : await store.sessions.members(session.id);
    out.set(session.id, sessionOutcome(session, members, viewerId, now));
  }
  return out;
}

export interface ParticipantResult {
  username: string;
  isYou: boolean;
  attempts: number;
  /** The best verdict: Accepted if any attempt passed, else the one that passed most tests. */
  best: { verdict: string; passed: number; total: number } | null;
}

function bestOf(submissions: Submission[]): ParticipantResult["best"] {
  let best: Submission | null = null;
  for (const s of submissions) {
    if (!best || (s.verdict === "Accepted" && best.verdict !== "Accepted") || s.passed > best.passed) best = s;
    if (best.verdict === "Accepted") break;
  }
  return best ? { verdict: best.verdict, passed: best.passed, total: best.total } : null;
}

/** One past (or open) session for a member of it, or null for anyone else. */
export async function loadSessionRecord(user: User, sessionId: string, now = Date.now()) {
  const store = getStore();
  const session = await store.sessions.findById(sessionId);
  if (!session) return null;
  const members = await store.sessions.members(sessionId);
  if (!members.some((m) => m.userId === user.id)) return null;
  const [messages, submissions, drafts, visited] = await Promise.all([
    store.chat.listAfter(sessionId, 0, TRANSCRIPT_LIMIT),
    store.submissions.listForSession(sessionId, SUBMISSIONS_LIMIT),
    store.drafts.getForSession(sessionId, user.id, session.problemSlug),
    store.roomProblems.problemsOf(sessionId),
  ]);
  // Every problem the session was on (it can change mid-session), and any submitted to.
  const problemSlugs = [...new Set([...visited, session.problemSlug, ...submissions.map((s) => s.problemSlug)])];
  const results: ParticipantResult[] = members.map((m) => {
    const theirs = submissions.filter((s) => s.userId === m.userId);
    return { username: m.username, isYou: m.userId === user.id, attempts: theirs.length, best: bestOf(theirs) };
  });
  const start = session.startedAt ?? session.createdAt;
  return {
    id: session.id,
    problemSlug: session.problemSlug,
    problemTitle: getProblem(session.problemSlug)?.title ?? session.problemSlug,
    createdAt: session.createdAt.toISOString(),
    durationMs: session.endedAt ? session.endedAt.getTime() - start.getTime() : null,
    status: session.status,
    ...sessionOutcome(session, members, user.id, now),
    partners: members.filter((m) => m.userId !== user.id).map((m) => m.username),
    problems: problemSlugs.map((slug) => ({
      slug,
      title: getProblem(slug)?.title ?? slug,
      attempts: submissions.filter((s) => s.problemSlug === slug).length,
      solvedBy: members
        .filter((m) =>
          submissions.some((s) => s.problemSlug === slug && s.userId === m.userId && s.verdict === "Accepted"),
        )
        .map((m) => m.username),
    })),
    results,
    transcript: messages.map(toMessageDto),
    // Only the viewer's own code: the partner's stays theirs.
    myDrafts: drafts,
    mySubmissions: submissions
      .filter((s) => s.userId === user.id)
      .map((s) => ({
        id: s.id,
        language: s.language,
        code: s.code,
        verdict: s.verdict,
        passed: s.passed,
        total: s.total,
        createdAt: s.createdAt.toISOString(),
      })),
  };
}

import { getServices, getStore } from "~/composition.server";
import { getLogger } from "~/platform/logger.server";
import type { SessionEndReason, StaleSession } from "~/storage/store.server";

export interface StaleLimits {
  /** Nobody present since then: the session is idle. */
  idleBefore: Date;
  /** Still waiting for a partner since before then: nobody joined in time. */
  waitingBefore: Date;
}

/** The stale-session rule: whether a session ends, and the reason it is recorded with. */
export function staleReason(
  session: StaleSession,
  limits: StaleLimits,
): Extract<SessionEndReason, "idle" | "expired"> | null {
  if (session.status === "ended") return null;
  if (session.status === "waiting" && session.createdAt < limits.waitingBefore) return "expired";
  if (session.lastPresenceAt < limits.idleBefore) return "idle";
  return null;
}

export function staleLimitsAt(now: Date, env = getServices().env): StaleLimits {
  return {
    idleBefore: new Date(now.getTime() - env.SESSION_IDLE_MINUTES * 60_000),
    waitingBefore: new Date(now.getTime() - env.SESSION_WAITING_MAX_HOURS * 3_600_000),
  };
}

/** Ends idle sessions and sessions that waited too long. A job: in-process on a timer, or Inngest's cron. */
export async function expireStaleSessions(now = new Date()): Promise<string[]> {
  const limits = staleLimitsAt(now);
  const ended: string[] = [];
  for (const candidate of await getStore().sessions.listStale(limits.idleBefore, limits.waitingBefore)) {
    const reason = staleReason(candidate, limits);
    if (!reason || !(await getStore().sessions.end(candidate.id, reason, now))) continue;
    ended.push(candidate.id);
    await getServices().events.emit({ type: "session.ended", sessionId: candidate.id, reason, by: null });
  }
  if (ended.length) getLogger().info({ count: ended.length }, "ended stale sessions");
  return ended;
}

/** Starts the periodic job; returns a function that stops it. */
export function startSessionExpiry(intervalMs = 60_000): () => void {
  const timer = setInterval(() => {
    expireStaleSessions().catch((error: unknown) => getLogger().error({ err: error }, "session expiry failed"));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

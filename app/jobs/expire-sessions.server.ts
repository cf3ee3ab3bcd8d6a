import { getEnv } from "~/config/env.server";
import { getLogger } from "~/observability/logger.server";
import { realtimeBus } from "~/realtime/realtime-bus.server";
import { emitSessionLifecycle } from "~/sessions/session-lifecycle.server";
import { getStore } from "~/storage/index.server";

/** Ends idle sessions and sessions that waited too long. Runs in-process on a timer by default. */
export async function expireStaleSessions(now = new Date()): Promise<string[]> {
  const env = getEnv();
  const idleBefore = new Date(now.getTime() - env.SESSION_IDLE_MINUTES * 60_000);
  const waitingBefore = new Date(now.getTime() - env.SESSION_WAITING_MAX_HOURS * 3_600_000);
  const ended = await getStore().sessions.endStale(now, idleBefore, waitingBefore);
  if (ended.length) getLogger().info({ count: ended.length }, "ended stale sessions");
  for (const id of ended) {
    await emitSessionLifecycle({ type: "ended", sessionId: id, reason: "idle" });
    realtimeBus()?.sessionEnded(id, "idle");
  }
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

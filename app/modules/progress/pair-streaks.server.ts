import { getStore } from "~/composition.server";
import type { FinishedSession } from "~/storage/progress-store.server";

import { pairStreakOf, type PairStreakValue } from "./pair-streak-rules";

/**
 * Pair streaks, for the progress page, the room, the session record and any partner list:
 * computed from the sessions the two finished together (session members), never stored.
 */
export interface PairStreak extends PairStreakValue {
  partner: { id: string; username: string };
}

/** Every partner the user finished a session with, longest current run first. */
export async function pairStreaksFor(userId: string, now = new Date()): Promise<PairStreak[]> {
  const { sessions } = await getStore().progress.progressData(userId, 0);
  return pairStreaksFromSessions(sessions, now);
}

/** The pair streak of two people (either order gives the same value). */
export async function pairStreak(a: string, b: string, now = new Date()): Promise<PairStreakValue> {
  return pairStreakOf(await getStore().progress.finishedTogether(a, b), now);
}

export function pairStreaksFromSessions(sessions: readonly FinishedSession[], now: Date): PairStreak[] {
  const byPartner = new Map<string, { partner: PairStreak["partner"]; ends: Date[] }>();
  for (const session of sessions) {
    for (const partner of session.partners) {
      const entry = byPartner.get(partner.id) ?? { partner, ends: [] };
      entry.ends.push(session.endedAt);
      byPartner.set(partner.id, entry);
    }
  }
  return [...byPartner.values()]
    .map(({ partner, ends }) => ({ partner, ...pairStreakOf(ends, now) }))
    .sort(
      (a, b) =>
        b.current - a.current ||
        b.sessionsTogether - a.sessionsTogether ||
        a.partner.username.localeCompare(b.partner.username),
    );
}

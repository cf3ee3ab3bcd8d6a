import { getStore } from "~/composition.server";
import type { PairStreakSetting } from "~/storage/pair-streak-store.server";
import type { FinishedSession } from "~/storage/progress-store.server";

import { pairStreakOf, type PairStreakRule, type PairStreakValue, WEEKLY } from "./pair-streak-rules";

/**
 * Pair streaks, for the progress page, the room, the session record and the partner list:
 * computed from the sessions the two finished together (session members) and the pair's
 * one setting (weeks or days), never stored.
 */
export interface PairStreak extends PairStreakValue {
  partner: { id: string; username: string };
}

/** The rule a pair's setting asks for; weeks while they never chose. */
export const ruleOf = (setting: PairStreakSetting | null | undefined): PairStreakRule =>
  setting ? { unit: setting.unit, timeZone: setting.timeZone } : WEEKLY;

/** Every partner the user finished a session with, longest current run first. */
export async function pairStreaksFor(userId: string, now = new Date()): Promise<PairStreak[]> {
  const store = getStore();
  const [{ sessions }, settings] = await Promise.all([
    store.progress.progressData(userId, 0),
    store.pairStreaks.settingsFor(userId),
  ]);
  return pairStreaksFromSessions(sessions, now, settings);
}

/** The pair streak of two people (either order gives the same value). */
export async function pairStreak(a: string, b: string, now = new Date()): Promise<PairStreakValue> {
  const store = getStore();
  const [ends, setting] = await Promise.all([store.progress.finishedTogether(a, b), store.pairStreaks.setting(a, b)]);
  return pairStreakOf(ends, now, ruleOf(setting));
}

export function pairStreaksFromSessions(
  sessions: readonly FinishedSession[],
  now: Date,
  settings: ReadonlyMap<string, PairStreakSetting> = new Map(),
): PairStreak[] {
  const byPartner = new Map<string, { partner: PairStreak["partner"]; ends: Date[] }>();
  for (const session of sessions) {
    for (const partner of session.partners) {
      const entry = byPartner.get(partner.id) ?? { partner, ends: [] };
      entry.ends.push(session.endedAt);
      byPartner.set(partner.id, entry);
    }
  }
  return [...byPartner.values()]
    .map(({ partner, ends }) => ({ partner, ...pairStreakOf(ends, now, ruleOf(settings.get(partner.id))) }))
    .sort(
      (a, b) =>
        b.current - a.current ||
        b.sessionsTogether - a.sessionsTogether ||
        a.partner.username.localeCompare(b.partner.username),
    );
}

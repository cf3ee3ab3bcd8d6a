import { getStore } from "~/composition.server";

import { pairStreak } from "./pair-streaks.server";
import { reflectionFor } from "./reflection.server";

/** What a session's record shows after it: the viewer's reflection and the pair streak with each partner. */
export async function sessionAftercare(userId: string, sessionId: string, now = new Date()) {
  const members = await getStore().sessions.members(sessionId);
  const partners = members.filter((m) => m.userId !== userId);
  const [reflection, streaks] = await Promise.all([
    reflectionFor(userId, sessionId),
    Promise.all(partners.map(async (p) => ({ partner: p.username, ...(await pairStreak(userId, p.userId, now)) }))),
  ]);
  return {
    reflection,
    pairStreaks: streaks.map((s) => ({ partner: s.partner, current: s.current, longest: s.longest, unit: s.unit })),
  };
}

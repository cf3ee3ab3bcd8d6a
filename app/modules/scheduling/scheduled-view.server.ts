import { getProblem } from "~/modules/problems/problem-bank.server";
import type { ScheduledSession } from "~/storage/scheduling-store.server";

import type { ScheduledView } from "./scheduled-view";

export const getProblemTitle = (slug: string) => getProblem(slug)?.title ?? slug;

export function toScheduledView(s: ScheduledSession): ScheduledView {
  const problem = getProblem(s.problemSlug);
  const missingUsername =
    s.noShowUserId === null ? null : s.noShowUserId === s.hostId ? s.hostUsername : s.guestUsername;
  return {
    id: s.id,
    problemSlug: s.problemSlug,
    problemTitle: problem?.title ?? s.problemSlug,
    difficulty: problem?.difficulty ?? null,
    visibility: s.visibility,
    hasPassword: s.passwordHash !== null,
    hostUsername: s.hostUsername,
    guestUsername: s.guestUsername,
    startsAt: s.startsAt.toISOString(),
    endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000).toISOString(),
    durationMinutes: s.durationMinutes,
    timeZone: s.timeZone,
    status: s.status,
    sequence: s.sequence,
    sessionId: s.sessionId,
    noShow: { checked: s.noShowCheckedAt !== null, missingUsername, seatWasFree: s.guestId === null },
    fromWeeklySlot: s.slotId !== null,
  };
}

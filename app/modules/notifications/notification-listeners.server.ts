import { getStore } from "~/composition.server";
import type { DomainEvents } from "~/platform/events/domain-events.server";

import { notify } from "./notifications.server";

/**
 * The notification centre hears domain events and stores what each person should know.
 */
export function notifyOnDomainEvents(events: DomainEvents) {
  const scheduledLink = (id: string) => `/scheduled/${id}`;

  events.on("session.seatTaken", "notify-partner-joined", async ({ sessionId, hostId, guest }) => {
    await notify({
      userId: hostId,
      type: "partner-joined",
      title: `${guest.username} joined your session`,
      body: "Your partner is in the room.",
      link: `/sessions/${sessionId}`,
      dedupeKey: `joined:${sessionId}:${guest.id}`,
    });
  });

  // A proposal lasts 15 s: the entry tells someone who looked away what they missed or must answer.
  events.on("match.proposed", "notify-match-proposed", async ({ proposalId, users }) => {
    for (const [me, partner] of [users, [users[1], users[0]]] as const) {
      await notify({
        userId: me.id,
        type: "match-proposed",
        title: `Quick match found ${partner.username}`,
        body: "Accept within 15 seconds to start practising together.",
        link: "/match",
        dedupeKey: `match:${proposalId}:${me.id}`,
      });
    }
  });

  events.on("scheduled.reserved", "notify-reserved", async ({ scheduledId, hostId, guest }) => {
    await notify({
      userId: hostId,
      type: "partner-joined",
      title: `${guest.username} reserved the seat in your scheduled session`,
      body: "You will both get a reminder 10 minutes before the start.",
      link: scheduledLink(scheduledId),
      dedupeKey: `reserved:${scheduledId}:${guest.id}`,
    });
  });

  events.on("partner.invited", "notify-invited", async ({ scheduledId, from, toUserId, startsAt }) => {
    const now = new Date(startsAt).getTime() <= Date.now() + 60_000;
    await notify({
      userId: toUserId,
      type: "invitation",
      title: `${from.username} invited you to practise`,
      body: now ? "The room is open now." : "A session is scheduled for you both.",
      link: scheduledLink(scheduledId),
      dedupeKey: `invite:${scheduledId}`,
    });
  });

  events.on("partner.streakUnitChanged", "notify-pair-streak", async ({ by, partnerId, unit, timeZone, changedAt }) => {
    await notify({
      userId: partnerId,
      type: "pair-streak",
      title: `${by.username} now counts your pair streak in ${unit === "day" ? "days" : "weeks"}`,
      body:
        unit === "day"
          ? `Days run midnight to midnight in ${timeZone}, the same for both of you. Change it on your partner list.`
          : "Weeks run Monday to Sunday (UTC), the same for both of you. Change it on your partner list.",
      link: "/partners",
      dedupeKey: `pair-streak:${by.id}:${changedAt}`,
    });
  });

  events.on("scheduled.changed", "notify-schedule-changed", async ({ scheduledId, change, by, memberIds }) => {
    const scheduled = await getStore().scheduled.findById(scheduledId);
    for (const userId of memberIds) {
      if (userId === by.id) continue;
      await notify({
        userId,
        type: "schedule-changed",
        title: change === "cancelled" ? `${by.username} cancelled a session` : `${by.username} moved a session`,
        body:
          change === "cancelled"
            ? "The scheduled session will not take place."
            : "It has a new time: download the calendar file again to update your calendar.",
        link: scheduledLink(scheduledId),
        dedupeKey: `changed:${scheduledId}:${scheduled?.sequence ?? 0}`,
      });
    }
  });

  events.on("scheduled.opened", "notify-opened", async ({ scheduledId, sessionId, hostId, memberIds }) => {
    for (const userId of memberIds) {
      if (userId === hostId) continue;
      await notify({
        userId,
        type: "session-open",
        title: "Your scheduled session is open",
        body: "Your partner's room is ready: join now.",
        link: scheduledLink(scheduledId),
        dedupeKey: `opened:${scheduledId}:${sessionId}`,
      });
    }
  });

  events.on("scheduled.openBlocked", "notify-open-blocked", async ({ scheduledId, userId, openSessionId }) => {
    await notify({
      userId,
      type: "session-open",
      title: "Your scheduled session could not open",
      body: "You are still in another open session (one at a time). Leave it, then open the scheduled one.",
      link: scheduledLink(scheduledId),
      dedupeKey: `blocked:${scheduledId}:${openSessionId}`,
    });
  });

  events.on("scheduled.noShow", "notify-no-show", async ({ scheduledId, waitingUserId }) => {
    if (!waitingUserId) return;
    await notify({
      userId: waitingUserId,
      type: "no-show",
      title: "Your partner did not show up",
      body: "Find someone with quick match, or practise the problem solo.",
      link: scheduledLink(scheduledId),
      dedupeKey: `no-show:${scheduledId}`,
    });
  });
}

/**
 * The conditions of every seat change, as MongoDB filters and updates. Each change is ONE
 * conditional update (never read-then-write), the same rules as the SQL in
 * app/storage/sqlite/sessions.server.ts. Pure functions, so the rules are unit-tested
 * without a server.
 */
const notEnded = { $ne: "ended" } as const;

/** The free guest seat, for anyone but the host, while the session has not ended. */
export function claimSeatQuery(id: string, userId: string, now: Date) {
  return {
    filter: { _id: id, guestId: null, hostId: { $ne: userId }, status: notEnded },
    // A pipeline update: startedAt keeps the first start (SQL's COALESCE).
    update: [
      { $set: { guestId: userId, status: "active", startedAt: { $ifNull: ["$startedAt", now] }, lastPresenceAt: now } },
    ],
  };
}

export function releaseSeatQuery(id: string, userId: string) {
  return {
    filter: { _id: id, guestId: userId, status: notEnded },
    update: { $set: { guestId: null, status: "waiting" } },
  };
}

/** The host leaves while a guest is there: the guest becomes the host. */
export function handOverQuery(id: string, hostId: string) {
  return {
    filter: { _id: id, hostId, guestId: { $ne: null }, status: notEnded },
    update: [{ $set: { hostId: "$guestId", guestId: null, status: "waiting" } }],
  };
}

export function endQuery(id: string, reason: string, now: Date, hostId?: string) {
  return {
    filter: { _id: id, status: notEnded, ...(hostId === undefined ? {} : { hostId }) },
    update: { $set: { status: "ended", endedAt: now, endReason: reason } },
  };
}

/** Sessions the expiry job ends: nobody present since `idleBefore`, or waiting too long. */
export function staleQuery(idleBefore: Date, waitingBefore: Date) {
  return {
    status: notEnded,
    $or: [{ lastPresenceAt: { $lt: idleBefore } }, { status: "waiting" as const, createdAt: { $lt: waitingBefore } }],
  };
}

export function lobbyQuery() {
  return { status: "waiting" as const, visibility: "public" as const, guestId: null };
}

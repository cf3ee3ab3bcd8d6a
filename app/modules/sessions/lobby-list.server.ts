import { getStore } from "~/composition.server";
import type { DomainEvents } from "~/platform/events/domain-events.server";
import type { LobbySession } from "~/storage/store.server";

/** At most this many open sessions are listed. */
export const LOBBY_LIMIT = 100;
/** How stale the list may be when another instance changed it (this one forgets at once). */
export const LOBBY_CACHE_MS = 1_000;

let cached: { rows: Promise<LobbySession[]>; at: number } | undefined;

/**
 * Every session change made through this instance's domain rules empties the cache
 * straight away, so a created or filled session shows (or goes) on the next view.
 */
export function forgetLobbyOnChange(events: DomainEvents): void {
  events.on(
    ["session.created", "session.seatTaken", "session.seatReleased", "session.hostHandedOver", "session.ended"],
    "lobby-cache",
    () => {
      cached = undefined;
    },
  );
}

/**
 * The open public sessions, read from storage at most once a second. The list is the
 * same for every viewer and each open lobby refreshes every few seconds: a busy lobby
 * would otherwise run the same query for each viewer on each refresh.
 */
export function openLobbySessions(now = Date.now()): Promise<LobbySession[]> {
  if (!cached || now - cached.at >= LOBBY_CACHE_MS || now < cached.at) {
    const rows = getStore().sessions.listOpenPublic(LOBBY_LIMIT);
    const entry = { rows, at: now };
    cached = entry;
    // A failed read is not kept: the next view tries storage again.
    rows.catch(() => {
      if (cached === entry) cached = undefined;
    });
  }
  return cached.rows;
}

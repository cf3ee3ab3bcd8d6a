/**
 * Who is in which session's room right now, as the realtime server sees it (on every
 * instance). The realtime server registers the query at start-up; without it (tests of
 * loaders and actions) presence is unknown and callers say nothing about it.
 */
export type RoomPresenceQuery = (sessionIds: readonly string[]) => Promise<Map<string, Set<string>>>;

let query: RoomPresenceQuery | null = null;

export function setRoomPresence(next: RoomPresenceQuery | null) {
  query = next;
}

export function roomPresence(): RoomPresenceQuery | null {
  return query;
}

import { getStore } from "~/composition.server";
import type { User } from "~/storage/store.server";

import { toScheduledView } from "./scheduled-view.server";

/** Sessions that started a moment ago still show, so a late partner finds the room. */
const LATE_JOIN_MS = 15 * 60_000;

/** Public scheduled sessions someone else hosts, soonest first: the seats `user` may reserve. */
export async function listReservable(user: User, now = new Date(), limit = 20) {
  const upcoming = await getStore().scheduled.listUpcomingPublic(new Date(now.getTime() - LATE_JOIN_MS), limit);
  return upcoming.filter((s) => s.hostId !== user.id).map(toScheduledView);
}

/** The sessions `user` hosts or holds a seat in, from a moment ago on. */
export async function listMine(user: User, now = new Date(), limit = 50) {
  const mine = await getStore().scheduled.listForUser(user.id, new Date(now.getTime() - LATE_JOIN_MS), limit);
  return mine.map(toScheduledView);
}

/** Recent sessions the partner did not come to, for the "find someone else" offer. */
export async function listNoShows(user: User, limit = 20) {
  return (await getStore().scheduled.listNoShowsForUser(user.id, limit)).map(toScheduledView);
}

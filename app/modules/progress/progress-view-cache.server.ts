/**
 * The last progress view built for each user, reused while nothing it was built from has
 * changed. Validity is checked on every request against the store (`progressStamp`: one
 * cheap indexed read), so a write on any instance is seen at once, with no event to miss.
 *
 * Time enters the view only through calendar days and weeks in some zone (the user's,
 * UTC, a pair's), and every zone's midnight falls on a quarter hour of UTC, so a view
 * is also keyed by the current quarter hour: the day boundary is never crossed by a reuse.
 */
const QUARTER_HOUR_MS = 15 * 60_000;

export class ProgressViewCache<V> {
  private readonly entries = new Map<string, { key: string; view: V }>();

  constructor(private readonly maxUsers = 500) {}

  async get(userId: string, now: Date, stamp: () => Promise<string>, build: () => Promise<V>): Promise<V> {
    // The stamp is read before the data: a write in between makes the next stamp differ.
    const key = `${await stamp()}@${Math.floor(now.getTime() / QUARTER_HOUR_MS)}`;
    const hit = this.entries.get(userId);
    if (hit?.key === key) {
      // Most recently used last, so the oldest entry is the first one dropped.
      this.entries.delete(userId);
      this.entries.set(userId, hit);
      return hit.view;
    }
    const view = await build();
    this.entries.delete(userId);
    this.entries.set(userId, { key, view });
    if (this.entries.size > this.maxUsers) this.entries.delete(this.entries.keys().next().value!);
    return view;
  }
}

import { describe, expect, it } from "vitest";

import { getServices, getStore } from "~/composition.server";

import { person } from "../../../tests/support/people";

/** Domain events become stored notifications for the right people, once each. */
describe("notification listeners", () => {
  it("a quick-match proposal notifies both people, naming the other, once", async () => {
    const [a, b] = await Promise.all([person("na"), person("nb")]);
    const event = {
      type: "match.proposed" as const,
      proposalId: `p-${Date.now()}`,
      users: [
        { id: a.user.id, username: a.user.username },
        { id: b.user.id, username: b.user.username },
      ] as [{ id: string; username: string }, { id: string; username: string }],
      expiresAt: Date.now() + 15_000,
    };
    await getServices().events.emit(event);
    await getServices().events.emit(event);
    const forA = await getStore().notifications.listForUser(a.user.id, 10);
    const forB = await getStore().notifications.listForUser(b.user.id, 10);
    expect(forA.map((n) => [n.type, n.title, n.link])).toEqual([
      ["match-proposed", `Quick match found ${b.user.username}`, "/match"],
    ]);
    expect(forB.map((n) => [n.type, n.title])).toEqual([["match-proposed", `Quick match found ${a.user.username}`]]);
  });
});

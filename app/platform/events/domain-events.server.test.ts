import { describe, expect, it } from "vitest";

import { type DomainEvent, DomainEvents } from "~/platform/events/domain-events.server";

const created: DomainEvent = {
  type: "session.created",
  sessionId: "s1",
  host: { id: "u1", username: "ann" },
  problemSlug: "two-sum",
  visibility: "public",
};
const ended: DomainEvent = { type: "session.ended", sessionId: "s1", reason: "idle", by: null };

describe("domain events", () => {
  it("tells listeners of the event's type, one after another in registration order", async () => {
    const events = new DomainEvents();
    const heard: string[] = [];
    events.on("session.created", "first", async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      heard.push("first");
    });
    events.on(["session.created", "session.ended"], "second", (e) => void heard.push(`second:${e.type}`));
    events.on("*", "all", (e) => void heard.push(`all:${e.type}`));
    await events.emit(created);
    await events.emit(ended);
    expect(heard).toEqual([
      "first",
      "second:session.created",
      "all:session.created",
      "second:session.ended",
      "all:session.ended",
    ]);
  });

  it("a failing listener does not stop the others or fail the emitter", async () => {
    const events = new DomainEvents();
    const heard: string[] = [];
    events.on("session.ended", "broken", () => {
      throw new Error("mirror down");
    });
    events.on("session.ended", "after", () => void heard.push("after"));
    await expect(events.emit(ended)).resolves.toBeUndefined();
    expect(heard).toEqual(["after"]);
  });

  it("stops telling a listener once it unsubscribes", async () => {
    const events = new DomainEvents();
    let count = 0;
    const stop = events.on("session.created", "counter", () => void count++);
    await events.emit(created);
    stop();
    await events.emit(created);
    expect(count).toBe(1);
    expect(events.size).toBe(0);
  });
});

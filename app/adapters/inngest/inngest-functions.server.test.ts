import { InngestTestEngine } from "@inngest/test";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { createInngestClient } from "~/adapters/inngest/inngest-client.server";
import { createInngestEndpoint } from "~/adapters/inngest/inngest-endpoint.server";
import { createJobFunctions } from "~/adapters/inngest/inngest-functions.server";
import { getServices, getStore, jobHandlersOf } from "~/composition.server";

const client = createInngestClient({
  INNGEST_EVENT_KEY: "test-event-key",
  INNGEST_SIGNING_KEY: `signkey-test-${"ab".repeat(32)}`,
  INNGEST_DEV: false,
});
const functions = createJobFunctions(client, jobHandlersOf(getServices()));

async function sessionWaitingSince(hoursAgo: number) {
  const store = getStore();
  const host = await store.users.create({
    username: `inngest_${crypto.randomUUID().slice(0, 8)}`,
    email: `${crypto.randomUUID()}@example.test`,
    passwordHash: "x",
  });
  const session = await store.sessions.create({
    id: crypto.randomUUID(),
    hostId: host.id,
    problemSlug: "two-sum",
    visibility: "public",
    passwordHash: null,
  });
  // Pretend the host was last seen long ago.
  await store.sessions.touchPresence(session.id, host.id, new Date(Date.now() - hoursAgo * 3_600_000));
  return session.id;
}

describe("Inngest functions", () => {
  it("the idle-session cron ends stale sessions through the same job function as in-process", async () => {
    const stale = await sessionWaitingSince(5);
    const fresh = await sessionWaitingSince(0);
    const engine = new InngestTestEngine({ function: functions.expireIdleSessions });
    const { result, error } = await engine.execute();
    expect(error).toBeUndefined();
    const { ended } = result as { ended: string[] };
    expect(ended).toContain(stale);
    expect(ended).not.toContain(fresh);
    expect((await getStore().sessions.findById(stale))?.status).toBe("ended");
    expect((await getStore().sessions.findById(fresh))?.status).not.toBe("ended");
  });

  it("mirrors Clerk users from webhook events", async () => {
    const engine = new InngestTestEngine({ function: functions.syncClerkUser });
    const event = {
      type: "user.created",
      data: {
        id: "user_inngest",
        username: "via_inngest",
        primary_email_address_id: "e1",
        email_addresses: [{ id: "e1", email_address: "via@example.test" }],
      },
    };
    const { result, error } = await engine.execute({ events: [{ name: "clerk/user.created", data: event }] });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ action: "mirrored" });
    expect(await getStore().users.findByExternalId("clerk", "user_inngest")).toMatchObject({
      username: "via_inngest",
      email: "via@example.test",
    });
  });
});

describe("Stream user upserts through Inngest", () => {
  it("do nothing without Stream configured, and refuse malformed events", async () => {
    const engine = new InngestTestEngine({ function: functions.upsertStreamUser });
    const { result } = await engine.execute({
      events: [{ name: "peerprep/user.mirrored", data: { id: "u1", username: "ada" } }],
    });
    expect(result).toEqual({ upserted: false });
    const bad = await new InngestTestEngine({ function: functions.upsertStreamUser }).execute({
      events: [{ name: "peerprep/user.mirrored", data: { id: 5 } }],
    });
    expect(bad.error).toBeDefined();
  });
});

describe("/api/inngest endpoint", () => {
  // Inngest Cloud is out of reach here: its API is intercepted at the network boundary.
  const registrations: unknown[] = [];
  const inngestCloud = setupServer(
    http.post("https://api.inngest.com/fn/register", async ({ request }) => {
      registrations.push(await request.json());
      return HttpResponse.json({ ok: true, modified: true });
    }),
  );
  beforeAll(() => inngestCloud.listen({ onUnhandledRequest: "error" }));
  afterEach(() => inngestCloud.resetHandlers());
  afterAll(() => inngestCloud.close());

  const endpoint = createInngestEndpoint(client, jobHandlersOf(getServices()));
  const call = (method: string, body?: string) =>
    endpoint({
      request: new Request("http://localhost:3000/api/inngest", {
        method,
        body,
        headers: { host: "localhost:3000", "content-type": "application/json" },
      }),
    });

  it("refuses unsigned calls", async () => {
    expect((await call("POST", "{}")).status).toBe(401);
    expect((await call("GET")).status).toBe(401);
  });

  it("registers the functions with Inngest, signed with the signing key", async () => {
    const response = await call("PUT", "");
    expect(response.status).toBe(200);
    expect(registrations).toHaveLength(1);
    const sent = JSON.stringify(registrations[0]);
    expect(sent).toContain("peerprep-expire-idle-sessions");
    expect(sent).toContain('"cron":"* * * * *"');
    expect(sent).toContain("peerprep-sync-clerk-user");
    expect(sent).toContain('"event":"clerk/user.deleted"');
    expect(sent).toContain('"event":"peerprep/user.mirrored"');
    expect(sent).toContain("http://localhost:3000/api/inngest");
    expect(sent).not.toContain("ab".repeat(32));
  });
});

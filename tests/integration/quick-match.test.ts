import { execFileSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";

import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import type { MatchStatusDto } from "~/modules/matching/match-contract";
import type { AckResult, ClientToServerEvents, ServerToClientEvents } from "~/platform/realtime/realtime-events";
import { attachRealtime } from "~/platform/realtime/realtime-server";

import { type Child, freePort, startChild, tsNode } from "../support/child-server";
import { person } from "../support/people";

/**
 * 200 people press "Find me a partner" at the same moment with compatible choices: every
 * one of them is proposed exactly once, every pair is disjoint, and after both accept each
 * pair sits in its own session. Once on one instance (in-process queue), once on two
 * instances sharing a real redis-server (the Redis queue).
 */
const CROWD = 200;
const BOUND_MS = 20_000;

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const redisServer = (() => {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"]).toString().trim();
  } catch {
    return "";
  }
})();
if (!redisServer) console.warn("skipped (two instances): redis-server not installed (apt-get install redis-server)");

function call<T>(socket: Client, event: keyof ClientToServerEvents, payload: unknown): Promise<AckResult<T>> {
  return new Promise((resolve) =>
    (socket.emit as (e: string, p: unknown, ack: (r: AckResult<T>) => void) => void)(event, payload, resolve),
  );
}

async function open(url: string, cookie: string): Promise<Client> {
  const socket: Client = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

/** Everyone joins at once; returns each user's proposal id and partner, then the sessions after accepting. */
async function crowdMatches(urls: string[]) {
  const people = await Promise.all(Array.from({ length: CROWD }, (_, i) => person(`qm${i}`)));
  const sockets = await Promise.all(people.map((p, i) => open(urls[i % urls.length]!, p.cookie)));
  const proposals = new Map<string, Set<string>>(); // userId → proposal ids seen
  const partners = new Map<string, string>(); // userId → partner username
  const matched = new Map<string, string>(); // userId → session id
  const errors: string[] = [];
  const record = (i: number, status: MatchStatusDto) => {
    const userId = people[i]!.user.id;
    if (status.state === "proposed") {
      const seen = proposals.get(userId) ?? proposals.set(userId, new Set()).get(userId)!;
      partners.set(userId, status.partner.username);
      // Accept at once, as someone watching the page would.
      if (!seen.has(status.proposalId) && !status.acceptedByMe)
        void call<MatchStatusDto>(sockets[i]!, "match:accept", { proposalId: status.proposalId }).then((r) =>
          r.ok ? record(i, r.data) : errors.push(r.error),
        );
      seen.add(status.proposalId);
    }
    if (status.state === "matched") matched.set(userId, status.sessionId);
  };
  sockets.forEach((s, i) => s.on("match:state", (status) => record(i, status)));

  const started = Date.now();
  const joined = await Promise.all(
    sockets.map((s) => call<MatchStatusDto>(s, "match:join", { difficulty: "easy", topics: [], language: "python" })),
  );
  joined.forEach((r, i) => {
    if (!r.ok) throw new Error(r.error);
    record(i, r.data);
  });
  await expect.poll(() => proposals.size, { timeout: BOUND_MS, interval: 50 }).toBe(CROWD);
  const proposedWithinMs = Date.now() - started;
  await expect.poll(() => matched.size, { timeout: BOUND_MS, interval: 50 }).toBe(CROWD);
  expect(errors).toEqual([]);
  for (const s of sockets) s.disconnect();
  return { people, proposals, partners, matched, proposedWithinMs };
}

async function expectDisjointPairs(result: Awaited<ReturnType<typeof crowdMatches>>) {
  const { people, proposals, partners, matched } = result;
  const byProposal = new Map<string, string[]>();
  for (const p of people) {
    const ids = proposals.get(p.user.id)!;
    expect(ids.size, `${p.user.username} was proposed more than once`).toBe(1);
    const [id] = ids;
    byProposal.set(id!, [...(byProposal.get(id!) ?? []), p.user.id]);
  }
  expect(byProposal.size).toBe(CROWD / 2);
  const nameOf = new Map(people.map((p) => [p.user.id, p.user.username]));
  for (const [a, b] of byProposal.values()) {
    expect(a).not.toBe(b);
    expect(partners.get(a!)).toBe(nameOf.get(b!));
    expect(partners.get(b!)).toBe(nameOf.get(a!));
    // Both sit in the same session, one as host and one as guest.
    expect(matched.get(a!)).toBe(matched.get(b!));
    const session = await getStore().sessions.findById(matched.get(a!)!);
    expect(new Set([session!.hostId, session!.guestId])).toEqual(new Set([a, b]));
  }
  expect(new Set(matched.values()).size).toBe(CROWD / 2);
}

describe("quick match with 200 people at once", () => {
  describe("one instance", () => {
    let server: http.Server;
    let realtime: ReturnType<typeof attachRealtime>;
    let url: string;

    beforeAll(async () => {
      server = http.createServer();
      realtime = attachRealtime(server, pino({ level: "silent" }));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await realtime.close();
    });

    it("proposes everyone exactly once, in disjoint pairs, and seats each pair together", async () => {
      const result = await crowdMatches([url]);
      await expectDisjointPairs(result);
      console.info(`one instance: ${CROWD} proposed within ${result.proposedWithinMs} ms`);
    }, 60_000);
  });

  describe.skipIf(!redisServer)("two instances sharing a real redis-server", () => {
    let redis: Child;
    const instances: Child[] = [];
    const urls: string[] = [];

    beforeAll(async () => {
      const redisPort = await freePort();
      redis = await startChild(
        redisServer,
        ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        "Ready to accept connections",
      );
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        const [command, args] = tsNode("tests/support/realtime-child.ts", String(port));
        instances.push(
          await startChild(command, args, `ready ${port}`, {
            REDIS_URL: `redis://127.0.0.1:${redisPort}`,
            CHILD_LOG_LEVEL: "error",
          }),
        );
        urls.push(`http://127.0.0.1:${port}`);
      }
    }, 90_000);

    afterAll(() => {
      for (const child of instances) child.process.kill("SIGKILL");
      redis?.process.kill("SIGKILL");
    });

    it("half on each instance: still everyone once, disjoint pairs, each pair seated together", async () => {
      const result = await crowdMatches(urls).catch((error: unknown) => {
        // What the instances logged explains a refusal better than the refusal does.
        for (const child of instances) console.error(child.stdout().slice(-4_000));
        throw error;
      });
      await expectDisjointPairs(result);
      // Pairs really crossed instances (people alternate between the two).
      console.info(`two instances: ${CROWD} proposed within ${result.proposedWithinMs} ms`);
    }, 90_000);
  });
});

import fs from "node:fs";
import path from "node:path";

import { io as connect, type Socket } from "socket.io-client";

import type { MatchStatusDto } from "../app/modules/matching/match-contract";
import type { AckResult } from "../app/platform/realtime/realtime-events";
import { newAppData, startApp } from "./lib/app-server";
import { sleep } from "./lib/fleet";
import { type BenchResult, fmt, QUICK } from "./lib/report";
import { openStore, type Person, seedPeople } from "./lib/seed";
import { ratio, summarize } from "./lib/stats";

/**
 * Quick-match latency on one instance: 1,000 signed-in people, each with the match page's
 * socket open. A quarter (at most one per problem) wait in the queue the whole time
 * (TypeScript, each on a different problem: nobody else fits, so every scan passes over them); the rest join at a steady rate, spread over six
 * compatible groups (difficulty × language). Latency = the second compatible person's
 * `match:join` emit → both of them holding `match:state` "proposed" (one clock: every
 * client is in this process). Baseline, in the same run and over the same sockets: a
 * `match:status` round trip (validation, rate limit, one queue read), at the same rate.
 */
const PEOPLE = QUICK ? 200 : 1000;
// Each waiting person asks for a different problem, so they never meet one another.
const SLUGS = fs
  .readdirSync("content/problems")
  .filter((slug) => fs.existsSync(path.join("content/problems", slug, "problem.json")));
const WAITING = Math.min(PEOPLE / 4, SLUGS.length);
const JOINS_PER_SECOND = QUICK ? 100 : 200;
const GOAL_P99_MS = 200;
const CONNECT_CONCURRENCY = 50;

type Client = Socket;

function ack<T>(socket: Client, event: string, payload: unknown): Promise<T> {
  return new Promise((resolve) => socket.emit(event, payload, resolve));
}

async function open(url: string, cookie: string): Promise<Client> {
  const socket = connect(url, {
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

async function openAll(url: string, people: Person[]): Promise<Client[]> {
  const sockets: Client[] = new Array(people.length);
  for (let i = 0; i < people.length; i += CONNECT_CONCURRENCY)
    await Promise.all(
      people.slice(i, i + CONNECT_CONCURRENCY).map(async (p, j) => (sockets[i + j] = await open(url, p.cookie))),
    );
  return sockets;
}

/** Sends `send(i)` for i in 0…count−1 at `perSecond`, and waits for every answer. */
async function paced(count: number, perSecond: number, send: (i: number) => Promise<void>) {
  const started = performance.now();
  const pending: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(send(i));
  }
  await Promise.all(pending);
}

export async function run(): Promise<BenchResult> {
  const data = newAppData("match");
  const store = openStore(data);
  const people = await seedPeople(store, data, PEOPLE, "mq");
  await store.close();
  const app = await startApp(data);
  try {
    const sockets = await openAll(app.url, people);

    // Baseline: a status round trip per socket, paced like the joins.
    const roundTrips: number[] = [];
    await paced(PEOPLE - WAITING, JOINS_PER_SECOND, async (i) => {
      const t0 = performance.now();
      const result = await ack<AckResult<MatchStatusDto>>(sockets[WAITING + i]!, "match:status", {});
      if (!result.ok) throw new Error(`match:status refused: ${result.error}`);
      roundTrips.push(performance.now() - t0);
    });

    // The people who wait throughout.
    await Promise.all(
      sockets.slice(0, WAITING).map(async (s, i) => {
        const result = await ack<AckResult<MatchStatusDto>>(s, "match:join", {
          difficulty: "medium",
          topics: [],
          language: "typescript",
          problem: SLUGS[i],
        });
        if (!result.ok || result.data.state !== "queued") throw new Error("a waiting person was not queued");
      }),
    );

    const joinedAt = new Map<number, number>();
    const proposedAt = new Map<number, { at: number; proposalId: string }>();
    const groupOf = new Map<string, number[]>();
    sockets.forEach((s, i) =>
      s.on("match:state", (status: MatchStatusDto) => {
        if (status.state === "proposed" && !proposedAt.has(i))
          proposedAt.set(i, { at: performance.now(), proposalId: status.proposalId });
      }),
    );
    const groups = [
      ["easy", "javascript"],
      ["easy", "python"],
      ["medium", "javascript"],
      ["medium", "python"],
      ["hard", "javascript"],
      ["hard", "python"],
    ] as const;
    const joiners = PEOPLE - WAITING;
    await paced(joiners, JOINS_PER_SECOND, async (n) => {
      const i = WAITING + n;
      const [difficulty, language] = groups[n % groups.length]!;
      joinedAt.set(i, performance.now());
      const result = await ack<AckResult<MatchStatusDto>>(sockets[i]!, "match:join", {
        difficulty,
        topics: [],
        language,
      });
      if (!result.ok) throw new Error(`match:join refused: ${result.error}`);
      if (result.data.state === "proposed" && !proposedAt.has(i))
        proposedAt.set(i, { at: performance.now(), proposalId: result.data.proposalId });
    });
    await sleep(1_000);

    for (const [i, { proposalId }] of proposedAt) groupOf.set(proposalId, [...(groupOf.get(proposalId) ?? []), i]);
    const latencies: number[] = [];
    let crossed = 0;
    for (const pair of groupOf.values()) {
      if (pair.length !== 2) continue;
      const [a, b] = pair as [number, number];
      if (a < WAITING || b < WAITING) crossed++;
      const second = Math.max(joinedAt.get(a) ?? 0, joinedAt.get(b) ?? 0);
      latencies.push(Math.max(proposedAt.get(a)!.at, proposedAt.get(b)!.at) - second);
    }
    for (const s of sockets) s.close();

    const match = summarize(latencies);
    const baseline = summarize(roundTrips);
    const pass =
      match.p99 <= GOAL_P99_MS && crossed === 0 && latencies.length >= Math.floor(joiners / 2) - groups.length;
    const row = (what: string, s: typeof match) => ({
      measure: what,
      samples: s.count,
      "p50 ms": fmt(s.p50, 1),
      "p99 ms": fmt(s.p99, 1),
      "max ms": fmt(s.max, 1),
    });
    return {
      name: "match",
      title: `Quick match: ${PEOPLE} people with the match page open, ${WAITING} waiting throughout, ${joiners} joining at ${JOINS_PER_SECOND}/s (one instance)`,
      ratioLabel: "match p99 ÷ match:status round-trip p99",
      ratio: ratio(match.p99, baseline.p99),
      goal: `p99 ≤ ${GOAL_P99_MS} ms`,
      pass,
      table: [row("second compatible join → both proposed", match), row("baseline: match:status round trip", baseline)],
      details: { match, baseline, pairs: latencies.length, pairedWithAWaitingPerson: crossed },
    };
  } finally {
    await app.stop();
  }
}

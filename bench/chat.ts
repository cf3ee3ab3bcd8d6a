import { newAppData, startApp } from "./lib/app-server";
import { connectAppFleet, connectRelayFleet, type Fleet, seedRooms, sleep, startRelay } from "./lib/fleet";
import { type BenchResult, fmt, QUICK } from "./lib/report";
import { type LatencySummary, ratio, summarize } from "./lib/stats";

/**
 * Chat delivery: one person sends, the other receives, while every room stays connected.
 * The app path validates (zod), rate-limits, stores (SQLite, seq per session) and then
 * broadcasts; the relay only re-emits. Latency = emit by the sender → `chat:message` at
 * the partner, both clients in this process (one clock).
 */
const ROOMS = QUICK ? 50 : 1000;
const RATE = QUICK ? 50 : 200; // messages per second across all rooms
const WARMUP_MS = QUICK ? 1_000 : 3_000;
// Relay and app take turns (ROUNDS slices each) so drifting background load hits them alike.
// 6,000 messages a side: the p99 then rests on the 60 slowest, not on a handful of outliers.
const ROUNDS = QUICK ? 1 : 5;
const SLICE_MS = QUICK ? 3_000 : 6_000;
const MEASURE_MS = ROUNDS * SLICE_MS;
const GOAL = 1.5;

interface Slice {
  latencies: number[];
  sent: number;
  lost: number;
  refused: number;
}

interface Delivery {
  latency: LatencySummary;
  sent: number;
  lost: number;
  refused: number;
}

let counter = 0;

/** Sends at RATE for `ms`, round-robin over rooms, alternating who sends. */
async function traffic(fleet: Fleet, shape: "app" | "relay", ms: number): Promise<Slice> {
  const pending = new Map<string, { t0: number; receiver: unknown }>();
  const latencies: number[] = [];
  let refused = 0;
  const listeners = fleet.rooms.flatMap((room) =>
    room.sockets.map((socket) => {
      const listener = (message: { clientId: string }) => {
        const waiting = pending.get(message.clientId);
        if (!waiting || waiting.receiver !== socket) return;
        latencies.push(performance.now() - waiting.t0);
        pending.delete(message.clientId);
      };
      socket.on("chat:message", listener);
      return () => socket.off("chat:message", listener);
    }),
  );

  let sent = 0;
  const started = performance.now();
  const tickMs = 10;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - started;
      const due = Math.min(Math.floor((elapsed / 1000) * RATE), Math.floor((ms / 1000) * RATE));
      while (sent < due) {
        const room = fleet.rooms[sent % fleet.rooms.length]!;
        const from = Math.floor(sent / fleet.rooms.length) % 2;
        const clientId = `bench${(++counter).toString(36).padStart(8, "0")}`;
        const body = `message ${counter} from the benchmark`;
        const payload = shape === "app" ? { sessionId: room.id, clientId, body } : { room: room.id, clientId, body };
        pending.set(clientId, { t0: performance.now(), receiver: room.sockets[1 - from] });
        room.sockets[from]!.emit("chat:send", payload, (result: unknown) => {
          if (result !== true && !(result as { ok?: boolean }).ok) refused++;
        });
        sent++;
      }
      if (elapsed >= ms) {
        clearInterval(timer);
        resolve();
      }
    }, tickMs);
  });
  const deadline = performance.now() + 10_000;
  while (pending.size > 0 && performance.now() < deadline) await sleep(50);
  for (const off of listeners) off();
  return { latencies, sent, lost: pending.size, refused };
}

function merge(slices: Slice[]): Delivery {
  return {
    latency: summarize(slices.flatMap((x) => x.latencies)),
    sent: slices.reduce((n, x) => n + x.sent, 0),
    lost: slices.reduce((n, x) => n + x.lost, 0),
    refused: slices.reduce((n, x) => n + x.refused, 0),
  };
}

export async function run(): Promise<BenchResult> {
  const data = newAppData("chat");
  const seeded = await seedRooms(data, ROOMS);

  const relay = await startRelay();
  const app = await startApp(data, {}, (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean));
  let baseline: Delivery;
  let measured: Delivery;
  try {
    const relayFleet = await connectRelayFleet(
      relay.url,
      seeded.map((s) => s.id),
    );
    const appFleet = await connectAppFleet(app.url, seeded);
    await traffic(relayFleet, "relay", WARMUP_MS);
    await traffic(appFleet, "app", WARMUP_MS);
    const relaySlices: Slice[] = [];
    const appSlices: Slice[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      relaySlices.push(await traffic(relayFleet, "relay", SLICE_MS));
      appSlices.push(await traffic(appFleet, "app", SLICE_MS));
    }
    baseline = merge(relaySlices);
    measured = merge(appSlices);
    relayFleet.close();
    appFleet.close();
  } finally {
    await relay.stop();
    await app.stop();
  }

  const r = ratio(measured.latency.p99, baseline.latency.p99);
  const row = (path: string, d: Delivery) => ({
    path,
    messages: d.sent,
    "p50 ms": fmt(d.latency.p50, 2),
    "p90 ms": fmt(d.latency.p90, 2),
    "p99 ms": fmt(d.latency.p99, 2),
    "max ms": fmt(d.latency.max, 1),
    lost: d.lost,
    refused: d.refused,
  });
  return {
    name: "chat",
    title: `Chat delivery: ${ROOMS} rooms (${ROOMS * 2} sockets) per server, ${RATE} msg/s, ${ROUNDS} × ${SLICE_MS / 1000} s each, taking turns`,
    ratioLabel: "app p99 ÷ bare Socket.IO relay p99",
    ratio: r,
    goal: `≤ ${GOAL}`,
    pass: r <= GOAL && measured.lost === 0 && measured.refused === 0,
    table: [row("raw Socket.IO relay [baseline]", baseline), row("app: validate, store, broadcast", measured)],
    details: {
      rooms: ROOMS,
      sockets: ROOMS * 2,
      ratePerSecond: RATE,
      rounds: ROUNDS,
      sliceMs: SLICE_MS,
      measureMs: MEASURE_MS,
      warmupMs: WARMUP_MS,
      baseline,
      app: measured,
    },
  };
}

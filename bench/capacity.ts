import { newAppData, startApp } from "./lib/app-server";
import { connectAppFleet, connectRelayFleet, type Fleet, seedRooms, sleep, startRelay } from "./lib/fleet";
import { openSockets, rssBytes } from "./lib/processes";
import { type BenchResult, fmt, mb, QUICK } from "./lib/report";
import { ratio } from "./lib/stats";

/**
 * Capacity: memory each idle participant costs the server. RSS and open sockets of the
 * server process before and after N participants connect and sit in their rooms, on the
 * app (authenticated, seat checked, presence tracked) and on the bare relay.
 */
const ROOMS = QUICK ? 100 : 1000;
const SETTLE_MS = QUICK ? 1_000 : 4_000;

interface Footprint {
  participants: number;
  rssBefore: number;
  rssAfter: number;
  socketsBefore: number;
  socketsAfter: number;
  connectSeconds: number;
}

async function footprint(pid: number, connectAll: () => Promise<Fleet>): Promise<Footprint> {
  await sleep(SETTLE_MS);
  const rssBefore = rssBytes(pid);
  const socketsBefore = openSockets(pid);
  const t0 = performance.now();
  const fleet = await connectAll();
  const connectSeconds = (performance.now() - t0) / 1000;
  await sleep(SETTLE_MS);
  const result = {
    participants: fleet.rooms.length * 2,
    rssBefore,
    rssAfter: rssBytes(pid),
    socketsBefore,
    socketsAfter: openSockets(pid),
    connectSeconds,
  };
  fleet.close();
  return result;
}

const perThousand = (f: Footprint) => ((f.rssAfter - f.rssBefore) / f.participants) * 1000;

export async function run(): Promise<BenchResult> {
  const data = newAppData("capacity");
  const seeded = await seedRooms(data, ROOMS);

  const relay = await startRelay();
  let baseline: Footprint;
  try {
    baseline = await footprint(relay.pid, () =>
      connectRelayFleet(
        relay.url,
        seeded.map((s) => s.id),
      ),
    );
  } finally {
    await relay.stop();
  }

  const app = await startApp(data);
  let measured: Footprint;
  try {
    measured = await footprint(app.pid, () => connectAppFleet(app.url, seeded));
  } finally {
    await app.stop();
  }

  const r = ratio(perThousand(measured), perThousand(baseline));
  const row = (server: string, f: Footprint) => ({
    server,
    participants: f.participants,
    "server sockets +": f.socketsAfter - f.socketsBefore,
    "RSS before": mb(f.rssBefore),
    "RSS after": mb(f.rssAfter),
    "RSS per 1,000": mb(perThousand(f)),
    "connect s": fmt(f.connectSeconds, 1),
  });
  const allConnected = measured.socketsAfter - measured.socketsBefore >= measured.participants;
  return {
    name: "capacity",
    title: `Capacity: ${ROOMS * 2} idle participants in ${ROOMS} rooms`,
    ratioLabel: "app RSS per 1,000 participants ÷ relay RSS per 1,000",
    ratio: r,
    goal: null,
    pass: allConnected ? null : false,
    table: [row("raw Socket.IO relay [baseline]", baseline), row("app", measured)],
    details: {
      baseline: { ...baseline, rssPerThousandBytes: perThousand(baseline) },
      app: { ...measured, rssPerThousandBytes: perThousand(measured) },
      allConnected,
    },
  };
}

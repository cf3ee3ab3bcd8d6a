import { newAppData, startApp } from "./lib/app-server";
import { type BenchResult, fmt, QUICK } from "./lib/report";
import { openStore, seedPeople, seedSession } from "./lib/seed";
import { type LatencySummary, ratio, summarize } from "./lib/stats";

/**
 * Seat race: N different signed-in people post "join" for the same free seat at once
 * (the session page's form: POST /sessions/:id, intent=join). Exactly one may win (302
 * back to the room); every other one must hear "full" (409). The baseline is the same
 * number of concurrent GETs of that session's page by the same people.
 */
const RACERS = QUICK ? 50 : 500;

interface Burst {
  latency: LatencySummary;
  statuses: Record<string, number>;
  wallMs: number;
}

async function burst(requests: Array<() => Promise<Response>>): Promise<{ burst: Burst; responses: Response[] }> {
  const latencies: number[] = [];
  const started = performance.now();
  const responses = await Promise.all(
    requests.map(async (send) => {
      const t0 = performance.now();
      const response = await send();
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      return response;
    }),
  );
  const statuses: Record<string, number> = {};
  for (const r of responses) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return { burst: { latency: summarize(latencies), statuses, wallMs: performance.now() - started }, responses };
}

export async function run(): Promise<BenchResult> {
  const data = newAppData("seat-race");
  let store = openStore(data);
  const [host, ...racers] = await seedPeople(store, data, RACERS + 1, "racer");
  const sessionId = await seedSession(store, host!.user);
  await store.close();

  const app = await startApp(data);
  try {
    const pageUrl = `${app.url}/sessions/${sessionId}`;
    // Warm the route once so neither burst pays for the first render.
    await (await fetch(pageUrl, { headers: { cookie: racers[0]!.cookie } })).text();

    const gets = await burst(racers.map((p) => () => fetch(pageUrl, { headers: { cookie: p.cookie } })));
    const joins = await burst(
      racers.map(
        (p) => () =>
          fetch(pageUrl, {
            method: "POST",
            redirect: "manual",
            headers: { cookie: p.cookie, "content-type": "application/x-www-form-urlencoded" },
            body: "intent=join",
          }),
      ),
    );

    const winners = joins.responses.flatMap((r, i) => (r.status === 302 ? [racers[i]!] : []));
    const losers = joins.responses.filter((r) => r.status === 409).length;
    store = openStore(data);
    const seated = (await store.sessions.findById(sessionId))?.guestId ?? null;
    await store.close();
    const oneWinner = winners.length === 1 && losers === RACERS - 1 && seated === winners[0]!.user.id;

    const row = (request: string, b: Burst) => ({
      request,
      concurrent: RACERS,
      "p50 ms": fmt(b.latency.p50, 1),
      "p99 ms": fmt(b.latency.p99, 1),
      "all done ms": fmt(b.wallMs, 0),
      statuses: Object.entries(b.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(" "),
    });
    return {
      name: "seat-race",
      title: `Seat race: ${RACERS} concurrent joins of one seat`,
      ratioLabel: "join p99 ÷ session-page GET p99",
      ratio: ratio(joins.burst.latency.p99, gets.burst.latency.p99),
      goal: "exactly one winner",
      pass: oneWinner,
      table: [row("GET /sessions/:id [baseline]", gets.burst), row("POST /sessions/:id intent=join", joins.burst)],
      details: {
        racers: RACERS,
        winners: winners.length,
        losersWith409: losers,
        seatHolderMatchesWinner: winners.length === 1 && seated === winners[0]!.user.id,
        baseline: gets.burst,
        join: joins.burst,
      },
    };
  } finally {
    await app.stop();
  }
}

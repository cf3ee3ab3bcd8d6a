import autocannon, { type Result } from "autocannon";

import { newAppData, startApp } from "./lib/app-server";
import { type BenchResult, fmt, QUICK } from "./lib/report";
import { openStore, seedPeople, seedSession } from "./lib/seed";
import { median, ratio } from "./lib/stats";

/**
 * Lobby SSR: GET /sessions (20 public sessions, signed in) against routes that do almost
 * nothing on the same server. The ratio uses the signed-in not-found page: the same
 * Express stack, root loader (cookie + user lookup), document render and hydration
 * scripts, without the lobby's own loader and list. /healthz (Express only, no React
 * Router) and /login (anonymous React Router page) are shown for scale.
 */
const CONNECTIONS = 10;
// Routes take turns (ROUNDS short slices each) so drifting background load hits them alike;
// the ratio is the median of the per-round ratios, so one disturbed round cannot decide it.
const ROUNDS = QUICK ? 1 : 6;
const SLICE_S = 2;
const WARMUP_S = QUICK ? 1 : 2;
const PUBLIC_SESSIONS = 20;
const GOAL = 0.7;

export async function run(): Promise<BenchResult> {
  const data = newAppData("lobby");
  const store = openStore(data);
  const [viewer, ...hosts] = await seedPeople(store, data, PUBLIC_SESSIONS + 1, "lobby");
  for (const host of hosts) await seedSession(store, host.user);
  await store.close();

  const app = await startApp(data, {}, (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean));
  try {
    const page = await fetch(`${app.url}/sessions`, { headers: { cookie: viewer!.cookie } });
    const html = await page.text();
    const listed = hosts.filter((h) => html.includes(h.user.username)).length;
    if (page.status !== 200 || listed !== PUBLIC_SESSIONS) {
      throw new Error(`lobby: expected 200 with ${PUBLIC_SESSIONS} sessions, got ${page.status} with ${listed}`);
    }

    const signedIn = { cookie: viewer!.cookie };
    const targets = [
      { route: "GET /healthz (Express only)", path: "/healthz", headers: {} },
      { route: "GET /login (RR page, anonymous)", path: "/login", headers: {} },
      { route: "GET /no-such-page (RR not-found, signed in) [baseline]", path: "/no-such-page", headers: signedIn },
      { route: "GET /sessions (lobby, 20 sessions, signed in)", path: "/sessions", headers: signedIn },
    ];
    for (const target of targets) {
      await autocannon({
        url: `${app.url}${target.path}`,
        connections: CONNECTIONS,
        headers: target.headers,
        duration: WARMUP_S,
      });
    }
    const slices: Result[][] = targets.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, target] of targets.entries()) {
        const options = {
          url: `${app.url}${target.path}`,
          connections: CONNECTIONS,
          headers: target.headers,
          duration: SLICE_S,
        };
        slices[i]!.push(await autocannon(options));
      }
    }
    const measured = targets.map((target, i) => {
      const results = slices[i]!;
      const statusCodes: Record<string, number> = {};
      for (const r of results)
        for (const [code, { count }] of Object.entries(r.statusCodeStats))
          statusCodes[code] = (statusCodes[code] ?? 0) + count;
      return {
        ...target,
        requestsPerSecond: results.reduce((n, r) => n + r.requests.total, 0) / (ROUNDS * SLICE_S),
        p50: median(results.map((r) => r.latency.p50)),
        p90: median(results.map((r) => r.latency.p90)),
        p99: median(results.map((r) => r.latency.p99)),
        max: Math.max(...results.map((r) => r.latency.max)),
        errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
        statusCodes,
        statuses: Object.entries(statusCodes)
          .map(([code, count]) => `${code}×${count}`)
          .join(" "),
        perSliceRequestsPerSecond: results.map((r) => r.requests.average),
      };
    });
    const [, , baseline] = measured;
    const perRound = slices[3]!.map((slice, i) => ratio(slice.requests.total, slices[2]![i]!.requests.total));
    const r = median(perRound);
    return {
      name: "lobby",
      title: `Lobby SSR (autocannon, ${CONNECTIONS} connections, ${ROUNDS} × ${SLICE_S} s per route, taking turns)`,
      ratioLabel: "lobby req/s ÷ signed-in not-found page req/s (median of rounds)",
      ratio: r,
      goal: `≥ ${GOAL}`,
      pass: r >= GOAL,
      table: measured.map((m) => ({
        route: m.route,
        "req/s": fmt(m.requestsPerSecond, 0),
        "p50 ms": fmt(m.p50, 1),
        "p99 ms": fmt(m.p99, 1),
        statuses: m.statuses,
        errors: m.errors,
        "vs baseline": fmt(ratio(m.requestsPerSecond, baseline!.requestsPerSecond), 2),
      })),
      details: {
        connections: CONNECTIONS,
        rounds: ROUNDS,
        sliceSeconds: SLICE_S,
        perRoundRatios: perRound,
        routes: Object.fromEntries(measured.map(({ path, route: _r, headers: _h, statuses: _s, ...m }) => [path, m])),
      },
    };
  } finally {
    await app.stop();
  }
}

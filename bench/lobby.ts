import autocannon from "autocannon";
import { newAppData, startApp } from "./lib/app-server";
import { type BenchResult, QUICK, fmt } from "./lib/report";
import { openStore, seedPeople, seedSession } from "./lib/seed";
import { ratio } from "./lib/stats";

/**
 * Lobby SSR: GET /sessions (20 public sessions, signed in) against routes that do almost
 * nothing on the same server. The ratio uses the signed-in not-found page: the same
 * Express stack, root loader (cookie + user lookup), document render and hydration
 * scripts, without the lobby's own loader and list. /healthz (Express only, no React
 * Router) and /login (anonymous React Router page) are shown for scale.
 */
const CONNECTIONS = 10;
const DURATION_S = QUICK ? 2 : 10;
const WARMUP_S = QUICK ? 1 : 2;
const PUBLIC_SESSIONS = 20;
const GOAL = 0.7;

export async function run(): Promise<BenchResult> {
  const data = newAppData("lobby");
  const store = openStore(data);
  const [viewer, ...hosts] = await seedPeople(store, data, PUBLIC_SESSIONS + 1, "lobby");
  for (const host of hosts) await seedSession(store, host.user);
  await store.close();

  const app = await startApp(data);
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
    const measured = [];
    for (const target of targets) {
      const options = { url: `${app.url}${target.path}`, connections: CONNECTIONS, headers: target.headers };
      await autocannon({ ...options, duration: WARMUP_S });
      const result = await autocannon({ ...options, duration: DURATION_S });
      const statuses = Object.entries(result.statusCodeStats)
        .map(([code, { count }]) => `${code}×${count}`)
        .join(" ");
      measured.push({ ...target, result, statuses });
    }
    const [, , baseline, lobby] = measured;
    const r = ratio(lobby!.result.requests.average, baseline!.result.requests.average);
    return {
      name: "lobby",
      title: `Lobby SSR (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per route)`,
      ratioLabel: "lobby req/s ÷ signed-in not-found page req/s",
      ratio: r,
      goal: `≥ ${GOAL}`,
      pass: r >= GOAL,
      table: measured.map((m) => ({
        route: m.route,
        "req/s": fmt(m.result.requests.average, 0),
        "p50 ms": fmt(m.result.latency.p50, 1),
        "p99 ms": fmt(m.result.latency.p99, 1),
        statuses: m.statuses,
        errors: m.result.errors + m.result.timeouts,
        "vs baseline": fmt(ratio(m.result.requests.average, baseline!.result.requests.average), 2),
      })),
      details: Object.fromEntries(
        measured.map((m) => [
          m.path,
          {
            requestsPerSecond: m.result.requests.average,
            latencyMs: { p50: m.result.latency.p50, p90: m.result.latency.p90, p99: m.result.latency.p99, max: m.result.latency.max },
            statusCodes: m.result.statusCodeStats,
            errors: m.result.errors,
            timeouts: m.result.timeouts,
            connections: CONNECTIONS,
            durationSeconds: DURATION_S,
          },
        ]),
      ),
    };
  } finally {
    await app.stop();
  }
}

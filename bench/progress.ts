import fs from "node:fs";
import path from "node:path";

import autocannon, { type Result } from "autocannon";

import { newAppData, ROOT, startApp } from "./lib/app-server";
import { type BenchResult, fmt, QUICK } from "./lib/report";
import { openStore, seedPeople, seedSession } from "./lib/seed";
import { median, ratio } from "./lib/stats";

/**
 * Progress SSR: GET /progress for a user with two years of history (judged submissions on
 * most days, weekly sessions with five partners, reflections) against the lobby's baseline,
 * the signed-in not-found page (same Express stack, root loader, document and hydration,
 * no loader of its own). The lobby is measured beside it for scale.
 */
const CONNECTIONS = 10;
// Two-second slices on a shared two-core machine vary by ±25 % round to round: ten rounds
// keep the median steady.
const ROUNDS = QUICK ? 1 : 10;
const SLICE_S = 2;
const WARMUP_S = QUICK ? 1 : 2;
const DAYS = 730;
const PARTNERS = 5;
const GOAL = 0.7;
const DAY_MS = 86_400_000;
const VERDICTS = ["Accepted", "Wrong Answer", "Accepted", "Time Limit Exceeded", "Accepted", "Runtime Error"];

/** A small deterministic generator, so every run seeds the same history. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export async function run(): Promise<BenchResult> {
  const data = newAppData("progress");
  const store = openStore(data);
  const [viewer, ...partners] = await seedPeople(store, data, PARTNERS + 1, "progress");
  // The bank's slugs (problem-bank.server.ts reads them through Vite, which the bench does not run).
  const bankDir = path.join(ROOT, "content/problems");
  const problems = fs
    .readdirSync(bankDir)
    .filter((slug) => fs.existsSync(path.join(bankDir, slug, "problem.json")))
    .map((slug) => ({ slug }));
  const next = random(42);
  const start = Date.now() - DAYS * DAY_MS;
  let submissions = 0;
  let sessions = 0;
  for (let day = 0; day < DAYS; day++) {
    if (next() < 0.3) continue; // days off
    const count = 1 + Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      await store.submissions.create({
        userId: viewer!.user.id,
        problemSlug: problems[Math.floor(next() * problems.length)]!.slug,
        language: "javascript",
        code: "function solve() { return 42; }\n".repeat(20),
        verdict: VERDICTS[Math.floor(next() * VERDICTS.length)]!,
        passed: 1,
        total: 10,
        timeMs: 3,
        createdAt: new Date(start + day * DAY_MS + i * 600_000 + 36_000_000),
      });
      submissions++;
    }
    if (day % 4 === 0) {
      const partner = partners[Math.floor(next() * partners.length)]!;
      const at = new Date(start + day * DAY_MS + 50_000_000);
      const id = await seedSession(store, viewer!.user, partner.user);
      await store.sessions.end(id, "host-ended", at);
      if (day % 12 === 0) {
        await store.progress.saveReflection(
          {
            sessionId: id,
            userId: viewer!.user.id,
            blocker: "off-by-one in the window",
            nextStep: "write the invariant",
            kudos: "thanks",
            blockerTopic: "sliding-window",
          },
          at,
        );
      }
      sessions++;
    }
  }
  await store.progress.setTimeZone(viewer!.user.id, "Europe/Paris", new Date());
  await store.close();

  const app = await startApp(data, {}, (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean));
  try {
    const page = await fetch(`${app.url}/progress`, { headers: { cookie: viewer!.cookie } });
    const html = await page.text();
    if (page.status !== 200 || !html.includes('data-testid="heatmap"') || !html.includes("Europe/Paris")) {
      throw new Error(`progress: expected 200 with the heatmap, got ${page.status}`);
    }

    const signedIn = { cookie: viewer!.cookie };
    const targets = [
      { route: "GET /no-such-page (RR not-found, signed in) [baseline]", path: "/no-such-page", headers: signedIn },
      { route: "GET /sessions (lobby, signed in)", path: "/sessions", headers: signedIn },
      {
        route: `GET /progress (${submissions} submissions, ${sessions} sessions, 2 years)`,
        path: "/progress",
        headers: signedIn,
      },
    ];
    for (const target of targets) {
      await autocannon({
        url: `${app.url}${target.path}`,
        connections: CONNECTIONS,
        headers: target.headers,
        duration: WARMUP_S,
      });
    }
    // Routes take turns so drifting background load hits them alike; the ratio is the median of rounds.
    const slices: Result[][] = targets.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, target] of targets.entries()) {
        slices[i]!.push(
          await autocannon({
            url: `${app.url}${target.path}`,
            connections: CONNECTIONS,
            headers: target.headers,
            duration: SLICE_S,
          }),
        );
      }
    }
    const measured = targets.map((target, i) => {
      const results = slices[i]!;
      return {
        ...target,
        requestsPerSecond: results.reduce((n, r) => n + r.requests.total, 0) / (ROUNDS * SLICE_S),
        p50: median(results.map((r) => r.latency.p50)),
        p99: median(results.map((r) => r.latency.p99)),
        errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
      };
    });
    const [baseline] = measured;
    const perRound = slices[2]!.map((slice, i) => ratio(slice.requests.total, slices[0]![i]!.requests.total));
    const r = median(perRound);
    return {
      name: "progress",
      title: `Progress SSR, 2 years of history (autocannon, ${CONNECTIONS} connections, ${ROUNDS} × ${SLICE_S} s per route, taking turns)`,
      ratioLabel: "/progress req/s ÷ signed-in not-found page req/s (median of rounds)",
      ratio: r,
      goal: `≥ ${GOAL}`,
      pass: r >= GOAL,
      table: measured.map((m) => ({
        route: m.route,
        "req/s": fmt(m.requestsPerSecond, 0),
        "p50 ms": fmt(m.p50, 1),
        "p99 ms": fmt(m.p99, 1),
        errors: m.errors,
        "vs baseline": fmt(ratio(m.requestsPerSecond, baseline!.requestsPerSecond), 2),
      })),
      details: { submissions, sessions, perRoundRatios: perRound },
    };
  } finally {
    await app.stop();
  }
}

import { type BenchResult, fmt, printTable, QUICK, report } from "./lib/report";

/** `npm run bench` runs every benchmark; `npm run bench -- lobby chat` runs the ones named. */
const BENCHES: Record<string, () => Promise<{ run: () => Promise<BenchResult> }>> = {
  lobby: () => import("./lobby"),
  progress: () => import("./progress"),
  chat: () => import("./chat"),
  capacity: () => import("./capacity"),
  "seat-race": () => import("./seat-race"),
  judge: () => import("./judge"),
  "judge-server": () => import("./judge-server"),
  "page-weight": () => import("./page-weight"),
  match: () => import("./match"),
};

const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = asked.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(", ")}. Choose from: ${Object.keys(BENCHES).join(", ")}`);
  process.exit(2);
}
const names = asked.length ? asked : Object.keys(BENCHES);
console.log(`PeerPrep benchmarks${QUICK ? " (BENCH_QUICK=1: small sizes, smoke only)" : ""}: ${names.join(", ")}`);

const summary: Array<Record<string, string | number>> = [];
let failed = false;
const started = Date.now();
for (const name of names) {
  const t0 = Date.now();
  try {
    const { run } = await BENCHES[name]!();
    const result = await run();
    report(result);
    summary.push({
      benchmark: name,
      ratio: fmt(result.ratio, 2),
      "ratio means": result.ratioLabel,
      goal: result.goal ?? "-",
      result: result.pass === null ? "-" : result.pass ? "PASS" : "FAIL",
      seconds: fmt((Date.now() - t0) / 1000, 0),
    });
    if (result.pass === false) failed = true;
  } catch (error) {
    failed = true;
    console.error(`\n== ${name} failed:`, error);
    summary.push({
      benchmark: name,
      ratio: "n/a",
      "ratio means": "",
      goal: "",
      result: "ERROR",
      seconds: fmt((Date.now() - t0) / 1000, 0),
    });
  }
}
console.log(`\n== Summary (${fmt((Date.now() - started) / 1000, 0)} s)`);
printTable(summary);
process.exit(failed ? 1 : 0);

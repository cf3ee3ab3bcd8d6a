import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { ROOT } from "./app-server";

/** What every benchmark hands back: its table, its headline ratio and (if it has one) its goal. */
export interface BenchResult {
  name: string;
  title: string;
  /** e.g. "lobby req/s ÷ not-found page req/s" */
  ratioLabel: string;
  ratio: number;
  goal: string | null;
  pass: boolean | null;
  table: Array<Record<string, string | number>>;
  details: Record<string, unknown>;
}

export const QUICK = process.env.BENCH_QUICK === "1";

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function printTable(rows: Array<Record<string, string | number>>): void {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (row: Record<string, string | number>, c: string) => String(row[c] ?? "");
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => cell(row, c).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join("  ");
  console.log(line(columns));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => cell(row, c))));
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Prints the result and writes bench/results/<name>.json. */
export function report(result: BenchResult): void {
  console.log(`\n== ${result.title}`);
  printTable(result.table);
  const verdict = result.pass === null ? "" : result.pass ? "  PASS" : "  FAIL";
  console.log(
    `ratio (${result.ratioLabel}): ${fmt(result.ratio, 2)}${result.goal ? `  goal ${result.goal}` : ""}${verdict}`,
  );
  const dir = path.join(ROOT, "bench/results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${result.name}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ ...result, quick: QUICK, at: new Date().toISOString(), machine: machine() }, null, 2)}\n`,
  );
  console.log(`→ ${path.relative(ROOT, file)}`);
}

// The production server (build/) with counters: every connection it accepted, every request
// it read and every response it finished or abandoned, printed as it exits.
// Plain JavaScript run by plain Node: a TypeScript loader would re-read the whole server
// bundle (tens of megabytes with the problem bank) before the server could start.
import path from "node:path";
import { pathToFileURL } from "node:url";

process.env.ALLOW_GENERATED_SECRET ??= "true";
// Never outlive the test that started this process (e.g. when its runner is killed).
const parent = process.ppid;
setInterval(() => process.ppid !== parent && process.exit(1), 1_000).unref();
const build = pathToFileURL(path.resolve(import.meta.dirname, "../../build/server/index.js")).href;
/** @type {{ startServer: () => Promise<import("node:http").Server> }} */
const { startServer } = await import(build);
const server = await startServer();
const counts = { accepted: 0, requests: 0, finished: 0, abandoned: 0 };
server.on("connection", () => counts.accepted++);
server.on("request", (_req, res) => {
  counts.requests++;
  res.once("close", () => (res.writableFinished ? counts.finished++ : counts.abandoned++));
});
process.on("exit", () => process.stdout.write(`\ncounts ${JSON.stringify(counts)}\n`));
process.stdout.write("counting server ready\n");

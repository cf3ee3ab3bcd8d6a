// The production server (build/) with counters: every connection it accepted, every request
// it read and every response it finished or abandoned, printed as it exits.
import type http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

process.env.ALLOW_GENERATED_SECRET ??= "true";
// Never outlive the test that started this process (e.g. when its runner is killed).
const parent = process.ppid;
setInterval(() => process.ppid !== parent && process.exit(1), 1_000).unref();
const build = pathToFileURL(path.resolve(import.meta.dirname, "../../build/server/index.js")).href;
const { startServer } = (await import(build)) as { startServer: () => Promise<http.Server> };
const server = await startServer();
const counts = { accepted: 0, requests: 0, finished: 0, abandoned: 0 };
server.on("connection", () => counts.accepted++);
server.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
  counts.requests++;
  res.once("close", () => (res.writableFinished ? counts.finished++ : counts.abandoned++));
});
process.on("exit", () => process.stdout.write(`\ncounts ${JSON.stringify(counts)}\n`));
process.stdout.write("counting server ready\n");

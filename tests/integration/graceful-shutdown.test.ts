import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Child, freePort, plainNode, startChild } from "../support/child-server";

/**
 * SIGTERM while the production server is under load (200 requests in flight): every
 * connection the server accepted gets its request read and answered, none is abandoned;
 * once it has stopped listening, new connections are refused (ECONNREFUSED); it exits 0.
 * Connections still queued in the kernel when the listener closes were never accepted:
 * the kernel resets them (ECONNRESET). The server's own counters tell the two apart.
 */

const root = path.resolve(import.meta.dirname, "../..");
let child: Child | undefined;
let port = 0;

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, "build/server/index.js"))) {
    console.log("no production build yet: running `npx react-router build` first");
    execFileSync("npx", ["react-router", "build"], { cwd: root, stdio: "ignore" });
  }
  port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-sigterm-"));
  child = await startChild(...plainNode("tests/support/counting-server.mjs"), "counting server ready", {
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, "sigterm.db")}`,
    LOG_LEVEL: "info",
  });
}, 300_000);

afterAll(() => {
  child?.process.kill("SIGKILL");
});

type Outcome = { status: number } | { error: string };
type Timed = Outcome & { startedAt: number };

/** One request on its own connection (no keep-alive), so "refused" means refused at connect. */
function get(pathname: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: pathname, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
      res.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    });
    req.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}

describe("graceful shutdown", () => {
  it("finishes in-flight requests under load, refuses new connections, exits 0", { timeout: 120_000 }, async () => {
    const server = child!;
    expect(await get("/healthz")).toEqual({ status: 200 });

    // A request the server is in the middle of: headers sent, body still coming.
    const slow = new Promise<Outcome>((resolve) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port,
          path: "/theme",
          method: "POST",
          agent: false,
          headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": "10" },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
        },
      );
      req.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      req.write("theme=");
      setTimeout(() => req.end("dark"), 3_000);
    });

    // A steady stream: 200 requests in flight at any moment until the server stops answering.
    const outcomes: Timed[] = [];
    let stopped = false;
    const worker = async (i: number) => {
      while (!stopped) {
        const startedAt = performance.now();
        const outcome = await get(i % 2 ? "/problems" : "/healthz");
        outcomes.push({ ...outcome, startedAt });
        if ("error" in outcome) return;
      }
    };
    const load = Promise.all(Array.from({ length: 200 }, (_, i) => worker(i)));
    await new Promise((r) => setTimeout(r, 1_000));
    const beforeSignal = outcomes.length;
    const signalAt = performance.now();
    server.process.kill("SIGTERM");

    // Once it has stopped listening (while the slow request holds the process open), a new
    // connection is refused cleanly.
    await expect.poll(() => server.stdout().includes("shutting down"), { timeout: 10_000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(await get("/healthz")).toEqual({ error: "ECONNREFUSED" });
    expect(await slow).toEqual({ status: 302 });
    expect(await server.exited).toBe(0);
    stopped = true;
    await load;

    expect(beforeSignal).toBeGreaterThan(50);
    const counts = JSON.parse(/counts (\{.*\})/.exec(server.stdout())?.[1] ?? "null") as {
      accepted: number;
      requests: number;
      finished: number;
      abandoned: number;
    } | null;
    expect(counts).not.toBeNull();
    // Every connection it accepted carried a request it read and answered in full.
    expect(counts!.abandoned).toBe(0);
    expect(counts!.requests).toBe(counts!.accepted);
    expect(counts!.finished).toBe(counts!.requests);
    // Every answer the clients got was a success; the first probe and the slow POST are the +2.
    const answered = outcomes.filter((o) => "status" in o);
    expect(answered.every((o) => "status" in o && o.status === 200)).toBe(true);
    expect(answered.length + 2).toBe(counts!.finished);
    // The rest never reached the server: refused, or reset while queued in the kernel.
    const failures = outcomes.filter((o) => "error" in o);
    expect(failures.filter((o) => "error" in o && o.error !== "ECONNREFUSED" && o.error !== "ECONNRESET")).toEqual([]);
    const lateStarts = failures.filter((o) => o.startedAt > signalAt).length;
    console.log(`${answered.length} answered, ${failures.length} never accepted (${lateStarts} started after SIGTERM)`);
    expect(answered.length).toBeGreaterThan(beforeSignal);
  });
});

describe("graceful shutdown with idle and half-open connections", () => {
  it(
    "destroys idle keep-alive and header-less connections at once, closes the store, exits 0",
    { timeout: 60_000 },
    async () => {
      const slowPort = await freePort();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-sigterm-idle-"));
      const server = await startChild(...plainNode("tests/support/counting-server.mjs"), "counting server ready", {
        NODE_ENV: "production",
        PORT: String(slowPort),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: `file:${path.join(dataDir, "sigterm-idle.db")}`,
        LOG_LEVEL: "info",
      });
      try {
        const open = (): Promise<net.Socket> =>
          new Promise((resolve, reject) => {
            const socket = net.connect(slowPort, "127.0.0.1", () => resolve(socket));
            socket.once("error", reject);
          });
        const closed = (socket: net.Socket) => new Promise<void>((resolve) => socket.once("close", () => resolve()));
        // A slowloris: half the request line and headers, then nothing.
        const halfOpen = await open();
        halfOpen.on("error", () => undefined);
        halfOpen.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        // Connected and silent.
        const silent = await open();
        silent.on("error", () => undefined);
        // Keep-alive, idle after one answer.
        const keepAlive = await open();
        keepAlive.on("error", () => undefined);
        const answered = new Promise<void>((resolve) => keepAlive.once("data", () => resolve()));
        keepAlive.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n");
        await answered;
        // Older than the moment a client's headers need to arrive.
        await new Promise((r) => setTimeout(r, 1_200));

        const signalAt = performance.now();
        server.process.kill("SIGTERM");
        await Promise.all([closed(halfOpen), closed(silent), closed(keepAlive)]);
        expect(await server.exited).toBe(0);
        // Well before the 10 s deadline: nothing waited for the silent clients.
        expect(performance.now() - signalAt).toBeLessThan(5_000);
        expect(server.stdout()).toContain("store closed");
        expect(server.stdout()).not.toContain("shutdown deadline passed");
      } finally {
        server.process.kill("SIGKILL");
      }
    },
  );
});

import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

import { BROWSER_SNAPSHOT_FILE, BROWSER_SNAPSHOT_PATH } from "~/modules/judge/browser/python-cache";
import { PYTHON_PRELUDE } from "~/modules/judge/python-harness";

/**
 * The browser's Python memory snapshot, made at build time in headless Chromium, so even a
 * first visit restores Python instead of booting CPython (seconds of CPU). A Node-made
 * snapshot does not restore in a browser (its memory image differs), so this one is made
 * in a dedicated worker at the same path (/pyodide/) as the app's Python worker. It is
 * stored gzipped (the image is mostly zeros) and served as it is, with Content-Encoding.
 */

/** A snapshot far smaller than Pyodide's initial memory is not one. */
const MIN_SNAPSHOT_BYTES = 4 * 1024 * 1024;
const MAKE_TIMEOUT_MS = 120_000;

/** Where a made snapshot is kept between builds (a build reuses it: no browser start). */
export const BROWSER_SNAPSHOT_CACHE_DIR = path.resolve("node_modules", ".cache", "peerprep-browser-snapshot");

const WORKER = `
self.onmessage = async (event) => {
  try {
    const { loadPyodide } = await import("/pyodide/pyodide.mjs");
    const py = await loadPyodide({ indexURL: "/pyodide/", _makeSnapshot: true });
    py.runPython(event.data);
    const bytes = py.makeMemorySnapshot();
    const answer = await fetch("/made", { method: "POST", body: bytes });
    self.postMessage(answer.ok ? "ok" : "upload failed: " + answer.status);
  } catch (error) {
    self.postMessage("failed: " + String(error));
  }
};`;

const PAGE = `<!doctype html><script type="module">
window.made = new Promise((resolve) => {
  const worker = new Worker("/worker.js", { type: "module" });
  worker.onmessage = (event) => resolve(event.data);
  worker.postMessage(${JSON.stringify(PYTHON_PRELUDE)});
});
</script>`;

/** Serves the page, the worker and Pyodide on loopback, and receives the snapshot. */
function serve(pyodideDir: string, onSnapshot: (bytes: Buffer) => void): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "POST" && url.pathname === "/made") {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        onSnapshot(Buffer.concat(chunks));
        res.end("ok");
      });
      return;
    }
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, { "Content-Type": type }).end(body);
    };
    if (url.pathname === "/") return send("text/html", PAGE);
    if (url.pathname === "/worker.js") return send("text/javascript", WORKER);
    const name = url.pathname.startsWith("/pyodide/") ? path.basename(url.pathname) : "";
    const file = path.join(pyodideDir, name);
    if (!name || !fs.existsSync(file)) return void res.writeHead(404).end();
    const type = name.endsWith(".wasm")
      ? "application/wasm"
      : name.endsWith(".mjs") || name.endsWith(".js")
        ? "text/javascript"
        : name.endsWith(".json")
          ? "application/json"
          : "application/octet-stream";
    send(type, fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Makes the snapshot in headless Chromium; resolves its gzipped bytes. */
export async function makeBrowserSnapshot(pyodideDir: string, chromiumPath: string): Promise<Buffer> {
  const { chromium } = await import("playwright-core");
  let snapshot: Buffer | null = null;
  const server = await serve(pyodideDir, (bytes) => (snapshot = bytes));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const made = await page.evaluate(
      `Promise.race([window.made, new Promise((r) => setTimeout(() => r("timed out"), ${MAKE_TIMEOUT_MS}))])`,
    );
    const bytes = snapshot as Buffer | null;
    if (made !== "ok" || !bytes || bytes.length < MIN_SNAPSHOT_BYTES) {
      throw new Error(`no snapshot (${String(made)}, ${bytes?.length ?? 0} bytes)`);
    }
    return zlib.gzipSync(bytes, { level: 6 });
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Puts the snapshot into `clientDir` (build/client) at BROWSER_SNAPSHOT_PATH, from the
 * cache or freshly made. Returns what happened, for the build's log; never throws (the
 * app then starts Python cold on a first visit, as it would without the file).
 */
export async function buildBrowserSnapshot(options: {
  clientDir: string;
  pyodideDir: string;
  chromiumPath: string;
}): Promise<string> {
  const target = path.join(options.clientDir, BROWSER_SNAPSHOT_PATH);
  const cached = path.join(BROWSER_SNAPSHOT_CACHE_DIR, `${BROWSER_SNAPSHOT_FILE}.gz`);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!fs.existsSync(cached)) {
      if (!fs.existsSync(options.chromiumPath)) {
        return `skipped: no Chromium at ${options.chromiumPath} (set CHROMIUM_PATH); first visits boot Python cold`;
      }
      const bytes = await makeBrowserSnapshot(options.pyodideDir, options.chromiumPath);
      fs.mkdirSync(BROWSER_SNAPSHOT_CACHE_DIR, { recursive: true });
      fs.writeFileSync(`${cached}.tmp`, bytes);
      fs.renameSync(`${cached}.tmp`, cached);
    }
    fs.copyFileSync(cached, `${target}.gz`);
    return `browser Python snapshot in ${path.relative(process.cwd(), target)}.gz (${(fs.statSync(cached).size / 1e6).toFixed(1)} MB gzipped)`;
  } catch (error) {
    return `skipped: ${String(error)}; first visits boot Python cold`;
  }
}

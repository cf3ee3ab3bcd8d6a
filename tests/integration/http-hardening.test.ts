import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Child, freePort, plainNode, startChild } from "../support/child-server";

/**
 * The production server over real HTTP: malformed addresses are a 400 or the not-found
 * page (never a 500), every 429 says when to come back, cross-site writes are refused
 * even with `Origin: null`, and static files, /pyodide and /healthz carry the security
 * headers too.
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
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-http-"));
  child = await startChild(...plainNode("tests/support/counting-server.mjs"), "counting server ready", {
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, "http.db")}`,
    // Plain HTTP on loopback: the cookies must come back.
    COOKIE_SECURE: "false",
  });
}, 300_000);

afterAll(() => {
  child?.process.kill("SIGKILL");
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path goes out exactly as written (no URL normalisation). */
function send(method: string, rawPath: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: rawPath, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    if (body) req.end(body);
    else req.end();
  });
}
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

let n = 0;
async function signedUp(): Promise<{ name: string; cookie: string }> {
  const name = `hh${Date.now().toString(36)}${++n}`;
  const res = await send(
    "POST",
    "/signup",
    FORM,
    form({ username: name, email: `${name}@example.test`, password: "an uncommon passphrase" }),
  );
  expect(res.status).toBe(302);
  const cookie = ([] as string[]).concat(res.headers["set-cookie"] ?? []).find((c) => c.startsWith("pp_session="));
  return { name, cookie: cookie!.split(";")[0]! };
}

describe("malformed input is a 4xx, never a 500", () => {
  it.each(["/%", "/problems/%ZZ", "/%c0%ae%c0%ae/", "/sessions/%E0%A4%A"])("GET %s", async (raw) => {
    const res = await send("GET", raw);
    expect([400, 404]).toContain(res.status);
    expect(res.body).toMatch(/[A-Za-z]{3,}/);
  });

  it("/account?done=__proto__ renders the page without a notice", async () => {
    const { cookie } = await signedUp();
    for (const done of ["__proto__", "constructor", "toString", "password"]) {
      const res = await send("GET", `/account?done=${done}`, { Cookie: cookie });
      expect(res.status, done).toBe(200);
    }
  });

  it("a redirectTo past Latin-1 on /login and /theme falls back to a safe page", async () => {
    const { name } = await signedUp();
    const login = await send(
      "POST",
      "/login",
      FORM,
      form({ login: name, password: "an uncommon passphrase", redirectTo: "/problems/\u20ac\u{1F600}" }),
    );
    expect(login.status).toBe(302);
    expect(login.headers.location).toBe("/");
    const page = await send("GET", `/login?redirectTo=${encodeURIComponent("/\u0101")}`);
    expect(page.status).toBe(200);
    const theme = await send("POST", "/theme", FORM, form({ theme: "dark", redirectTo: "/\u0101\u20ac" }));
    expect(theme.status).toBe(302);
    expect(theme.headers.location).toBe("/");
  });
});

describe("429s say when to come back", () => {
  it("sign-in, sign-up and session limits send Retry-After", async () => {
    const { name } = await signedUp();
    let last: Answer | undefined;
    for (let i = 0; i < 11; i++) {
      last = await send("POST", "/login", FORM, form({ login: name, password: `wrong-${i}-guess` }));
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers["retry-after"])).toBeGreaterThan(60);
    expect(last!.body).toMatch(/Try again in \d+ minutes?\./);
    // The same through React Router's data requests (what the page's own forms send).
    const data = await send("POST", "/login.data", FORM, form({ login: name, password: "wrong-again-xx" }));
    expect(data.status).toBe(429);
    expect(Number(data.headers["retry-after"])).toBeGreaterThan(60);
  });
});

describe("cross-site writes", () => {
  it.each(["null", "https://evil.example"])("refuses POST /theme with Origin: %s", async (origin) => {
    const res = await send("POST", "/theme", { ...FORM, Origin: origin }, form({ theme: "dark" }));
    expect(res.status).toBe(403);
  });

  it("accepts its own origin", async () => {
    const res = await send("POST", "/theme", { ...FORM, Origin: `http://127.0.0.1:${port}` }, form({ theme: "dark" }));
    expect(res.status).toBe(302);
  });
});

describe("security headers beyond documents", () => {
  it.each(["/healthz", "/pyodide/pyodide.js", "/favicon.svg", "/assets/no-such-file.js"])("%s", async (p) => {
    const res = await send("GET", p);
    expect(res.headers["x-content-type-options"], p).toBe("nosniff");
    expect(res.headers["x-frame-options"], p).toBe("DENY");
    expect(res.headers["referrer-policy"], p).toBe("same-origin");
    expect(res.headers["cross-origin-resource-policy"], p).toBe("same-origin");
  });

  it("documents say DENY, in step with frame-ancestors 'none'", async () => {
    const res = await send("GET", "/");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-frame-options"]).toBe("DENY");
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Request, Response } from "@playwright/test";

/**
 * Records what the browser receives during one test (documents, data and fetch responses,
 * Socket.IO frames) and what it sends as passwords and gets as login cookies; at the end
 * says which secrets showed up in anything received: a password typed in this test, a
 * bcrypt hash, the server's SESSION_SECRET, or a login token.
 * Static assets are skipped: they are build output and cannot hold runtime secrets.
 */

/** Shorter typed values ("short", "x") are too likely to occur in ordinary text. */
const MIN_SECRET_LENGTH = 6;
const BCRYPT = /\$2[aby]\$\d\d\$[./A-Za-z0-9]{20,}/;
const SCANNED_TYPES = new Set(["document", "fetch", "xhr", "eventsource", "other"]);

let serverSecrets: string[] | undefined;
/** The generated SESSION_SECRET(s) of the e2e server (`--local` keeps it under its data dir). */
function sessionSecrets(): string[] {
  if (!serverSecrets) {
    serverSecrets = [];
    for (const entry of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith("peerprep-e2e-"))) {
      try {
        const secret = fs.readFileSync(path.join(os.tmpdir(), entry, "session-secret"), "utf8").trim();
        if (secret.length >= 32) serverSecrets.push(secret);
      } catch {
        // Not a data dir of ours, or no secret yet.
      }
    }
    if (process.env.SESSION_SECRET) serverSecrets.push(process.env.SESSION_SECRET);
  }
  return serverSecrets;
}

/** The raw token inside a signed `pp_session` cookie value (base64 JSON, then ".signature"). */
function tokenOf(cookieValue: string): string | null {
  try {
    const value = decodeURIComponent(cookieValue);
    const encoded = value.slice(0, value.lastIndexOf("."));
    const token: unknown = JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
    return typeof token === "string" && token.length >= 32 ? token : null;
  } catch {
    return null;
  }
}

let active: SecretsRecorder | null = null;

export class SecretsRecorder {
  private readonly received: Array<{ where: string; text: Promise<string> | string }> = [];
  private readonly passwords = new Set<string>();
  private readonly tokens = new Set<string>();

  static start(): SecretsRecorder {
    active = new SecretsRecorder();
    return active;
  }

  /** The recorder of the running test, for contexts a test opens itself. */
  static current(): SecretsRecorder | null {
    return active;
  }

  watch(context: BrowserContext) {
    context.on("request", (request) => this.onRequest(request));
    context.on("response", (response) => this.onResponse(response));
    const watchPage = (page: import("@playwright/test").Page) =>
      page.on("websocket", (ws) => {
        ws.on("framereceived", ({ payload }) => this.received.push({ where: `socket frame ${ws.url()}`, text: String(payload) }));
      });
    context.pages().forEach(watchPage);
    context.on("page", watchPage);
  }

  private onRequest(request: Request) {
    const body = request.method() === "POST" ? request.postData() : null;
    if (!body || !(request.headers()["content-type"] ?? "").includes("x-www-form-urlencoded")) return;
    for (const [key, value] of new URLSearchParams(body)) {
      if (/password/i.test(key) && value.length >= MIN_SECRET_LENGTH) this.passwords.add(value);
    }
  }

  private onResponse(response: Response) {
    void response.headerValue("set-cookie").then((header) => {
      for (const match of (header ?? "").matchAll(/pp_session=([^;\s]+)/g)) {
        const value = match[1]!;
        if (value.length < 20) continue;
        this.tokens.add(value);
        const token = tokenOf(value);
        if (token) this.tokens.add(token);
      }
    }, () => undefined);
    if (!SCANNED_TYPES.has(response.request().resourceType())) return;
    const url = response.url();
    if (/\/(assets|pyodide)\//.test(url)) return;
    const status = response.status();
    if (status >= 300 && status < 400) return; // redirects have no body to read
    this.received.push({ where: `${status} ${url}`, text: response.text().catch(() => "") });
  }

  /** Every secret found in anything received, as "what in where". */
  async finish(): Promise<string[]> {
    if (active === this) active = null;
    const texts = await Promise.all(this.received.map(async (r) => ({ where: r.where, text: await r.text })));
    const leaks: string[] = [];
    const secrets = [
      ...[...this.passwords].map((p) => ({ name: `a password typed in this test (${p.length} chars)`, value: p })),
      ...[...this.tokens].map((t) => ({ name: "a login token", value: t })),
      ...sessionSecrets().map((s) => ({ name: "SESSION_SECRET", value: s })),
    ];
    for (const { where, text } of texts) {
      if (BCRYPT.test(text)) leaks.push(`a bcrypt hash in ${where}`);
      for (const secret of secrets) if (text.includes(secret.value)) leaks.push(`${secret.name} in ${where}`);
    }
    return leaks;
  }
}

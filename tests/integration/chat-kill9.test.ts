import { io as connect, type Socket } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import type {
  AckResult,
  ChatMessageDto,
  ClientToServerEvents,
  ServerToClientEvents,
} from "~/platform/realtime/realtime-events";

import { type Child, freePort, startChild, tsNode } from "../support/child-server";
import { person, seatedSession } from "../support/people";

/**
 * Chat survives `kill -9`: two clients send 2,000 acknowledged messages through a realtime
 * server in another process; the server is killed mid-way and restarted on the same port
 * and SQLite file. Clients reconnect, re-enter, ask for everything after their last seq
 * and resend what was never acknowledged. Every acknowledged message is stored exactly
 * once, with the seq its ack named; nothing is doubled; each client's view is complete.
 */

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const PER_CLIENT = 1_000;
const IN_FLIGHT = 8;

let child: Child | undefined;
const sockets: Client[] = [];
afterAll(() => {
  for (const s of sockets) s.disconnect();
  child?.process.kill("SIGKILL");
});

const start = (port: number) =>
  startChild(...tsNode("tests/support/realtime-child.ts", String(port)), `ready ${port}`, {
    DISABLE_RATE_LIMITS: "true",
    LOG_LEVEL: "silent",
  });

/** One participant: sends its share, keeps its own view of the chat by seq. */
class Participant {
  readonly socket: Client;
  readonly acked = new Map<string, number>();
  /** seq → message, from broadcasts and history. */
  readonly view = new Map<number, ChatMessageDto>();
  private ready: Promise<void>;
  private markReady: () => void = () => undefined;
  reentries = 0;
  lastError = "";
  resends = 0;

  constructor(
    readonly name: string,
    url: string,
    cookie: string,
    private readonly sessionId: string,
  ) {
    this.ready = new Promise((r) => (this.markReady = r));
    this.socket = connect(url, {
      transports: ["websocket"],
      extraHeaders: { cookie },
      reconnectionDelay: 100,
      reconnectionDelayMax: 300,
      forceNew: true,
    });
    sockets.push(this.socket);
    this.socket.on("chat:message", (m) => this.view.set(m.seq, m));
    this.socket.on("disconnect", () => {
      this.ready = new Promise((r) => (this.markReady = r));
    });
    this.socket.on("connect", () => void this.enter());
  }

  private lastSeq() {
    let last = 0;
    while (this.view.has(last + 1)) last++;
    return last;
  }

  /** (Re)enter the room and catch up on everything after the last contiguous seq. */
  private async enter() {
    try {
      const entered = (await this.socket
        .timeout(3_000)
        .emitWithAck("session:enter", { sessionId: this.sessionId })) as AckResult<unknown>;
      if (!entered.ok) throw new Error(entered.error);
      this.reentries++;
      for (;;) {
        const after = this.lastSeq();
        const history = (await this.socket
          .timeout(3_000)
          .emitWithAck("chat:history", { sessionId: this.sessionId, afterSeq: after })) as AckResult<ChatMessageDto[]>;
        if (!history.ok) throw new Error(history.error);
        for (const m of history.data) this.view.set(m.seq, m);
        if (history.data.length < 1000) break;
      }
      this.markReady();
    } catch {
      // The server went away again: the next "connect" retries.
    }
  }

  /** Sends one message until it is acknowledged, resending after drops and timeouts. */
  private async sendOne(clientId: string, body: string) {
    for (let attempt = 0; attempt < 200; attempt++) {
      await this.ready;
      try {
        const result = (await this.socket
          .timeout(1_500)
          .emitWithAck("chat:send", { sessionId: this.sessionId, clientId, body })) as AckResult<ChatMessageDto>;
        if (!result.ok) this.lastError = result.error;
        if (result.ok) {
          this.acked.set(clientId, result.data.seq);
          this.view.set(result.data.seq, result.data);
          return;
        }
      } catch {
        // Timed out (the server died with it in flight): resend, the store de-duplicates.
        this.resends++;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`${clientId} was never acknowledged: ${this.lastError}`);
  }

  async sendAll(onAck: () => void) {
    let next = 0;
    const worker = async () => {
      while (next < PER_CLIENT) {
        const i = next++;
        await this.sendOne(`msg-${this.name}-${i.toString().padStart(5, "0")}`, `${this.name} says ${i}`);
        onAck();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  }

  async catchUp() {
    await this.ready;
    await this.enter();
  }
}

describe("chat across kill -9", () => {
  it(
    "keeps every acknowledged message exactly once, and each client ends with the whole chat",
    { timeout: 180_000 },
    async () => {
      const host = await person("k9h");
      const guest = await person("k9g");
      const sessionId = await seatedSession(host.user.id, guest.user.id);
      const port = await freePort();
      child = await start(port);
      const url = `http://127.0.0.1:${port}`;
      const a = new Participant("a", url, host.cookie, sessionId);
      const b = new Participant("b", url, guest.cookie, sessionId);

      let acks = 0;
      let killed: Promise<void> | undefined;
      const onAck = () => {
        if (++acks !== PER_CLIENT || killed) return;
        killed = (async () => {
          const old = child!;
          old.process.kill("SIGKILL");
          expect(await old.exited).toBe("SIGKILL");
          child = await start(port);
        })();
      };
      await Promise.all([a.sendAll(onAck), b.sendAll(onAck)]);
      await killed;
      await Promise.all([a.catchUp(), b.catchUp()]);

      // The server really died mid-way and both clients came back.
      expect(a.reentries).toBeGreaterThanOrEqual(2);
      expect(b.reentries).toBeGreaterThanOrEqual(2);
      // Some messages were in flight when it died, unacknowledged, and were sent again.
      expect(a.resends + b.resends).toBeGreaterThan(0);

      // Storage: every message once; every ack's seq is the stored one.
      const stored: ChatMessageDto[] = [];
      for (let after = 0; ;) {
        const page = await getStore().chat.listAfter(sessionId, after, 1000);
        if (page.length === 0) break;
        stored.push(
          ...page.map((m) => ({
            id: m.id,
            seq: m.seq,
            clientId: m.clientId,
            kind: m.kind,
            authorId: m.authorId,
            authorName: m.authorName,
            body: m.body,
            createdAt: "",
          })),
        );
        after = page.at(-1)!.seq;
      }
      const userMessages = stored.filter((m) => m.kind === "user");
      expect(userMessages).toHaveLength(2 * PER_CLIENT);
      const keys = userMessages.map((m) => `${m.authorName}/${m.clientId}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(stored.map((m) => m.seq)).size).toBe(stored.length);
      const seqOf = new Map(userMessages.map((m) => [m.clientId, m.seq]));
      for (const p of [a, b]) {
        expect(p.acked.size).toBe(PER_CLIENT);
        for (const [clientId, seq] of p.acked) expect(seqOf.get(clientId), clientId).toBe(seq);
      }

      // Each client's own view (broadcasts + history after its last seq) is the whole chat.
      for (const p of [a, b]) {
        const seen = [...p.view.values()].sort((x, y) => x.seq - y.seq).map((m) => `${m.seq}:${m.clientId}`);
        expect(seen).toEqual(stored.map((m) => `${m.seq}:${m.clientId}`));
      }
    },
  );
});

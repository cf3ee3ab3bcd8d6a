import http from "node:http";
import type { AddressInfo } from "node:net";

import fc from "fast-check";
import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import type { AckResult, ClientToServerEvents, ServerToClientEvents } from "~/platform/realtime/realtime-events";

import { attachRealtime } from "../../app/platform/realtime/realtime-server";
import { PROTOTYPE_KEYS } from "../support/hostile";
import { world } from "../support/people";

/**
 * Every client-to-server event gets random and hostile payloads. The server always
 * answers the ack with { ok: true, data } or { ok: false, error: "<a reason>" }, never
 * the catch-all "Something went wrong" (an unexpected throw), and keeps serving.
 */

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const RUNS = 50;
const EVENTS = [
  "session:enter",
  "chat:send",
  "chat:history",
  "chat:typing",
  "presence:update",
  "rtc:signal",
  "problem:propose",
  "problem:answer",
  "problem:withdraw",
] as const satisfies ReadonlyArray<keyof ClientToServerEvents>;
/** The fields each event knows, so random payloads often look almost right. */
const FIELDS: Record<(typeof EVENTS)[number], string[]> = {
  "session:enter": ["sessionId"],
  "chat:send": ["sessionId", "clientId", "body"],
  "chat:history": ["sessionId", "afterSeq"],
  "chat:typing": ["sessionId", "typing"],
  "presence:update": ["sessionId", "mic", "camera", "sharing"],
  "rtc:signal": ["sessionId", "description", "candidate"],
  "problem:propose": ["sessionId", "problemSlug"],
  "problem:answer": ["sessionId", "proposalId", "accept"],
  "problem:withdraw": ["sessionId", "proposalId"],
};

let server: http.Server;
let realtime: ReturnType<typeof attachRealtime>;
let url: string;
let open: Client[] = [];

beforeAll(async () => {
  server = http.createServer();
  realtime = attachRealtime(server, pino({ level: "silent" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  for (const c of open) c.disconnect();
  open = [];
});
afterAll(async () => {
  await realtime.close();
});

function client(cookie: string): Promise<Client> {
  const socket: Client = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  open.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

async function call(socket: Client, event: string, ...args: unknown[]): Promise<AckResult<unknown>> {
  return await (socket.timeout(5_000).emitWithAck as (e: string, ...a: unknown[]) => Promise<AckResult<unknown>>)(
    event,
    ...args,
  );
}

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", " ", "\u0000", "<img src=x onerror=window.__xss=1>", "A".repeat(22), ...PROTOTYPE_KEYS),
  fc.integer({ min: 1_000, max: 60_000 }).map((n) => "x".repeat(n)),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Stands for the session the socket entered; replaced once the session exists. */
const THIS_SESSION = "<this session>";
const withSession = (value: unknown, sessionId: string): unknown =>
  value === undefined
    ? undefined
    : (JSON.parse(
        JSON.stringify(value).replaceAll(JSON.stringify(THIS_SESSION), JSON.stringify(sessionId)),
      ) as unknown);

/** A payload: random JSON, or an object with the event's own fields holding anything. */
function payload(event: (typeof EVENTS)[number]): fc.Arbitrary<unknown> {
  const sessionId = THIS_SESSION;
  const keys = fc.constantFrom(...FIELDS[event], ...PROTOTYPE_KEYS, "extra");
  const object = fc.array(fc.tuple(keys, value), { maxLength: 6 }).chain((pairs) =>
    fc.boolean().map((withRealSession) => {
      // Built from JSON so "__proto__" becomes an own key, as it would off the wire.
      const entries = withRealSession ? [...pairs, ["sessionId", sessionId] as [string, unknown]] : pairs;
      return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as unknown;
    }),
  );
  return fc.oneof(
    { weight: 3, arbitrary: object },
    { weight: 1, arbitrary: value },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

describe("socket events under hostile payloads", () => {
  for (const event of EVENTS) {
    it(`${event}: always a clear ack, and the socket keeps working`, async () => {
      await fc.assert(
        fc.asyncProperty(payload(event), async (generated) => {
          const { sessionId, cookies } = await world();
          const socket = await client(cookies.host!);
          expect((await call(socket, "session:enter", { sessionId })).ok).toBe(true);
          const result = await call(socket, event, withSession(generated, sessionId));
          if (result.ok) expect(result).toHaveProperty("data");
          else {
            expect(typeof result.error).toBe("string");
            expect(result.error.length).toBeGreaterThan(3);
            expect(result.error).not.toMatch(/Something went wrong/);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect((await call(socket, "chat:history", { sessionId, afterSeq: 0 })).ok).toBe(true);
          socket.disconnect();
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("answers extra arguments and a missing payload without crashing", async () => {
    const { sessionId, cookies } = await world();
    const socket = await client(cookies.host!);
    expect(await call(socket, "session:enter")).toMatchObject({ ok: false });
    expect(await call(socket, "chat:send", { sessionId }, "extra", 42)).toMatchObject({ ok: false });
    // No ack at all: nothing to answer, and the socket stays usable.
    (socket.emit as (e: string, ...a: unknown[]) => void)("chat:typing", { sessionId, typing: "yes" });
    expect((await call(socket, "session:enter", { sessionId })).ok).toBe(true);
  });

  it("drops a socket that sends an oversized frame, and keeps serving everyone else", async () => {
    const { sessionId, cookies } = await world();
    const big = await client(cookies.host!);
    const other = await client(cookies.guest!);
    const closed = new Promise<string>((resolve) => big.once("disconnect", (reason) => resolve(reason)));
    big.emit("chat:send", { sessionId, clientId: "oversized-1", body: "x".repeat(400_000) }, () => undefined);
    expect(await closed).toMatch(/transport close|transport error/);
    expect((await call(other, "session:enter", { sessionId })).ok).toBe(true);
  });
});

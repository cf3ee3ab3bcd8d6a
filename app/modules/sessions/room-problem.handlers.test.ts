import http from "node:http";
import type { AddressInfo } from "node:net";

import pino from "pino";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import { proposeProblem } from "~/modules/sessions/room-problem.server";
import type { ProposeResult } from "~/modules/sessions/room-problem-contract";
import { endSession, leaveSession } from "~/modules/sessions/sessions.server";
import type {
  AckResult,
  ChatMessageDto,
  ClientToServerEvents,
  EnterResult,
  RoomState,
  ServerToClientEvents,
} from "~/platform/realtime/realtime-events";
import { attachRealtime } from "~/platform/realtime/realtime-server";

import { person, seatedSession } from "../../../tests/support/people";

/** "Change problem" over a real Socket.IO server on a real port (ADR 080). */

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

let server: http.Server;
let realtime: ReturnType<typeof attachRealtime>;
let url: string;
const clients: Client[] = [];

beforeAll(async () => {
  server = http.createServer();
  realtime = attachRealtime(server, pino({ level: "silent" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await realtime.close();
});

function call<T>(socket: Client, event: keyof ClientToServerEvents, payload: unknown): Promise<AckResult<T>> {
  return new Promise((resolve) =>
    (socket.emit as (e: string, p: unknown, ack: (r: AckResult<T>) => void) => void)(event, payload, resolve),
  );
}

/** The next `event` the socket hears that satisfies `test` (fails after 5 s). */
function until<E extends keyof ServerToClientEvents>(
  socket: Client,
  event: E,
  test: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
) {
  return new Promise<Parameters<ServerToClientEvents[E]>[0]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} in time`)), 5_000);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!test(payload)) return;
      clearTimeout(timer);
      (socket.off as (e: string, l: unknown) => void)(event, listener);
      resolve(payload);
    };
    (socket.on as (e: string, l: unknown) => void)(event, listener);
  });
}

async function entered(cookie: string, sessionId: string) {
  const socket: Client = connect(url, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  const result = await call<EnterResult>(socket, "session:enter", { sessionId });
  expect(result.ok).toBe(true);
  return socket;
}

async function pair() {
  const host = await person();
  const guest = await person();
  const sessionId = await seatedSession(host.user.id, guest.user.id);
  const [hostSocket, guestSocket] = await Promise.all([
    entered(host.cookie, sessionId),
    entered(guest.cookie, sessionId),
  ]);
  return { host, guest, sessionId, hostSocket, guestSocket };
}

const problemOf = async (sessionId: string) => (await getStore().sessions.findById(sessionId))?.problemSlug;
const hasProposal = (state: RoomState) => state.proposal !== null;
const noProposal = (state: RoomState) => state.proposal === null;

describe("change problem over the socket", () => {
  it("alone in the room, the host changes it at once; the room reloads and the chat says so", async () => {
    const host = await person();
    const sessionId = await seatedSession(host.user.id);
    const socket = await entered(host.cookie, sessionId);
    const changed = until(socket, "problem:changed");
    const line = until(
      socket,
      "chat:message",
      (m: ChatMessageDto) => m.kind === "system" && /changed the problem/.test(m.body),
    );
    const result = await call<ProposeResult>(socket, "problem:propose", {
      sessionId,
      problemSlug: "valid-parentheses",
    });
    expect(result).toEqual({ ok: true, data: { outcome: "changed" } });
    expect(await changed).toEqual({ problemSlug: "valid-parentheses" });
    expect((await line).body).toBe(`${host.user.username} changed the problem to Valid Parentheses`);
    expect(await problemOf(sessionId)).toBe("valid-parentheses");
    expect(await getStore().roomProblems.problemsOf(sessionId)).toEqual(["two-sum", "valid-parentheses"]);
  });

  it("with a partner it is a proposal both see; the partner accepts and both rooms switch", async () => {
    const { host, guest, sessionId, hostSocket, guestSocket } = await pair();
    const seenByGuest = until(guestSocket, "room:state", hasProposal);
    const seenByHost = until(hostSocket, "room:state", hasProposal);
    const result = await call<ProposeResult>(hostSocket, "problem:propose", {
      sessionId,
      problemSlug: "climbing-stairs",
    });
    expect(result.ok && result.data.outcome).toBe("proposed");
    const proposal = (await seenByGuest).proposal!;
    expect((await seenByHost).proposal?.id).toBe(proposal.id);
    expect(proposal).toMatchObject({
      problemSlug: "climbing-stairs",
      title: "Climbing Stairs",
      proposedBy: { id: host.user.id, username: host.user.username },
    });
    expect(Date.parse(proposal.expiresAt) - Date.now()).toBeGreaterThan(55_000);
    // Nothing changed yet, and the proposer cannot answer for the partner.
    expect(await problemOf(sessionId)).toBe("two-sum");
    expect(await call(hostSocket, "problem:answer", { sessionId, proposalId: proposal.id, accept: true })).toEqual({
      ok: false,
      error: "Your partner answers your proposal",
    });

    const hostChanged = until(hostSocket, "problem:changed");
    const guestChanged = until(guestSocket, "problem:changed");
    const line = until(hostSocket, "chat:message", (m: ChatMessageDto) => /accepted/.test(m.body));
    expect(await call(guestSocket, "problem:answer", { sessionId, proposalId: proposal.id, accept: true })).toEqual({
      ok: true,
      data: null,
    });
    expect(await hostChanged).toEqual({ problemSlug: "climbing-stairs" });
    expect(await guestChanged).toEqual({ problemSlug: "climbing-stairs" });
    expect((await line).body).toBe(
      `${guest.user.username} accepted ${host.user.username}'s proposal: the problem is now Climbing Stairs`,
    );
    expect(await problemOf(sessionId)).toBe("climbing-stairs");
    // Accepting twice switches nothing more.
    expect(await call(guestSocket, "problem:answer", { sessionId, proposalId: proposal.id, accept: true })).toEqual({
      ok: false,
      error: "That proposal is no longer open",
    });
  });

  it("the partner declines: the proposal closes for both and the problem stays", async () => {
    const { guest, sessionId, hostSocket, guestSocket } = await pair();
    const seen = until(hostSocket, "room:state", hasProposal);
    await call(guestSocket, "problem:propose", { sessionId, problemSlug: "valid-parentheses" });
    const { proposal } = await seen;
    const closedForGuest = until(guestSocket, "room:state", noProposal);
    const line = until(guestSocket, "chat:message", (m: ChatMessageDto) => /declined/.test(m.body));
    expect(await call(hostSocket, "problem:answer", { sessionId, proposalId: proposal!.id, accept: false })).toEqual({
      ok: true,
      data: null,
    });
    await closedForGuest;
    expect((await line).body).toMatch(/declined Valid Parentheses$/);
    expect(await problemOf(sessionId)).toBe("two-sum");
    expect(guest.user.id).toBe(proposal!.proposedBy.id);
  });

  it("a proposal lapses when its time is up: both rooms hear it, and it can no longer be accepted", async () => {
    const { host, sessionId, hostSocket, guestSocket } = await pair();
    const seen = until(guestSocket, "room:state", hasProposal);
    // Made as if 59.7 s ago: it has 300 ms left.
    const made = await proposeProblem(host.user, sessionId, "valid-parentheses", new Date(Date.now() - 59_700));
    expect(made.ok).toBe(true);
    const { proposal } = await seen;
    await Promise.all([until(guestSocket, "room:state", noProposal), until(hostSocket, "room:state", noProposal)]);
    expect(await call(guestSocket, "problem:answer", { sessionId, proposalId: proposal!.id, accept: true })).toEqual({
      ok: false,
      error: "That proposal is no longer open",
    });
    expect(await problemOf(sessionId)).toBe("two-sum");
  });

  it("closes the proposal when its author leaves the seat", async () => {
    const { guest, sessionId, hostSocket, guestSocket } = await pair();
    const seen = until(hostSocket, "room:state", hasProposal);
    await call(guestSocket, "problem:propose", { sessionId, problemSlug: "valid-parentheses" });
    await seen;
    const closed = until(hostSocket, "room:state", noProposal);
    expect((await leaveSession(guest.user, sessionId)).ok).toBe(true);
    await closed;
    expect(await getStore().roomProblems.pending(sessionId, new Date(0))).toBeNull();
  });

  it("refuses a third user, bad payloads, your partner's pending turn and an ended session", async () => {
    const { host, sessionId, hostSocket, guestSocket } = await pair();
    const stranger = await person();
    const ownSession = await seatedSession(stranger.user.id);
    const strangerSocket = await entered(stranger.cookie, ownSession);
    for (const [event, payload] of [
      ["problem:propose", { sessionId, problemSlug: "valid-parentheses" }],
      ["problem:answer", { sessionId, proposalId: "anything", accept: true }],
      ["problem:withdraw", { sessionId, proposalId: "anything" }],
    ] as const)
      expect(await call(strangerSocket, event, payload)).toEqual({ ok: false, error: "You are not in this session" });
    expect(await call(hostSocket, "problem:propose", { sessionId, problemSlug: "../../etc/passwd" })).toEqual({
      ok: false,
      error: "Choose a problem from the list",
    });
    expect(await call(hostSocket, "problem:propose", { sessionId, problemSlug: "no-such-problem" })).toEqual({
      ok: false,
      error: "Choose a problem from the list",
    });
    expect(await call(hostSocket, "problem:propose", { sessionId, problemSlug: "two-sum" })).toEqual({
      ok: false,
      error: "That is already the session's problem",
    });
    expect((await call(hostSocket, "problem:propose", { sessionId, problemSlug: "valid-parentheses" })).ok).toBe(true);
    expect(await call(guestSocket, "problem:propose", { sessionId, problemSlug: "climbing-stairs" })).toEqual({
      ok: false,
      error: "Your partner has proposed a problem: answer it first",
    });
    expect((await endSession(host.user, sessionId)).ok).toBe(true);
    expect(await proposeProblem(host.user, sessionId, "climbing-stairs")).toMatchObject({ ok: false, reason: "ended" });
    expect(await call(hostSocket, "problem:propose", { sessionId, problemSlug: "climbing-stairs" })).toEqual({
      ok: false,
      error: "You are not in this session",
    });
    expect(await problemOf(sessionId)).toBe("two-sum");
  });

  it("limits changes per user, across sockets", async () => {
    const host = await person();
    const sessionId = await seatedSession(host.user.id);
    const [a, b] = await Promise.all([entered(host.cookie, sessionId), entered(host.cookie, sessionId)]);
    const results: Array<AckResult<ProposeResult>> = [];
    // One after another, each a real change (away from the problem the last one left).
    let current = "two-sum";
    for (let i = 0; i < 14; i++) {
      const problemSlug = current === "two-sum" ? "valid-parentheses" : "two-sum";
      const result = await call<ProposeResult>(i % 2 ? a : b, "problem:propose", { sessionId, problemSlug });
      if (result.ok) current = problemSlug;
      results.push(result);
    }
    const passed = results.filter((r) => r.ok).length;
    expect(passed).toBe(10);
    const refused = results.filter((r): r is { ok: false; error: string } => !r.ok);
    expect(refused).toHaveLength(4);
    for (const r of refused) expect(r.error).toMatch(/^Too many problem changes just now\. Try again in/);
  });
});

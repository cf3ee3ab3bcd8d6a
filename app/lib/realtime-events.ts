import { z } from "zod";

/**
 * The realtime contract shared by the Socket.IO server and its clients: event names are
 * `entity:verb`; requests answer through acknowledgements { ok: true, data } | { ok: false, error }.
 */

export type AckResult<T> = { ok: true; data: T } | { ok: false; error: string };
export type Ack<T> = (result: AckResult<T>) => void;

export const CHAT_MAX_LENGTH = 4000;

const SessionId = z.string().regex(/^[A-Za-z0-9_-]{22}$/, "unknown session");

export const EnterSchema = z.object({ sessionId: SessionId });
export const ChatSendSchema = z.object({
  sessionId: SessionId,
  clientId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  body: z
    .string()
    .max(CHAT_MAX_LENGTH, `Messages can be at most ${CHAT_MAX_LENGTH} characters`)
    .refine((b) => b.trim().length > 0, "Write something first"),
});
export const ChatHistorySchema = z.object({ sessionId: SessionId, afterSeq: z.number().int().min(0) });
export const TypingSchema = z.object({ sessionId: SessionId, typing: z.boolean() });
export const PresenceSchema = z.object({
  sessionId: SessionId,
  mic: z.boolean(),
  camera: z.boolean(),
  sharing: z.boolean(),
});
export const SignalSchema = z.object({
  sessionId: SessionId,
  description: z
    .object({ type: z.enum(["offer", "answer", "pranswer", "rollback"]), sdp: z.string().max(100_000).optional() })
    .optional(),
  candidate: z
    .object({
      candidate: z.string().max(2_000).optional(),
      sdpMid: z.string().max(100).nullable().optional(),
      sdpMLineIndex: z.number().int().min(0).max(100).nullable().optional(),
      usernameFragment: z.string().max(256).nullable().optional(),
    })
    .nullable()
    .optional(),
});

export interface ChatMessageDto {
  id: string;
  seq: number;
  clientId: string;
  kind: "user" | "system";
  authorName: string | null;
  body: string;
  createdAt: string;
}

export interface ParticipantPresence {
  username: string;
  role: "host" | "guest";
  /** connected now */
  online: boolean;
  /** dropped a moment ago and may come back */
  reconnecting: boolean;
  mic: boolean;
  camera: boolean;
  sharing: boolean;
}

export interface RoomState {
  sessionId: string;
  status: "waiting" | "active" | "ended";
  participants: ParticipantPresence[];
}

export interface EnterResult {
  role: "host" | "guest";
  /** In perfect negotiation the guest is the polite peer. */
  polite: boolean;
  state: RoomState;
}

export interface ClientToServerEvents {
  "session:enter": (payload: z.input<typeof EnterSchema>, ack: Ack<EnterResult>) => void;
  "chat:send": (payload: z.input<typeof ChatSendSchema>, ack: Ack<ChatMessageDto>) => void;
  "chat:history": (payload: z.input<typeof ChatHistorySchema>, ack: Ack<ChatMessageDto[]>) => void;
  "chat:typing": (payload: z.input<typeof TypingSchema>) => void;
  "presence:update": (payload: z.input<typeof PresenceSchema>) => void;
  "rtc:signal": (payload: z.input<typeof SignalSchema>, ack?: Ack<null>) => void;
}

export interface ServerToClientEvents {
  "chat:message": (message: ChatMessageDto) => void;
  "chat:typing": (payload: { username: string; typing: boolean }) => void;
  "room:state": (state: RoomState) => void;
  /** Seats changed (join, leave, handover): reload the page's data. */
  "session:changed": () => void;
  "session:ended": (payload: { reason: string }) => void;
  "rtc:signal": (payload: {
    description?: { type: RTCSdpType; sdp?: string };
    candidate?: RTCIceCandidateInit | null;
  }) => void;
  /** The partner's socket arrived in (or left) the room: start or reset the call. */
  "rtc:peer": (payload: { present: boolean }) => void;
}

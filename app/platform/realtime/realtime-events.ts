import type { z } from "zod";

import type { SignalPayload, SignalSchema } from "~/modules/call/call-contract";
import type { ChatHistorySchema, ChatMessageDto, ChatSendSchema, TypingSchema } from "~/modules/chat/chat-contract";
import type {
  MatchJoinSchema,
  MatchLeaveSchema,
  MatchProposalSchema,
  MatchStatusDto,
} from "~/modules/matching/match-contract";
import type {
  NotificationDto,
  NotificationListSchema,
  NotificationReadSchema,
  NotificationSummary,
} from "~/modules/notifications/notification-contract";
import type {
  ProblemAnswerSchema,
  ProblemProposeSchema,
  ProblemWithdrawSchema,
  ProposeResult,
} from "~/modules/sessions/room-problem-contract";
import type {
  EnterResult,
  EnterSchema,
  PresenceSchema,
  RoomState,
  TimerSchema,
} from "~/modules/sessions/session-contract";

/**
 * The realtime contract shared by the Socket.IO server and its clients: event names are
 * `entity:verb`; requests answer through acknowledgements { ok: true, data } | { ok: false, error }.
 * Each feature owns its payload schemas (chat-contract, session-contract, call-contract).
 */

export type AckResult<T> = { ok: true; data: T } | { ok: false; error: string };
export type Ack<T> = (result: AckResult<T>) => void;

export interface ClientToServerEvents {
  "session:enter": (payload: z.input<typeof EnterSchema>, ack: Ack<EnterResult>) => void;
  "chat:send": (payload: z.input<typeof ChatSendSchema>, ack: Ack<ChatMessageDto>) => void;
  "chat:history": (payload: z.input<typeof ChatHistorySchema>, ack: Ack<ChatMessageDto[]>) => void;
  "chat:typing": (payload: z.input<typeof TypingSchema>) => void;
  "presence:update": (payload: z.input<typeof PresenceSchema>) => void;
  /** Either participant sets (or with null, stops) the countdown both of them see. */
  "session:timer": (payload: z.input<typeof TimerSchema>, ack?: Ack<null>) => void;
  /** Change the session's problem: at once when alone, otherwise a proposal to the partner. */
  "problem:propose": (payload: z.input<typeof ProblemProposeSchema>, ack: Ack<ProposeResult>) => void;
  "problem:answer": (payload: z.input<typeof ProblemAnswerSchema>, ack: Ack<null>) => void;
  "problem:withdraw": (payload: z.input<typeof ProblemWithdrawSchema>, ack: Ack<null>) => void;
  "rtc:signal": (payload: z.input<typeof SignalSchema>, ack?: Ack<null>) => void;
  /** Quick match: join (or see where you are), leave, answer a proposal, ask where you stand. */
  "match:join": (payload: z.input<typeof MatchJoinSchema>, ack: Ack<MatchStatusDto>) => void;
  "match:leave": (payload: z.input<typeof MatchLeaveSchema>, ack?: Ack<MatchStatusDto>) => void;
  "match:accept": (payload: z.input<typeof MatchProposalSchema>, ack: Ack<MatchStatusDto>) => void;
  "match:decline": (payload: z.input<typeof MatchProposalSchema>, ack: Ack<MatchStatusDto>) => void;
  "match:status": (payload: Record<string, never>, ack: Ack<MatchStatusDto>) => void;
  /** The caller's own notifications (newest first) and unread count. */
  "notification:list": (payload: z.input<typeof NotificationListSchema>, ack: Ack<NotificationSummary>) => void;
  /** Marks one of the caller's notifications read; answers the unread count. */
  "notification:read": (payload: z.input<typeof NotificationReadSchema>, ack?: Ack<number>) => void;
  "notification:readAll": (payload: z.input<typeof NotificationListSchema>, ack?: Ack<number>) => void;
}

export interface ServerToClientEvents {
  "chat:message": (message: ChatMessageDto) => void;
  "chat:typing": (payload: { userId: string; username: string; typing: boolean }) => void;
  "room:state": (state: RoomState) => void;
  /** Seats changed (join, leave, handover): reload the page's data. */
  "session:changed": () => void;
  "session:ended": (payload: { reason: string }) => void;
  /** The session switched problem: reload the page's data (the call and chat stay). */
  "problem:changed": (payload: { problemSlug: string }) => void;
  "rtc:signal": (payload: SignalPayload) => void;
  /** The partner's socket arrived in (or left) the room: start or reset the call. */
  "rtc:peer": (payload: { present: boolean }) => void;
  /** Quick match: where this user stands now (every tab of theirs hears it). */
  "match:state": (status: MatchStatusDto) => void;
  /** A notification for this user was stored (sent to the user's own room only). */
  "notification:new": (notification: NotificationDto) => void;
}

export type { ChatMessageDto } from "~/modules/chat/chat-contract";
export type { EnterResult, ParticipantPresence, RoomState } from "~/modules/sessions/session-contract";

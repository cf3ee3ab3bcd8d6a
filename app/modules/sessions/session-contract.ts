import { z } from "zod";

import type { ProposalDto } from "~/modules/sessions/room-problem-contract";
import { SessionIdSchema } from "~/modules/sessions/session-id";
import { TIMER_MINUTES } from "~/modules/sessions/timer-minutes";

export { TIMER_MINUTES };

/** The room's part of the realtime contract: entering, presence, results. */

export const EnterSchema = z.object({ sessionId: SessionIdSchema });
export const PresenceSchema = z.object({
  sessionId: SessionIdSchema,
  mic: z.boolean(),
  camera: z.boolean(),
  sharing: z.boolean(),
});

/** Minutes a session timer may run (or null: no timer). */
export const TimerSchema = z.object({
  sessionId: SessionIdSchema,
  minutes: z
    .number()
    .int()
    .refine((m) => (TIMER_MINUTES as readonly number[]).includes(m), "Choose 15, 30, 45, 60 or 90 minutes")
    .nullable(),
});

export interface ParticipantPresence {
  /** The key: names can change (Clerk renames), ids do not. */
  userId: string;
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
  /** When the session's countdown runs out (ISO), or null without a timer. */
  timerEndsAt: string | null;
  /** The session's problem now (it can change: ADR 080). */
  problemSlug: string;
  /** A problem one of them proposed, waiting for the other's answer. */
  proposal: ProposalDto | null;
  /** The server's clock when this was sent, so both count down from the same time. */
  serverNow: number;
}

export interface EnterResult {
  role: "host" | "guest";
  /** In perfect negotiation the guest is the polite peer. */
  polite: boolean;
  state: RoomState;
}

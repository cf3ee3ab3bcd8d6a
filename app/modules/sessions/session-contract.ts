import { z } from "zod";

import { SessionIdSchema } from "~/modules/sessions/session-id";

/** The room's part of the realtime contract: entering, presence, results. */

export const EnterSchema = z.object({ sessionId: SessionIdSchema });
export const PresenceSchema = z.object({
  sessionId: SessionIdSchema,
  mic: z.boolean(),
  camera: z.boolean(),
  sharing: z.boolean(),
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
}

export interface EnterResult {
  role: "host" | "guest";
  /** In perfect negotiation the guest is the polite peer. */
  polite: boolean;
  state: RoomState;
}

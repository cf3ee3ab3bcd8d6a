import { z } from "zod";

import { SessionIdSchema } from "~/modules/sessions/session-id";

/** WebRTC signaling relayed between the two seats ("perfect negotiation"). */
export const SignalSchema = z.object({
  sessionId: SessionIdSchema,
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

export interface SignalPayload {
  description?: { type: RTCSdpType; sdp?: string };
  candidate?: RTCIceCandidateInit | null;
}

import { z } from "zod";

import { DifficultySchema, LanguageSchema, TopicSchema } from "~/modules/problems/problem-schema";

/** Quick match's part of the realtime contract: payloads (zod) and what the page is told. */

const SlugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+$/, "Unknown problem");

export const MatchJoinSchema = z.object({
  difficulty: DifficultySchema,
  topics: z.array(TopicSchema).max(20, "Choose at most 20 topics").default([]),
  language: LanguageSchema,
  problem: SlugSchema.nullable().default(null),
});
export const MatchProposalSchema = z.object({ proposalId: z.string().uuid() });
/** `tab`: only this tab leaves the page (others of the same user keep the place); `all`: Cancel. */
export const MatchLeaveSchema = z.object({ scope: z.enum(["tab", "all"]) });
export const MatchStatusSchema = z.object({}).optional();

export interface MatchPartnerDto {
  username: string;
}

/** Where the user stands; pushed to every tab of theirs on each change (`match:state`). */
export type MatchStatusDto =
  | { state: "idle"; notice: string | null }
  | {
      state: "queued";
      joinedAt: number;
      serverNow: number;
      front: boolean;
      criteria: z.output<typeof MatchJoinSchema>;
      notice: string | null;
    }
  | {
      state: "proposed";
      proposalId: string;
      partner: MatchPartnerDto;
      expiresAt: number;
      serverNow: number;
      acceptedByMe: boolean;
      acceptedByPartner: boolean;
    }
  | { state: "matched"; sessionId: string }
  /** Holds an open seat: cannot queue until they leave it (ADR 031). */
  | { state: "seated"; sessionId: string };

/** The match page's query: `/match?difficulty=&topics=a,b&language=&problem=<slug>`; anything invalid is ignored. */
export const MatchQuerySchema = z.object({
  difficulty: DifficultySchema.optional().catch(undefined),
  topics: z
    .array(z.string())
    .transform((values) => values.flatMap((v) => v.split(",")).filter((t) => TopicSchema.safeParse(t).success))
    .pipe(z.array(TopicSchema).max(20))
    .catch([]),
  language: LanguageSchema.optional().catch(undefined),
  problem: SlugSchema.optional().catch(undefined),
});

import { z } from "zod";

import { type Difficulty, SLUG_PATTERN } from "~/modules/problems/problem-schema";
import { SessionIdSchema } from "~/modules/sessions/session-id";

/** The room's "Change problem" part of the realtime contract (ADR 080). */

/** How long a proposal waits for the partner's answer. */
export const PROPOSAL_TTL_MS = 60_000;

const ProblemSlugSchema = z
  .string({ error: "Choose a problem from the list" })
  .max(100, "Choose a problem from the list")
  .regex(SLUG_PATTERN, "Choose a problem from the list");
const ProposalIdSchema = z.string().min(1).max(64);

export const ProblemProposeSchema = z.object({ sessionId: SessionIdSchema, problemSlug: ProblemSlugSchema });
export const ProblemAnswerSchema = z.object({
  sessionId: SessionIdSchema,
  proposalId: ProposalIdSchema,
  accept: z.boolean(),
});
export const ProblemWithdrawSchema = z.object({ sessionId: SessionIdSchema, proposalId: ProposalIdSchema });

/** The form post without JavaScript (`intent=change-problem`). */
export const ChangeProblemFormSchema = z.object({ problemSlug: ProblemSlugSchema });

export interface ProposalDto {
  id: string;
  problemSlug: string;
  title: string;
  difficulty: Difficulty;
  proposedBy: { id: string; username: string };
  /** ISO; the room's clock offset turns it into a countdown. */
  expiresAt: string;
}

export type ProposeResult = { outcome: "changed" } | { outcome: "proposed"; proposal: ProposalDto };

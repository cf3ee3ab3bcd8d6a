import { z } from "zod";

import { TopicSchema } from "~/modules/problems/problem-schema";

/** The 60-second reflection after a session: three short answers, no ratings. */
export const REFLECTION_MAX = 280;

const answer = (what: string) =>
  z.string().trim().max(REFLECTION_MAX, `${what} must be at most ${REFLECTION_MAX} characters`).default("");

export const ReflectionSchema = z
  .object({
    blocker: answer("What blocked you"),
    nextStep: answer("What you will try next"),
    kudos: answer("The kudos"),
    blockerTopic: z
      .union([z.literal(""), TopicSchema], { error: "Pick a topic from the list" })
      .default("")
      .transform((t) => (t === "" ? null : t)),
  })
  .refine((r) => r.blocker || r.nextStep || r.kudos, {
    path: ["blocker"],
    message: "Write at least one line",
  });

export type ReflectionInput = z.output<typeof ReflectionSchema>;

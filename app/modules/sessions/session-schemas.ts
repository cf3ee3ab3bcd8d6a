import { z } from "zod";

import { DifficultySchema } from "~/modules/problems/problem-schema";

export const SessionPasswordSchema = z
  .string()
  .min(4, "The password must be at least 4 characters")
  .max(64, "The password must be at most 64 characters");

export const CreateSessionSchema = z
  .object({
    problem: z.string({ error: "Choose a problem" }).trim().min(1, "Choose a problem").max(100),
    difficulty: z.union([DifficultySchema, z.literal("")]).optional(),
    visibility: z.enum(["public", "private"], { error: "Choose public or private" }),
    password: z.string().max(200).optional(),
    timer: z.enum(["", "15", "30", "45", "60", "90"], { error: "Choose a timer from the list" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.visibility === "private") {
      const result = SessionPasswordSchema.safeParse(value.password ?? "");
      if (!result.success) {
        ctx.addIssue({
          code: "custom",
          path: ["password"],
          message: value.password
            ? (result.error.issues[0]?.message ?? "Invalid password")
            : "A private session needs a password",
        });
      }
    }
  });

export const JoinSessionSchema = z.object({
  password: z.string().max(200).optional(),
});

export const SessionIntentSchema = z.enum(["join", "leave", "end", "change-problem"], {
  error: "Unknown action: reload the page and try again",
});

import { z } from "zod";

import { DifficultySchema } from "~/modules/problems/problem-schema";
import { PAIR_STREAK_UNITS } from "~/modules/progress/pair-streak-rules";
import { SessionPasswordSchema } from "~/modules/sessions/session-schemas";

import { isTimeZone } from "./schedule-rules";
import { DURATIONS } from "./scheduled-view";

/** The scheduling forms. Times arrive as the reader's wall time plus their IANA zone. */

export const TimeZoneSchema = z.string().trim().max(64).refine(isTimeZone, "Unknown time zone").catch("UTC");

const WallTime = z
  .string({ error: "Choose a date and time" })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a date and time");

const Duration = z.coerce
  .number({ error: "Choose a length" })
  .refine((n) => (DURATIONS as readonly number[]).includes(n), "Choose a length from the list");

export const ScheduleFormSchema = z
  .object({
    problem: z.string({ error: "Choose a problem" }).trim().min(1, "Choose a problem").max(100),
    difficulty: z.union([DifficultySchema, z.literal("")]).optional(),
    visibility: z.enum(["public", "private"], { error: "Choose public or private" }),
    password: z.string().max(200).optional(),
    startsAt: WallTime,
    timeZone: TimeZoneSchema,
    duration: Duration,
  })
  .superRefine((value, ctx) => {
    if (value.visibility !== "private") return;
    const result = SessionPasswordSchema.safeParse(value.password ?? "");
    if (!result.success)
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: value.password
          ? (result.error.issues[0]?.message ?? "Invalid password")
          : "A private session needs a password",
      });
  });

export const ScheduledIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reserve"), password: z.string().max(200).optional() }),
  z.object({ intent: z.literal("release") }),
  z.object({ intent: z.literal("enter") }),
  z.object({ intent: z.literal("cancel") }),
  z.object({ intent: z.literal("reschedule"), startsAt: WallTime, timeZone: TimeZoneSchema, duration: Duration }),
]);

const UserId = z.string().trim().min(1, "Choose a partner").max(64);

export const PartnerIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save"), sessionId: z.string().trim().min(1).max(64), partnerId: UserId }),
  z.object({ intent: z.literal("remove"), partnerId: UserId }),
  z.object({
    intent: z.literal("invite"),
    partnerId: UserId,
    problem: z.string().trim().min(1, "Choose a problem").max(100).catch("random"),
    /** Empty: now. */
    startsAt: z.union([WallTime, z.literal("")]).optional(),
    timeZone: TimeZoneSchema,
    duration: Duration.catch(45),
  }),
  z.object({
    intent: z.literal("slot"),
    partnerId: UserId,
    weekday: z.coerce.number({ error: "Choose a day" }).int().min(0, "Choose a day").max(6, "Choose a day"),
    time: z.string({ error: "Choose a time" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Choose a time (HH:MM)"),
    timeZone: TimeZoneSchema,
    duration: Duration.catch(45),
    problem: z.string().trim().min(1).max(100).catch("random"),
  }),
  z.object({ intent: z.literal("cancel-slot"), slotId: z.string().uuid("Unknown slot") }),
  z.object({
    intent: z.literal("streak-unit"),
    partnerId: UserId,
    unit: z.enum(PAIR_STREAK_UNITS, { error: "Choose weeks or days" }),
    timeZone: TimeZoneSchema,
  }),
]);

export const SCHEDULED_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

import { z } from "zod";

/** What the browser sees of a notification, and the socket payloads of the centre. */

export const NOTIFICATION_TYPES = [
  "partner-joined",
  "invitation",
  "match-proposed",
  "starting-soon",
  "session-open",
  "no-show",
  "schedule-changed",
  "pair-streak",
] as const;

export interface NotificationDto {
  id: string;
  userId: string;
  type: (typeof NOTIFICATION_TYPES)[number];
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationSummary {
  unread: number;
  items: NotificationDto[];
}

const NotificationId = z.string().uuid("Unknown notification");

export const NotificationReadSchema = z.object({ id: NotificationId });
export const NotificationListSchema = z.object({}).strict().optional();

/** The page's forms (without JavaScript): one notification or all of them. */
export const NotificationFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read"), id: NotificationId }),
  z.object({ intent: z.literal("read-all") }),
]);

/** Types that play a short sound and badge the title when the tab is in the background. */
export const ATTENTION_TYPES: ReadonlySet<NotificationDto["type"]> = new Set([
  "partner-joined",
  "match-proposed",
  "starting-soon",
]);

import { notify } from "~/modules/notifications/notifications.server";
import type { DomainEvents } from "~/platform/events/domain-events.server";
import { getLogger } from "~/platform/logger.server";

/**
 * How a reminder reaches someone. The in-app channel (a stored notification, live over the
 * socket, shown as a toast and, when permitted, a browser notification) always runs; mail
 * is one more channel that the composition root adds when a mail sender is configured.
 */
export interface Reminder {
  userId: string;
  scheduledId: string;
  /** Raised on every change of time, so a moved session is reminded again. */
  sequence: number;
  problemTitle: string;
  startsAt: Date;
  /** Path of the scheduled session on this site. */
  link: string;
}

export interface ReminderChannel {
  readonly name: string;
  deliver(reminder: Reminder): Promise<void>;
}

export const reminderText = (r: Pick<Reminder, "problemTitle">) => ({
  title: "Your session starts in 10 minutes",
  body: `${r.problemTitle}: your partner will be there. Open the room when you are ready.`,
});

export const inAppReminderChannel: ReminderChannel = {
  name: "in-app",
  async deliver(reminder) {
    await notify({
      userId: reminder.userId,
      type: "starting-soon",
      ...reminderText(reminder),
      link: reminder.link,
      dedupeKey: `reminder:${reminder.scheduledId}:${reminder.sequence}`,
    });
  },
};

/** What a mail channel needs: a sender (the mail seam) and the addressee's address. */
export interface ReminderMailer {
  send(message: { to: string; subject: string; text: string }): Promise<unknown>;
}

export function mailReminderChannel(
  mailer: ReminderMailer,
  emailOf: (userId: string) => Promise<string | null>,
  siteUrl: string,
): ReminderChannel {
  return {
    name: "mail",
    async deliver(reminder) {
      const to = await emailOf(reminder.userId);
      if (!to) return;
      const { title, body } = reminderText(reminder);
      await mailer.send({
        to,
        subject: `${title}: ${reminder.problemTitle}`,
        text: `${body}\n\n${new URL(reminder.link, siteUrl).toString()}\n\nStarts at ${reminder.startsAt.toISOString()} (UTC).`,
      });
    },
  };
}

/**
 * Reminders as a listener: each member gets the reminder on every channel; a failing
 * channel is logged and never stops the others.
 */
export function deliverRemindersOn(
  events: DomainEvents,
  channels: readonly ReminderChannel[],
  sequenceOf: (scheduledId: string) => Promise<number>,
) {
  return events.on("scheduled.reminderDue", "scheduling-reminders", async (event) => {
    const sequence = await sequenceOf(event.scheduledId);
    for (const userId of event.memberIds) {
      const reminder: Reminder = {
        userId,
        scheduledId: event.scheduledId,
        sequence,
        problemTitle: event.title,
        startsAt: new Date(event.startsAt),
        link: `/scheduled/${event.scheduledId}`,
      };
      for (const channel of channels) {
        try {
          await channel.deliver(reminder);
        } catch (error) {
          getLogger().warn({ err: error, channel: channel.name }, "reminder channel failed");
        }
      }
    }
  });
}

import { getServices, getStore } from "~/composition.server";
import type { AppNotification, NewNotification } from "~/storage/scheduling-store.server";

import type { NotificationDto, NotificationSummary } from "./notification-contract";

/**
 * The notification centre's rules: a notification is stored once per addressee and key
 * (a retried delivery stores nothing new), told to realtime as `notification.created`, and
 * only its addressee reads it or marks it read.
 */

const LIST_LIMIT = 50;

export const toNotificationDto = (n: AppNotification): NotificationDto => ({
  id: n.id,
  userId: n.userId,
  type: n.type,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.createdAt.toISOString(),
  read: n.readAt !== null,
});

export async function notify(input: NewNotification): Promise<NotificationDto> {
  const { notification, created } = await getStore().notifications.create(input);
  const dto = toNotificationDto(notification);
  if (created) await getServices().events.emit({ type: "notification.created", notification: dto });
  return dto;
}

export async function notificationsFor(userId: string): Promise<NotificationSummary> {
  const store = getStore();
  const [items, unread] = await Promise.all([
    store.notifications.listForUser(userId, LIST_LIMIT),
    store.notifications.countUnread(userId),
  ]);
  return { unread, items: items.map(toNotificationDto) };
}

/** The caller's own notification only: someone else's id changes nothing. */
export async function markNotificationRead(userId: string, id: string): Promise<number> {
  await getStore().notifications.markRead(id, userId, new Date());
  return getStore().notifications.countUnread(userId);
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  await getStore().notifications.markAllRead(userId, new Date());
  return 0;
}

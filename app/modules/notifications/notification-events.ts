import type { NotificationDto } from "./notification-contract";

/** A notification was stored for its addressee (realtime sends it to their sockets). */
export type NotificationEvent = { type: "notification.created"; notification: NotificationDto };

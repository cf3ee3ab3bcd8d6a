import type { DomainEvents } from "~/platform/events/domain-events.server";
import {
  handle,
  type RealtimeContext,
  type RealtimeServer,
  type RealtimeSocket,
  userRoomOf,
} from "~/platform/realtime/context";

import { NotificationListSchema, NotificationReadSchema } from "./notification-contract";
import { markAllNotificationsRead, markNotificationRead, notificationsFor } from "./notifications.server";

/** The centre's socket events: every one answers for the socket's own user only. */
export function registerNotificationHandlers(ctx: RealtimeContext, socket: RealtimeSocket) {
  const userId = () => socket.data.user.id;
  socket.on(
    "notification:list",
    handle(ctx, socket, "notification:list", NotificationListSchema, () => notificationsFor(userId()), {
      needsRoom: false,
    }),
  );
  socket.on(
    "notification:read",
    handle(ctx, socket, "notification:read", NotificationReadSchema, ({ id }) => markNotificationRead(userId(), id), {
      needsRoom: false,
    }),
  );
  socket.on(
    "notification:readAll",
    handle(ctx, socket, "notification:readAll", NotificationListSchema, () => markAllNotificationsRead(userId()), {
      needsRoom: false,
    }),
  );
}

/** A stored notification goes to its addressee's sockets (every tab, every instance), nobody else's. */
export function sendNotificationsLive(io: RealtimeServer, events: DomainEvents) {
  return events.on("notification.created", "realtime-notifications", ({ notification }) => {
    io.to(userRoomOf(notification.userId)).emit("notification:new", notification);
  });
}

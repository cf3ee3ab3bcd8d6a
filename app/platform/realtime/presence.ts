/**
 * The sockets of this instance per session, and when a participant's last one dropped
 * (the "reconnecting" grace). Who is online across instances, and their media, is read
 * from the room's sockets (`liveParticipants`).
 */
export interface MediaState {
  mic: boolean;
  camera: boolean;
  sharing: boolean;
}

interface Entry {
  sockets: Set<string>;
  droppedAt: number | null;
}

/** A participant whose last socket dropped this recently shows as reconnecting, not gone. */
export const RECONNECT_GRACE_MS = 30_000;

export class PresenceRegistry {
  private rooms = new Map<string, Map<string, Entry>>();

  private entry(sessionId: string, userId: string): Entry {
    let room = this.rooms.get(sessionId);
    if (!room) this.rooms.set(sessionId, (room = new Map()));
    let entry = room.get(userId);
    if (!entry) room.set(userId, (entry = { sockets: new Set(), droppedAt: null }));
    return entry;
  }

  connect(sessionId: string, userId: string, socketId: string) {
    const entry = this.entry(sessionId, userId);
    entry.sockets.add(socketId);
    entry.droppedAt = null;
  }

  /** True when the user has no socket left in the session. */
  disconnect(sessionId: string, userId: string, socketId: string, now = Date.now()): boolean {
    const entry = this.rooms.get(sessionId)?.get(userId);
    if (!entry) return false;
    entry.sockets.delete(socketId);
    if (entry.sockets.size === 0) {
      entry.droppedAt = now;
      return true;
    }
    return false;
  }

  forget(sessionId: string, userId?: string) {
    if (userId) this.rooms.get(sessionId)?.delete(userId);
    else this.rooms.delete(sessionId);
  }

  /** The user's last socket on this instance dropped within the grace period. */
  recentlyDropped(sessionId: string, userId: string, now = Date.now()): boolean {
    const entry = this.rooms.get(sessionId)?.get(userId);
    return Boolean(
      entry && entry.sockets.size === 0 && entry.droppedAt != null && now - entry.droppedAt < RECONNECT_GRACE_MS,
    );
  }

  /** Every (session, user) with a live socket: their presence is refreshed in storage. */
  connected(): Array<{ sessionId: string; userId: string }> {
    const out: Array<{ sessionId: string; userId: string }> = [];
    for (const [sessionId, room] of this.rooms) {
      for (const [userId, entry] of room) if (entry.sockets.size > 0) out.push({ sessionId, userId });
    }
    return out;
  }
}

/** A socket as `fetchSockets()` returns it, local or on another instance. */
export interface RoomSocketView {
  data: { user: { id: string }; media?: Record<string, MediaState> };
}

/** Who has a socket in the session's room on any instance, with their media (any socket on wins). */
export function liveParticipants(sockets: RoomSocketView[], sessionId: string): Map<string, MediaState> {
  const live = new Map<string, MediaState>();
  for (const socket of sockets) {
    const media = socket.data.media?.[sessionId];
    const seen = live.get(socket.data.user.id) ?? { mic: false, camera: false, sharing: false };
    live.set(socket.data.user.id, {
      mic: seen.mic || Boolean(media?.mic),
      camera: seen.camera || Boolean(media?.camera),
      sharing: seen.sharing || Boolean(media?.sharing),
    });
  }
  return live;
}

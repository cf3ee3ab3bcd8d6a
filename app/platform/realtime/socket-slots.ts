/**
 * Places for open sockets, at most `max` per user (tabs, devices). In this process by
 * default; with REDIS_URL shared by every instance (app/adapters/redis/redis-socket-slots.server.ts).
 */
export interface SocketSlots {
  /** Takes a place for the socket; false when the user already holds `max`. Never throws. */
  take(userId: string, socketId: string): Promise<boolean>;
  /** Frees the socket's place (a second call does nothing). Never throws. */
  release(userId: string, socketId: string): Promise<void>;
  /** Stops background work (heartbeats). */
  close(): void;
}

/** One instance's count: the check and the take happen with no await between them. */
export function memorySocketSlots(max: number): SocketSlots & { takeNow(userId: string, socketId: string): boolean } {
  const held = new Map<string, Set<string>>();
  const takeNow = (userId: string, socketId: string) => {
    let sockets = held.get(userId);
    if (!sockets) held.set(userId, (sockets = new Set()));
    if (sockets.has(socketId)) return true;
    if (sockets.size >= max) return false;
    sockets.add(socketId);
    return true;
  };
  return {
    takeNow,
    take: async (userId, socketId) => takeNow(userId, socketId),
    release: async (userId, socketId) => {
      const sockets = held.get(userId);
      sockets?.delete(socketId);
      if (sockets?.size === 0) held.delete(userId);
    },
    close: () => held.clear(),
  };
}

import { getLogger } from "~/observability/logger.server";

/**
 * What happened to a session, told after storage has it. Hosted services that mirror a
 * session (Stream's call and channel) listen here instead of living in the domain rules.
 */
export type SessionLifecycleEvent =
  | { type: "created"; sessionId: string; host: { id: string; username: string } }
  | { type: "joined"; sessionId: string; hostId: string; guest: { id: string; username: string } }
  | { type: "left"; sessionId: string; userId: string }
  | { type: "handed-over"; sessionId: string; formerHostId: string; newHostId: string }
  | { type: "ended"; sessionId: string; reason: string };

export type SessionLifecycleListener = (event: SessionLifecycleEvent) => Promise<void> | void;

const listeners = new Set<SessionLifecycleListener>();

/** Returns a function that removes the listener. */
export function onSessionLifecycle(listener: SessionLifecycleListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tells every listener and waits for them, so a guest's room finds its call ready. A
 * failing listener is logged: it never undoes or fails the user's action.
 */
export async function emitSessionLifecycle(event: SessionLifecycleEvent): Promise<void> {
  await Promise.all(
    [...listeners].map(async (listener) => {
      try {
        await listener(event);
      } catch (error) {
        getLogger().warn(
          { err: error, event: event.type, sessionId: event.sessionId },
          "session lifecycle listener failed",
        );
      }
    }),
  );
}

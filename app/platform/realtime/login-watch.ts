import type { Logger } from "pino";

/**
 * Asks the identity provider again, for sockets whose login was proven by a short-lived
 * token (Clerk's session token lasts about a minute; a socket lives for hours), whether
 * their login session still holds. Webhooks announce ends at once; this is the backstop
 * for a late, lost or unconfigured webhook.
 *
 * One check per login session on this instance, however many of its sockets are open
 * (tabs of one browser share one Clerk session): first when the handshake's token
 * expires, then every `everyMs`.
 */
export interface LoginWatchOptions {
  /** true: still active; false: ended; null: could not tell (asked again next time). */
  check(loginSessionId: string): Promise<boolean | null>;
  /** The session ended: its sockets, on every instance, are to be disconnected. */
  ended(loginSessionId: string, userId: string): Promise<void>;
  everyMs: number;
  logger: Logger;
}

interface Watched {
  userId: string;
  sockets: Set<string>;
  timer: NodeJS.Timeout | undefined;
}

export class LoginWatch {
  private readonly watched = new Map<string, Watched>();

  constructor(private readonly options: LoginWatchOptions) {}

  /** Watches one socket's login session from `recheckAt` on; returns what to call when the socket goes. */
  watch(socketId: string, login: { sessionId: string; userId: string; recheckAt: Date }): () => void {
    let entry = this.watched.get(login.sessionId);
    if (!entry) {
      entry = { userId: login.userId, sockets: new Set(), timer: undefined };
      this.watched.set(login.sessionId, entry);
      this.schedule(login.sessionId, entry, login.recheckAt.getTime() - Date.now());
    }
    entry.sockets.add(socketId);
    return () => this.unwatch(login.sessionId, socketId);
  }

  /** Login sessions watched on this instance (tests, logs). */
  get size(): number {
    return this.watched.size;
  }

  stop(): void {
    for (const entry of this.watched.values()) clearTimeout(entry.timer);
    this.watched.clear();
  }

  private unwatch(sessionId: string, socketId: string) {
    const entry = this.watched.get(sessionId);
    if (!entry) return;
    entry.sockets.delete(socketId);
    if (entry.sockets.size > 0) return;
    clearTimeout(entry.timer);
    this.watched.delete(sessionId);
  }

  private schedule(sessionId: string, entry: Watched, delayMs: number) {
    // setTimeout overflows past 2^31 ms; a token never lasts that long, the interval never does.
    const delay = Math.min(Math.max(delayMs, 0), this.options.everyMs);
    entry.timer = setTimeout(() => void this.recheck(sessionId, entry), delay);
    entry.timer.unref();
  }

  private async recheck(sessionId: string, entry: Watched) {
    let active: boolean | null;
    try {
      active = await this.options.check(sessionId);
    } catch (error) {
      this.options.logger.warn({ err: error }, "login session check failed");
      active = null;
    }
    // The last socket went while Clerk was being asked: nothing left to watch.
    if (this.watched.get(sessionId) !== entry) return;
    if (active === false) {
      this.watched.delete(sessionId);
      await this.options.ended(sessionId, entry.userId).catch((error: unknown) => {
        this.options.logger.warn({ err: error }, "ending the sockets of an ended login session failed");
      });
      return;
    }
    this.schedule(sessionId, entry, this.options.everyMs);
  }
}

import type { AccountEvent } from "~/modules/accounts/account-events";
import type { ChatEvent } from "~/modules/chat/chat-events";
import type { MatchEvent } from "~/modules/matching/match-events";
import type { NotificationEvent } from "~/modules/notifications/notification-events";
import type { SubmissionEvent } from "~/modules/problems/submission-events";
import type { SchedulingEvent } from "~/modules/scheduling/scheduling-events";
import type { SessionEvent } from "~/modules/sessions/session-events";
import { getLogger } from "~/platform/logger.server";

/**
 * Every state change leaves the domain as one of these. Realtime fan-out, the lobby
 * cache, chat announcements and hosted mirrors (Stream) are listeners; the domain
 * rules import no transport and call no adapter.
 */
export type DomainEvent =
  SessionEvent | ChatEvent | AccountEvent | SubmissionEvent | MatchEvent | SchedulingEvent | NotificationEvent;
export type DomainEventType = DomainEvent["type"];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

type Listener<E extends DomainEvent = DomainEvent> = (event: E) => void | Promise<void>;

interface Registration {
  name: string;
  types: ReadonlySet<DomainEventType> | null;
  listener: Listener;
}

export class DomainEvents {
  private registrations: Registration[] = [];

  /**
   * Listens to some event types (or every event with `"*"`); returns a function that stops
   * listening. `name` appears in the log when the listener fails.
   */
  on<T extends DomainEventType>(
    types: T | readonly T[] | "*",
    name: string,
    listener: Listener<EventOf<T>>,
  ): () => void {
    const registration: Registration = {
      name,
      types: types === "*" ? null : new Set(Array.isArray(types) ? types : [types as T]),
      listener: listener as Listener,
    };
    this.registrations.push(registration);
    return () => {
      this.registrations = this.registrations.filter((r) => r !== registration);
    };
  }

  /**
   * Tells every listener, one after another in the order they registered (a hosted
   * mirror is ready before the room is told to reload). A failing listener is logged:
   * it never undoes or fails the change that already happened.
   */
  async emit(event: DomainEvent): Promise<void> {
    for (const { name, types, listener } of this.registrations) {
      if (types && !types.has(event.type)) continue;
      try {
        await listener(event);
      } catch (error) {
        getLogger().warn({ err: error, event: event.type, listener: name }, "domain event listener failed");
      }
    }
  }

  /** How many listeners are registered (start-up logs and tests). */
  get size(): number {
    return this.registrations.length;
  }
}

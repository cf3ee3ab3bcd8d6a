import type { SessionEndReason as EndReason } from "~/storage/store.server";

/** Who did something, as events carry them: an id (the key) and the name to show. */
export interface UserRef {
  id: string;
  username: string;
}

/** What happened to a session, emitted after storage has it. */
export type SessionEvent =
  | {
      type: "session.created";
      sessionId: string;
      host: UserRef;
      problemSlug: string;
      visibility: "public" | "private";
    }
  | { type: "session.seatTaken"; sessionId: string; hostId: string; guest: UserRef }
  | { type: "session.seatReleased"; sessionId: string; hostId: string; guest: UserRef }
  | { type: "session.hostHandedOver"; sessionId: string; formerHost: UserRef; newHostId: string }
  | { type: "session.ended"; sessionId: string; reason: EndReason; by: UserRef | null };

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
  | { type: "session.ended"; sessionId: string; reason: EndReason; by: UserRef | null }
  /** A seated person proposed another problem to their partner (ADR 080). */
  | {
      type: "session.problemProposed";
      sessionId: string;
      proposalId: string;
      problemSlug: string;
      by: UserRef;
      expiresAt: Date;
    }
  /** The proposal is gone without a switch: the partner declined, its author withdrew or left, or it lapsed. */
  | {
      type: "session.problemProposalClosed";
      sessionId: string;
      proposalId: string;
      problemSlug: string;
      reason: ProposalCloseReason;
      by: UserRef | null;
    }
  /** The session now has another problem (accepted, or changed by someone alone in the room). */
  | {
      type: "session.problemChanged";
      sessionId: string;
      fromSlug: string;
      toSlug: string;
      by: UserRef;
      /** Who proposed it, when the change was an accepted proposal. */
      proposedBy: UserRef | null;
    };

export type ProposalCloseReason = "declined" | "withdrawn" | "left" | "lapsed";

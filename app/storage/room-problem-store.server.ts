/**
 * A session's problem can change while it runs (ADR 080): one pending proposal per
 * session, the switch itself as a compare-and-set on the session's current problem, and
 * the problems the session has been on, in order, for its history.
 */

export interface ProblemProposal {
  id: string;
  sessionId: string;
  problemSlug: string;
  /** The problem the session was on when it was proposed: accepting switches from it only. */
  fromSlug: string;
  proposedBy: string;
  createdAt: Date;
  expiresAt: Date;
}

export type NewProblemProposal = Omit<ProblemProposal, "createdAt">;

export interface RoomProblemStore {
  /**
   * Stores the session's one pending proposal. Refused (false) when the session ended or
   * has moved on from `fromSlug`, or another person's proposal is still pending; the same
   * person's own pending one, or anyone's lapsed one, is replaced.
   */
  propose(input: NewProblemProposal, now: Date): Promise<boolean>;
  /** The pending proposal, or null (none, or it lapsed before `now`). */
  pending(sessionId: string, now: Date): Promise<ProblemProposal | null>;
  /**
   * Removes one proposal (by id), lapsed or not, answering it to the one caller who removed it, so a
   * decline, a withdrawal and a lapse are told once.
   */
  withdraw(sessionId: string, proposalId: string): Promise<ProblemProposal | null>;
  /**
   * Switches the session from `fromSlug` to `toSlug` in one conditional step (it has not
   * ended and is still on `fromSlug`); with `proposalId`, only while that proposal is
   * pending, which it consumes. Any pending proposal is gone afterwards. Both problems
   * join the session's list.
   */
  change(
    input: { sessionId: string; fromSlug: string; toSlug: string; proposalId?: string },
    now: Date,
  ): Promise<boolean>;
  /** The problems the session has been on, first seen first (empty before any change). */
  problemsOf(sessionId: string): Promise<string[]>;
}

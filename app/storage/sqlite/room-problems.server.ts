import type Database from "better-sqlite3";

import type { NewProblemProposal, ProblemProposal, RoomProblemStore } from "../room-problem-store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface ProposalRow {
  id: string;
  session_id: string;
  problem_slug: string;
  from_slug: string;
  proposed_by: string;
  created_at: number;
  expires_at: number;
}

const toProposal = (row: ProposalRow): ProblemProposal => ({
  id: row.id,
  sessionId: row.session_id,
  problemSlug: row.problem_slug,
  fromSlug: row.from_slug,
  proposedBy: row.proposed_by,
  createdAt: new Date(row.created_at),
  expiresAt: new Date(row.expires_at),
});

export class SqliteRoomProblemStore implements RoomProblemStore {
  private readonly sql: Prepare;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  async propose(input: NewProblemProposal, now: Date): Promise<boolean> {
    return this.db
      .transaction(() => {
        const open = this.sql(
          "SELECT 1 FROM practice_sessions WHERE id = ? AND status <> 'ended' AND problem_slug = ?",
        ).get(input.sessionId, input.fromSlug);
        if (!open) return false;
        // Replaces only the same person's proposal or a lapsed one: one pending per session.
        const result = this.sql(
          `INSERT INTO session_problem_proposals (session_id, id, problem_slug, from_slug, proposed_by, created_at, expires_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (session_id) DO UPDATE SET id = excluded.id, problem_slug = excluded.problem_slug,
             from_slug = excluded.from_slug, proposed_by = excluded.proposed_by, created_at = excluded.created_at,
             expires_at = excluded.expires_at
           WHERE session_problem_proposals.proposed_by = excluded.proposed_by
             OR session_problem_proposals.expires_at <= ?`,
        ).run(
          input.sessionId,
          input.id,
          input.problemSlug,
          input.fromSlug,
          input.proposedBy,
          now.getTime(),
          input.expiresAt.getTime(),
          now.getTime(),
        );
        return result.changes === 1;
      })
      .immediate();
  }

  async pending(sessionId: string, now: Date): Promise<ProblemProposal | null> {
    const row = this.sql("SELECT * FROM session_problem_proposals WHERE session_id = ? AND expires_at > ?").get(
      sessionId,
      now.getTime(),
    ) as ProposalRow | undefined;
    return row ? toProposal(row) : null;
  }

  async withdraw(sessionId: string, proposalId: string): Promise<ProblemProposal | null> {
    const row = this.sql("DELETE FROM session_problem_proposals WHERE session_id = ? AND id = ? RETURNING *").get(
      sessionId,
      proposalId,
    ) as ProposalRow | undefined;
    return row ? toProposal(row) : null;
  }

  async change(
    input: { sessionId: string; fromSlug: string; toSlug: string; proposalId?: string },
    now: Date,
  ): Promise<boolean> {
    const at = now.getTime();
    const run = this.db.transaction(() => {
      if (input.proposalId !== undefined) {
        const taken = this.sql(
          "DELETE FROM session_problem_proposals WHERE session_id = ? AND id = ? AND expires_at > ? AND problem_slug = ?",
        ).run(input.sessionId, input.proposalId, at, input.toSlug);
        if (taken.changes !== 1) return false;
      }
      const switched = this.sql(
        "UPDATE practice_sessions SET problem_slug = ? WHERE id = ? AND status <> 'ended' AND problem_slug = ?",
      ).run(input.toSlug, input.sessionId, input.fromSlug);
      if (switched.changes !== 1) throw new Refused();
      this.sql("DELETE FROM session_problem_proposals WHERE session_id = ?").run(input.sessionId);
      const seen = this.sql(
        "INSERT INTO session_problems (session_id, problem_slug, first_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
      );
      seen.run(input.sessionId, input.fromSlug, at - 1);
      seen.run(input.sessionId, input.toSlug, at);
      return true;
    });
    try {
      return run.immediate();
    } catch (error) {
      if (error instanceof Refused) return false;
      throw error;
    }
  }

  async problemsOf(sessionId: string): Promise<string[]> {
    return this.sql("SELECT problem_slug FROM session_problems WHERE session_id = ? ORDER BY first_at, rowid")
      .pluck()
      .all(sessionId) as string[];
  }
}

/** Rolls the transaction back (the consumed proposal stays) when the session moved on. */
class Refused extends Error {}

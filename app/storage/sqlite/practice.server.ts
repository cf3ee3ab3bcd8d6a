import crypto from "node:crypto";

import type Database from "better-sqlite3";

import type {
  DraftCode,
  DraftStore,
  NewSubmission,
  ProblemStatus,
  Submission,
  SubmissionLanguage,
  SubmissionStore,
} from "../store.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface SubmissionRow {
  id: string;
  user_id: string;
  problem_slug: string;
  language: SubmissionLanguage;
  code: string;
  verdict: string;
  passed: number;
  total: number;
  time_ms: number;
  session_id: string | null;
  created_at: number;
}

const toSubmission = (row: SubmissionRow): Submission => ({
  id: row.id,
  userId: row.user_id,
  problemSlug: row.problem_slug,
  language: row.language,
  code: row.code,
  verdict: row.verdict,
  passed: row.passed,
  total: row.total,
  timeMs: row.time_ms,
  sessionId: row.session_id,
  createdAt: new Date(row.created_at),
});

export class SqliteSubmissionStore implements SubmissionStore {
  private readonly sql: Prepare;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  async create(input: NewSubmission): Promise<Submission> {
    const row: SubmissionRow = {
      id: crypto.randomUUID(),
      user_id: input.userId,
      problem_slug: input.problemSlug,
      language: input.language,
      code: input.code,
      verdict: input.verdict,
      passed: input.passed,
      total: input.total,
      time_ms: input.timeMs,
      session_id: input.sessionId ?? null,
      created_at: input.createdAt?.getTime() ?? Date.now(),
    };
    this.sql(
      `INSERT INTO submissions (id, user_id, problem_slug, language, code, verdict, passed, total, time_ms, session_id, created_at)
       VALUES (@id, @user_id, @problem_slug, @language, @code, @verdict, @passed, @total, @time_ms, @session_id, @created_at)`,
    ).run(row);
    return toSubmission(row);
  }

  async findById(id: string): Promise<Submission | null> {
    const row = this.sql("SELECT * FROM submissions WHERE id = ?").get(id) as SubmissionRow | undefined;
    return row ? toSubmission(row) : null;
  }

  async listForProblem(userId: string, problemSlug: string, limit: number): Promise<Submission[]> {
    const rows = this.sql(
      "SELECT * FROM submissions WHERE user_id = ? AND problem_slug = ? ORDER BY created_at DESC, rowid DESC LIMIT +?",
    ).all(userId, problemSlug, limit) as SubmissionRow[];
    return rows.map(toSubmission);
  }

  async statusesForUser(userId: string): Promise<Map<string, ProblemStatus>> {
    const rows = this.sql(
      `SELECT problem_slug, MAX(verdict = 'Accepted') AS solved FROM submissions
       WHERE user_id = ? GROUP BY problem_slug`,
    ).all(userId) as Array<{ problem_slug: string; solved: number }>;
    return new Map(rows.map((r) => [r.problem_slug, r.solved ? "solved" : "attempted"]));
  }

  async listForSession(sessionId: string, limit: number): Promise<Submission[]> {
    const rows = this.sql("SELECT * FROM submissions WHERE session_id = ? ORDER BY created_at, rowid LIMIT +?").all(
      sessionId,
      limit,
    ) as SubmissionRow[];
    return rows.map(toSubmission);
  }
}

export class SqliteDraftStore implements DraftStore {
  private readonly sql: Prepare;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  async get(userId: string, problemSlug: string): Promise<DraftCode> {
    const rows = this.sql("SELECT language, code FROM drafts WHERE user_id = ? AND problem_slug = ?").all(
      userId,
      problemSlug,
    ) as Array<{ language: SubmissionLanguage; code: string }>;
    return Object.fromEntries(rows.map((r) => [r.language, r.code]));
  }

  async save(userId: string, problemSlug: string, language: SubmissionLanguage, code: string): Promise<void> {
    this.sql(
      `INSERT INTO drafts (user_id, problem_slug, language, code, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (user_id, problem_slug, language) DO UPDATE SET code = excluded.code, updated_at = excluded.updated_at`,
    ).run(userId, problemSlug, language, code, Date.now());
  }

  async delete(userId: string, problemSlug: string, language: SubmissionLanguage): Promise<void> {
    this.sql("DELETE FROM drafts WHERE user_id = ? AND problem_slug = ? AND language = ?").run(
      userId,
      problemSlug,
      language,
    );
  }

  async getForSession(sessionId: string, userId: string, problemSlug: string): Promise<DraftCode> {
    const rows = this.sql(
      "SELECT language, code FROM session_drafts WHERE session_id = ? AND user_id = ? AND problem_slug = ?",
    ).all(sessionId, userId, problemSlug) as Array<{ language: SubmissionLanguage; code: string }>;
    return Object.fromEntries(rows.map((r) => [r.language, r.code]));
  }

  async saveForSession(
    sessionId: string,
    userId: string,
    problemSlug: string,
    language: SubmissionLanguage,
    code: string,
  ): Promise<void> {
    this.sql(
      `INSERT INTO session_drafts (session_id, user_id, problem_slug, language, code, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (session_id, user_id, problem_slug, language) DO UPDATE SET code = excluded.code, updated_at = excluded.updated_at`,
    ).run(sessionId, userId, problemSlug, language, code, Date.now());
  }

  async deleteForSession(
    sessionId: string,
    userId: string,
    problemSlug: string,
    language: SubmissionLanguage,
  ): Promise<void> {
    this.sql(
      "DELETE FROM session_drafts WHERE session_id = ? AND user_id = ? AND problem_slug = ? AND language = ?",
    ).run(sessionId, userId, problemSlug, language);
  }
}

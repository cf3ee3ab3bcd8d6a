import type Database from "better-sqlite3";

export type Prepare = (sql: string) => Database.Statement;

/**
 * Prepares each SQL text once per connection. Preparing costs more than running most of
 * these queries, and every page asks for the signed-in user. Callers pass constant SQL
 * (placeholders, never interpolated values), so the cache stays as small as the code.
 *
 * A bound row limit is written `LIMIT +?`, never `LIMIT ?`: better-sqlite3's SQLite is
 * built with STAT4, where a bare `LIMIT ?` lets the value steer the plan, so SQLite plans
 * the statement again on every run (10–20 µs, more than the query). Behind the unary plus
 * the limit is an expression the planner does not read (sql-limits.server.test.ts).
 */
export function statementCache(db: Database.Database): Prepare {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}

import crypto from "node:crypto";

import type Database from "better-sqlite3";

import type { ExternalUserInput, NewUser, User, UserCredentials, UserStore } from "../store.server";
import { rethrowUnique } from "./sqlite-errors.server";
import { type Prepare, statementCache } from "./statement-cache.server";

interface UserRow {
  id: string;
  username: string;
  email: string;
  password_hash: string;
  created_at: number;
  external_provider: string | null;
  external_id: string | null;
  deleted_at: number | null;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  email: row.email,
  createdAt: new Date(row.created_at),
});

const toCredentials = (row: UserRow): UserCredentials => ({
  ...toUser(row),
  passwordHash: row.password_hash,
});

export class SqliteUserStore implements UserStore {
  private readonly sql: Prepare;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  async create(input: NewUser): Promise<User> {
    const row: UserRow = {
      id: crypto.randomUUID(),
      username: input.username,
      email: input.email,
      password_hash: input.passwordHash,
      created_at: Date.now(),
      external_provider: null,
      external_id: null,
      deleted_at: null,
    };
    try {
      this.sql(
        "INSERT INTO users (id, username, email, password_hash, created_at) VALUES (@id, @username, @email, @password_hash, @created_at)",
      ).run(row);
    } catch (error) {
      rethrowUnique(error);
    }
    return toUser(row);
  }

  async findById(id: string): Promise<User | null> {
    const row = this.sql("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async findCredentialsByLogin(login: string): Promise<UserCredentials | null> {
    // Mirrored users have no password: the built-in sign-in never finds them.
    const row = this.sql(
      "SELECT * FROM users WHERE (username = @login OR email = @login) AND external_id IS NULL AND deleted_at IS NULL LIMIT 1",
    ).get({ login }) as UserRow | undefined;
    return row ? toCredentials(row) : null;
  }

  async findCredentialsById(id: string): Promise<UserCredentials | null> {
    const row = this.sql("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
    return row ? toCredentials(row) : null;
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    this.sql("UPDATE users SET password_hash = ? WHERE id = ?").run(passwordHash, id);
  }

  async upsertExternal(input: ExternalUserInput): Promise<User> {
    const upsert = this.db.transaction((): UserRow => {
      const existing = this.findExternalRow(input.provider, input.externalId);
      if (existing) {
        this.sql("UPDATE users SET username = ?, email = ? WHERE id = ?").run(input.username, input.email, existing.id);
        return { ...existing, username: input.username, email: input.email };
      }
      const row: UserRow = {
        id: crypto.randomUUID(),
        username: input.username,
        email: input.email,
        password_hash: "",
        created_at: Date.now(),
        external_provider: input.provider,
        external_id: input.externalId,
        deleted_at: null,
      };
      this.sql(
        `INSERT INTO users (id, username, email, password_hash, created_at, external_provider, external_id)
         VALUES (@id, @username, @email, @password_hash, @created_at, @external_provider, @external_id)`,
      ).run(row);
      return row;
    });
    try {
      return toUser(upsert.immediate());
    } catch (error) {
      rethrowUnique(error);
    }
  }

  async findByExternalId(provider: ExternalUserInput["provider"], externalId: string): Promise<User | null> {
    const row = this.findExternalRow(provider, externalId);
    return row ? toUser(row) : null;
  }

  async removeExternal(provider: ExternalUserInput["provider"], externalId: string): Promise<boolean> {
    const remove = this.db.transaction((): boolean => {
      const row = this.findExternalRow(provider, externalId);
      if (!row) return false;
      this.sql("DELETE FROM login_sessions WHERE user_id = ?").run(row.id);
      const tag = row.id.slice(0, 8);
      this.sql("UPDATE users SET username = ?, email = ?, external_id = NULL, deleted_at = ? WHERE id = ?").run(
        `deleted-${tag}`,
        `deleted-${row.id}@deleted.invalid`,
        Date.now(),
        row.id,
      );
      return true;
    });
    return remove.immediate();
  }

  private findExternalRow(provider: string, externalId: string): UserRow | undefined {
    return this.sql("SELECT * FROM users WHERE external_provider = ? AND external_id = ?").get(provider, externalId) as
      UserRow | undefined;
  }
}

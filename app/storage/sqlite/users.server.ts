import crypto from "node:crypto";
import type Database from "better-sqlite3";
import type { NewUser, User, UserCredentials, UserStore } from "../store.server";
import { rethrowUnique } from "./sqlite-errors.server";

interface UserRow {
  id: string;
  username: string;
  email: string;
  password_hash: string;
  created_at: number;
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
  constructor(private readonly db: Database.Database) {}

  async create(input: NewUser): Promise<User> {
    const row: UserRow = {
      id: crypto.randomUUID(),
      username: input.username,
      email: input.email,
      password_hash: input.passwordHash,
      created_at: Date.now(),
    };
    try {
      this.db
        .prepare(
          "INSERT INTO users (id, username, email, password_hash, created_at) VALUES (@id, @username, @email, @password_hash, @created_at)",
        )
        .run(row);
    } catch (error) {
      rethrowUnique(error);
    }
    return toUser(row);
  }

  async findById(id: string): Promise<User | null> {
    const row = this.db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async findCredentialsByLogin(login: string): Promise<UserCredentials | null> {
    const row = this.db
      .prepare("SELECT * FROM users WHERE username = @login OR email = @login LIMIT 1")
      .get({ login }) as UserRow | undefined;
    return row ? toCredentials(row) : null;
  }

  async findCredentialsById(id: string): Promise<UserCredentials | null> {
    const row = this.db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
    return row ? toCredentials(row) : null;
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    this.db.prepare("UPDATE users SET password_hash = ? WHERE id = ?").run(passwordHash, id);
  }
}

import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { SqliteStore } from "./sqlite-store.server";
import { startWalCheckpointer } from "./wal-checkpointer.server";

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-wal-"));
let counter = 0;
const freshFile = () => path.join(tempDir, `wal-${process.pid}-${++counter}.db`);
const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);

async function writeUsers(store: SqliteStore, count: number) {
  for (let i = 0; i < count; i++) {
    await store.users.create({
      username: `wal${i}`,
      email: `wal${i}@example.com`,
      passwordHash: crypto.randomBytes(600).toString("hex"),
    });
  }
}

describe("background WAL checkpoints", () => {
  it("copies committed pages into the database file from the worker thread", { timeout: 20_000 }, async () => {
    const file = freshFile();
    const store = SqliteStore.open(file, { backgroundCheckpoints: true });
    const before = sizeOf(file);
    await writeUsers(store, 400);
    // The main connection never checkpoints now: the file grows only if the worker copies.
    await expect.poll(() => sizeOf(file), { timeout: 10_000, interval: 100 }).toBeGreaterThan(before + 400 * 600);
    await store.close();
  });

  it("without it, commits leave the pages in the log until SQLite's own threshold", async () => {
    const file = freshFile();
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("wal_autocheckpoint = 0");
    db.exec("CREATE TABLE t (x TEXT)");
    const before = sizeOf(file);
    for (let i = 0; i < 200; i++) db.prepare("INSERT INTO t VALUES (?)").run(crypto.randomBytes(600).toString("hex"));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(sizeOf(file)).toBe(before);
    expect(sizeOf(`${file}-wal`)).toBeGreaterThan(200 * 600);
    db.close();
  });

  it("closing the store stops the worker and leaves every row in the file", async () => {
    const file = freshFile();
    const store = SqliteStore.open(file, { backgroundCheckpoints: true });
    await writeUsers(store, 50);
    await store.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) FROM users").pluck().get()).toBe(50);
    db.close();
  });

  it("reports a worker that cannot run, so the store can fall back to checkpoints in commits", async () => {
    const failure = await new Promise<Error>((resolve) => {
      startWalCheckpointer(path.join(tempDir, "missing", "nothing.db"), { onFailure: resolve });
    });
    expect(failure.message).toMatch(/directory does not exist|unable to open|no such file/i);
  });
});

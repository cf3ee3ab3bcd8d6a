import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { runStoreContract } from "../store.contract";
import { MIGRATIONS } from "./migrations.server";
import { SqliteStore } from "./sqlite-store.server";

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-store-"));
let counter = 0;
const freshFile = () => path.join(tempDir, `store-${process.pid}-${++counter}.db`);

runStoreContract("sqlite (file)", async () => SqliteStore.open(freshFile()));
// The app server's configuration: the log is checkpointed from a worker thread.
runStoreContract("sqlite (file, background checkpoints)", async () =>
  SqliteStore.open(freshFile(), { backgroundCheckpoints: true }),
);

describe("SqliteStore", () => {
  it("creates the file, uses WAL and records every migration once", async () => {
    const file = freshFile();
    const store = SqliteStore.open(file);
    await store.close();
    // Opening again must not re-apply anything.
    const again = SqliteStore.open(file);
    await again.close();

    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const ids = db.prepare("SELECT id FROM schema_migrations ORDER BY id").pluck().all();
    expect(ids).toEqual(MIGRATIONS.map((m) => m.id));
    db.close();
  });
});

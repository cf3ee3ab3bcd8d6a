import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Every test file gets its own data directory and SQLite file, so files run in parallel.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-test-"));
process.env.NODE_ENV = "test";
process.env.DATA_DIR = dir;
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;
process.env.SESSION_SECRET = "test-secret-that-is-at-least-32-characters-long";
process.env.BCRYPT_COST = "4";
// Judge workers start when a test submits, not in advance: no idle Pyodide per test file.
process.env.JUDGE_SPARE_WORKERS ??= "0";

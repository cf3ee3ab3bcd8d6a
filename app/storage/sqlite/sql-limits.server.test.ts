import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;
const storeFiles = fs.readdirSync(here).filter((file) => file.endsWith(".server.ts") && !file.includes(".test."));

describe("bound row limits (statement-cache.server.ts)", () => {
  it("no store writes a bare LIMIT ?, which SQLite would plan again on every run", () => {
    const bare = storeFiles.flatMap((file) =>
      fs
        .readFileSync(path.join(here, file), "utf8")
        .split("\n")
        // Comments may name the form to avoid; SQL may not use it.
        .flatMap((line, i) =>
          /\bLIMIT\s+[?@:$]/i.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(bare).toEqual([]);
  });

  it("LIMIT +? limits rows exactly as LIMIT ? does, and refuses what is not a number", () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3), (4);");
    const limited = db.prepare("SELECT n FROM t ORDER BY n LIMIT +?").pluck();
    expect(limited.all(2)).toEqual([1, 2]);
    expect(limited.all(0)).toEqual([]);
    expect(limited.all(-1)).toEqual([1, 2, 3, 4]);
    expect(() => limited.all("two")).toThrow(/datatype mismatch/);
    db.close();
  });
});

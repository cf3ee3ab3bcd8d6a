import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { expect, it } from "vitest";

import { SqliteStore } from "./sqlite-store.server";

const run = promisify(execFile);

it("has exactly one winner when 50 users in two processes race for one seat on one file", async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "peerprep-race-")), "race.db");
  const store = SqliteStore.open(file);
  const host = await store.users.create({ username: "race_host", email: "host@example.test", passwordHash: "x" });
  const guests = [];
  for (let i = 0; i < 50; i++) {
    guests.push(
      await store.users.create({ username: `racer_${i}`, email: `racer${i}@example.test`, passwordHash: "x" }),
    );
  }
  const session = await store.sessions.create({
    id: "race",
    hostId: host.id,
    problemSlug: "two-sum",
    visibility: "public",
    passwordHash: null,
  });
  await store.close();

  const child = path.resolve("tests/support/seat-race-child.ts");
  const tsx = path.resolve("node_modules/.bin/tsx");
  const ids = guests.map((g) => g.id);
  const [a, b] = await Promise.all([
    run(tsx, [child, file, session.id, ...ids.slice(0, 25)]),
    run(tsx, [child, file, session.id, ...ids.slice(25)]),
  ]);
  const winners = [...(JSON.parse(a.stdout) as string[]), ...(JSON.parse(b.stdout) as string[])];
  expect(winners).toHaveLength(1);

  const check = SqliteStore.open(file);
  expect((await check.sessions.findById(session.id))?.guestId).toBe(winners[0]);
  await check.close();
}, 60_000);

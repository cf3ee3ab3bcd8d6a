import { getEnv, sqlitePath } from "~/config/env.server";
import { getLogger } from "~/observability/logger.server";

import { MongoStore } from "./mongo/mongo-store.server";
import { SqliteStore } from "./sqlite/sqlite-store.server";
import type { Store } from "./store.server";

let store: Store | undefined;

/** The process-wide store, chosen once from validated env. */
export function getStore(): Store {
  if (!store) {
    const env = getEnv();
    store = env.MONGODB_URI
      ? MongoStore.open(env.MONGODB_URI)
      : SqliteStore.open(sqlitePath(env.DATABASE_URL), {
          backgroundCheckpoints: true,
          onCheckpointFailure: (err) =>
            getLogger().warn({ err }, "background checkpoints stopped; SQLite checkpoints in commits again"),
        });
  }
  return store;
}

export async function closeStore(): Promise<void> {
  const current = store;
  store = undefined;
  await current?.close();
}

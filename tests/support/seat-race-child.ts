// Run by the seat-race test in separate processes: claims one seat for many users at once.
import { SqliteStore } from "../../app/storage/sqlite/sqlite-store.server";

const [file, sessionId, ...userIds] = process.argv.slice(2);
if (!file || !sessionId) throw new Error("usage: seat-race-child FILE SESSION USER...");
const store = SqliteStore.open(file);
const results = await Promise.all(userIds.map((id) => store.sessions.claimGuestSeat(sessionId, id, new Date())));
process.stdout.write(JSON.stringify(userIds.filter((_, i) => results[i])));
await store.close();

import { newAppData } from "./lib/app-server";
import { seedRooms } from "./lib/fleet";
import { SqliteStore } from "../app/storage/sqlite/sqlite-store.server";
const data = newAppData("a");
const rooms = await seedRooms(data, 1000);
const store = SqliteStore.open(data.databasePath, { backgroundCheckpoints: process.env.BG === "1" });
const times: number[] = [];
let n = 0;
await new Promise<void>((resolve) => {
  const t = setInterval(async () => {
    const room = rooms[n % rooms.length]!;
    const t0 = performance.now();
    await store.chat.append({ sessionId: room.id, authorId: room.people[0]!.user.id, clientId: `c${n}`, kind: "user", body: `message ${n} from the benchmark` });
    times.push(performance.now() - t0);
    if (++n >= 3000) { clearInterval(t); resolve(); }
  }, 2);
});
times.sort((a, b) => a - b);
const p = (q: number) => times[Math.floor(q * (times.length - 1))]!.toFixed(3);
console.log("BG", process.env.BG, "append ms p50", p(0.5), "p90", p(0.9), "p99", p(0.99), "max", p(1));
await store.close();

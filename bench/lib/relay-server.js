// @ts-check
// The baseline for chat and capacity: a bare Socket.IO server that puts each socket in the
// room it names and re-emits every message to the others in that room. No auth, validation or storage.
// Plain JavaScript run by `node` (no loader), so its memory is comparable to server.js.
import http from "node:http";

import { Server } from "socket.io";

const port = Number(process.argv[2]);
const server = http.createServer();
const io = new Server(server, { serveClient: false });

io.on("connection", (socket) => {
  socket.on("relay:join", (/** @type {string} */ room, /** @type {(ok: boolean) => void} */ ack) => {
    void socket.join(room);
    ack(true);
  });
  socket.on("chat:send", (/** @type {{ room: string }} */ payload, /** @type {(ok: boolean) => void} */ ack) => {
    socket.to(payload.room).emit("chat:message", payload);
    ack(true);
  });
});

server.listen(port, "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => {
  io.close();
  process.exit(0);
});

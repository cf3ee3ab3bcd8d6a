// @ts-check
// PeerPrep's entry point.
//   node server.js          production build (needs `npm run build`; SESSION_SECRET required)
//   node server.js --local  production build on your own machine (a generated secret is fine)
//   node server.js --dev    development with Vite (hot reload)
import fs from "node:fs";

const dev = process.argv.includes("--dev");
const local = process.argv.includes("--local");
process.env.NODE_ENV ??= dev ? "development" : "production";
if (local) process.env.ALLOW_GENERATED_SECRET ??= "true";

if (dev) {
  const vite = await import("vite");
  const viteDevServer = await vite.createServer({
    server: { middlewareMode: true },
    appType: "custom",
  });
  const { startServer } = await viteDevServer.ssrLoadModule("./server/main.ts");
  await startServer({ viteDevServer });
} else {
  const buildPath = new URL("./build/server/index.js", import.meta.url);
  if (!fs.existsSync(buildPath)) {
    console.error("No production build found. Run `npm run build` first (or `npm start`, which builds).");
    process.exit(1);
  }
  const { startServer } = await import(buildPath.href);
  await startServer();
}

import path from "node:path";

import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

export default defineConfig(({ isSsrBuild }) => ({
  resolve: {
    alias: { "~": path.resolve(import.meta.dirname, "app") },
  },
  build: {
    // The server build's entry is our Express app, which imports the React Router build.
    rollupOptions: isSsrBuild ? { input: "./server/main.ts" } : undefined,
  },
  plugins: [tailwindcss(), reactRouter()],
}));

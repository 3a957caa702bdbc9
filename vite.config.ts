import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: "admin",
  plugins: [react()],
  build: { outDir: "../dist/admin", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { port: 5173, proxy: { "/api": "http://localhost:3000" } },
  test: {
    root: ".",
    include: ["test/**/*.test.ts", "entities/**/*.spec.ts"],
    globalSetup: ["test/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: true,
  },
});

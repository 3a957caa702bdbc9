import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/** The suites that run on PostgreSQL too: everything that talks to the database through the API. */
const POSTGRES_TESTS = ["test/api/**/*.test.ts", "test/migrations.test.ts"];

export default defineConfig({
  root: "admin",
  plugins: [react()],
  build: { outDir: "../dist/admin", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { port: 5173, proxy: { "/api": "http://localhost:3000" } },
  test: {
    root: ".",
    globalSetup: ["test/globalSetup.ts"],
    testTimeout: 30_000,
    // A busy 2-core machine: polled expectations (browser tests) wait up to 10 s, not vitest's 1 s.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    fileParallelism: true,
    // Everything on SQLite; the API suite again on PostgreSQL where TEST_DATABASE_URL names a server.
    projects: [
      {
        extends: true,
        test: { name: "sqlite", include: ["test/**/*.test.ts", "{entities,server,seeds,admin}/**/*.spec.ts"] },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: { name: "postgres", include: POSTGRES_TESTS, env: { TEST_DB: "postgres" } },
            },
          ]
        : []),
    ],
  },
});

import react from "@vitejs/plugin-react";
import { runnerImport, type Plugin } from "vite";
import { defineConfig } from "vitest/config";

/**
 * entities/labels.ts and fieldLabels.ts, the labels of the descriptions, are evaluated when the admin is built and
 * replaced by their values: the first screen and the pages' messages carry the labels, not the descriptions.
 */
function labelsAtBuild(): Plugin {
  return {
    name: "entities-labels",
    apply: "build",
    async transform(_code, id) {
      if (!/\/entities\/(labels|fieldLabels)\.ts$/.test(id)) return null;
      const { module, dependencies } = await runnerImport<Record<string, unknown>>(id, {
        configFile: false,
        logLevel: "error",
      });
      for (const file of dependencies) this.addWatchFile(file);
      const code = Object.entries(module).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`);
      return { code: code.join(""), map: null };
    },
  };
}

/** The suites that run on PostgreSQL too: everything that talks to the database through the API. */
const POSTGRES_TESTS = ["test/api/**/*.test.ts", "test/migrations.test.ts"];

export default defineConfig({
  root: "admin",
  plugins: [react(), labelsAtBuild()],
  build: {
    outDir: "../dist/admin",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // What the first screen loads (the entry and everything it imports statically) is one file, not a dozen
    // shared with the pages' chunks: one request, compressed as a whole.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: "index", tags: ["$initial"] }] } } },
  },
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

// Builds the admin and the server once before the tests, so the browser tests use what `npm start` serves and
// the tests of a server process (test/serverProcess.ts) run what `npm start` runs.
import { build } from "vite";
import { chromiumPath } from "./e2e/browser";

export default async function setup() {
  await chromiumPath(); // unpacks the packaged browser once, before the test files run in parallel
  for (const config of ["../vite.config.ts", "../vite.server.config.ts"])
    await build({ configFile: new URL(config, import.meta.url).pathname, logLevel: "warn" });
}

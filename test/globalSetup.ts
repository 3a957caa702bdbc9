// Builds the admin once before the tests, so the browser tests use what `npm start` serves.
import { build } from "vite";
import { chromiumPath } from "./e2e/browser";

export default async function setup() {
  await chromiumPath(); // unpacks the packaged browser once, before the test files run in parallel
  await build({ configFile: new URL("../vite.config.ts", import.meta.url).pathname, logLevel: "warn" });
}

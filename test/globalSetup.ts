// Builds the admin once before the tests, so the browser tests use what `npm start` serves.
import { build } from "vite";

export default async function setup() {
  await build({ configFile: new URL("../vite.config.ts", import.meta.url).pathname, logLevel: "warn" });
}

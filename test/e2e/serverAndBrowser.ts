// A seeded server (test/helpers.ts startServer) and a browser for one test file: started before its first test,
// closed after its last.
import { afterAll, beforeAll } from "vitest";
import { startServer, type TestServer } from "../helpers";
import { openBrowser } from "./browser";

export type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** The file's server and browser: objects filled in before its first test (read them in tests and hooks). */
export function serverAndBrowser() {
  const s = {} as TestServer;
  const b = {} as Browser;
  beforeAll(async () => {
    Object.assign(s, await startServer());
    Object.assign(b, await openBrowser());
  });
  afterAll(async () => {
    await b.close?.();
    await s.close?.();
  });
  return { s, b };
}

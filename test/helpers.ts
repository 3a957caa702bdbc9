// A fresh SQLite file, migrated and seeded, served by the real app on a port of its own.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../server/app";
import { openDatabase } from "../server/db";
import { runSeeds } from "../seeds/index";

export async function startServer({ seed = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "giants-test-"));
  const ds = await openDatabase(join(dir, "test.sqlite"));
  if (seed) await runSeeds(ds);
  const server = createApp(ds).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    ds,
    api: (path: string, init?: RequestInit) => fetch(`${url}/api${path}`, init),
    json: (method: string, path: string, body?: unknown) =>
      fetch(`${url}/api${path}`, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await ds.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startServer>>;

/** `?sort=…&range=…&filter=…` encoded as the ra-data-simple-rest client does. */
export const listQuery = (p: { sort?: unknown; range?: unknown; filter?: unknown }) =>
  "?" + Object.entries(p).map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`).join("&");

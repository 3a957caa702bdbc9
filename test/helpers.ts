// A fresh SQLite file, migrated and seeded, served by the real app on a port of its own,
// with the demo accounts and a client logged in as each.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_ACCOUNTS, upsertUser } from "../server/accounts";
import { createApp } from "../server/app";
import { openDatabase } from "../server/db";
import { runSeeds } from "../seeds/index";

export const TEST_PASSWORD = "test-password-2025";
export type Account = (typeof DEMO_ACCOUNTS)[number]["username"];

/** An HTTP client holding one session cookie (or none). */
export function client(url: string, cookie = "") {
  const headers = (extra?: HeadersInit) => ({ ...(cookie ? { Cookie: cookie } : {}), ...Object.fromEntries(new Headers(extra)) });
  return {
    cookie,
    api: (path: string, init: RequestInit = {}) => fetch(`${url}/api${path}`, { ...init, headers: headers(init.headers) }),
    json: (method: string, path: string, body?: unknown) =>
      fetch(`${url}/api${path}`, { method, headers: headers({ "Content-Type": "application/json" }), body: body === undefined ? undefined : JSON.stringify(body) }),
  };
}
export type Client = ReturnType<typeof client>;

export async function login(url: string, username: string, password = TEST_PASSWORD) {
  const res = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return client(url, res.headers.get("set-cookie")!.split(";")[0]);
}

export async function startServer({ seed = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "giants-test-"));
  const ds = await openDatabase(join(dir, "test.sqlite"));
  if (seed) await runSeeds(ds);
  for (const a of DEMO_ACCOUNTS) await upsertUser(ds, { ...a, password: TEST_PASSWORD });
  const server = createApp(ds).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const admin = await login(url, "admin");
  return {
    url,
    ds,
    ...admin,
    as: (username: Account) => login(url, username),
    anonymous: client(url),
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

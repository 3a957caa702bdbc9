// A fresh database, migrated and seeded, served by the real app on a port of its own, with the demo
// accounts and a client logged in as each. The database is a SQLite file, or, in the vitest project
// "postgres" (TEST_DB=postgres), a database of its own on the PostgreSQL server at TEST_DATABASE_URL.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_ACCOUNTS, upsertUser } from "../server/accounts";
import { serve } from "../server/app";
import { DataSource } from "typeorm";
import { createPostgresDatabase, openDatabase } from "../server/db";
import { runSeeds } from "../seeds/index";

export const TEST_PASSWORD = "test-password-2025";
export type Account = (typeof DEMO_ACCOUNTS)[number]["username"];

/** An HTTP client holding one session cookie (or none). */
export function client(url: string, cookie = "") {
  const headers = (extra?: HeadersInit) => ({
    ...(cookie ? { Cookie: cookie } : {}),
    ...Object.fromEntries(new Headers(extra)),
  });
  return {
    cookie,
    api: (path: string, init: RequestInit = {}) =>
      fetch(`${url}/api${path}`, { ...init, headers: headers(init.headers) }),
    json: (method: string, path: string, body?: unknown) =>
      fetch(`${url}/api${path}`, {
        method,
        headers: headers({ "Content-Type": "application/json" }),
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}
export type Client = ReturnType<typeof client>;

export async function login(url: string, username: string, password = TEST_PASSWORD) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return client(url, res.headers.get("set-cookie")!.split(";")[0]);
}

export const onPostgres = process.env.TEST_DB === "postgres";

/** An empty database: a SQLite file in a new folder, or a new PostgreSQL database; and how to drop it. */
export async function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "giants-test-"));
  if (!onPostgres)
    return { target: join(dir, "test.sqlite"), dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error("TEST_DATABASE_URL (postgres://…) is needed for the postgres tests");
  const name = `giants_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  // Beijing time, as a server in Hubei would be set: stored instants must not move with it.
  const db = await createPostgresDatabase(server, name, ["timezone TO 'Asia/Shanghai'"]);
  return {
    target: db.url,
    dir,
    drop: async () => {
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Raw SQL written for SQLite, run on either database: camelCase names are quoted for PostgreSQL. */
export function rawSql(ds: DataSource) {
  return (text: string, params?: unknown[]): Promise<any[]> =>
    onPostgres
      ? ds.query(
          text
            .replace(/'[^']*'|"[^"]*"|\b[a-z]+[A-Z]\w*\b/g, (m) => (/^['"]/.test(m) ? m : `"${m}"`))
            .replace(
              /\?/g,
              (
                (n) => () =>
                  `$${++n}`
              )(0),
            ),
          params,
        )
      : ds.query(text, params);
}

/**
 * `beforeOpen` runs on the empty database before the server opens it (e.g. to bring it to an older
 * schema first, as a database from before a change would be).
 */
export async function startServer({
  seed = true,
  beforeOpen,
}: { seed?: boolean; beforeOpen?: (target: string) => Promise<void> } = {}) {
  const db = await freshDatabase();
  // Before any migration runs: a migration may store archive files (TraineePhotos).
  if (onPostgres) process.env.FILES_DIR = join(db.dir, "files");
  await beforeOpen?.(db.target);
  const ds = await openDatabase(db.target);
  if (seed) await runSeeds(ds);
  for (const a of DEMO_ACCOUNTS) await upsertUser(ds, { ...a, password: TEST_PASSWORD });
  const server = serve(ds, 0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const admin = await login(url, "admin");
  return {
    url,
    ds,
    dir: db.dir,
    sql: rawSql(ds),
    ...admin,
    as: (username: Account) => login(url, username),
    anonymous: client(url),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await ds.destroy();
      await db.drop();
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startServer>>;

/** `?sort=…&range=…&filter=…` encoded as the ra-data-simple-rest client does. */
export const listQuery = (p: { sort?: unknown; range?: unknown; filter?: unknown }) =>
  "?" +
  Object.entries(p)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join("&");

/**
 * Sets one city's 推荐截止日期 in the notice's round (2025 年第一批), as the department does on the round's
 * page (培育批次 → 市州单独截止日期); the seeds' deadline, 2025-06-25, has long passed.
 */
export async function setCityDeadline(s: TestServer, cityId: number, deadline: string, roundId = 1) {
  const round = await (await s.api(`/rounds/${roundId}`)).json();
  const others = (round.cityDeadlines ?? []).filter((d: { cityId: number }) => d.cityId !== cityId);
  const res = await s.json("PUT", `/rounds/${roundId}`, { cityDeadlines: [...others, { cityId, deadline }] });
  if (res.status !== 200) throw new Error(`截止日期未保存：${await res.text()}`);
}

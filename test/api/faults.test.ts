// Faults: the real server (run as npm start runs it, a process of its own) is killed with SIGKILL in the
// middle of an import commit, a bulk update and the selection commit (FAILPOINT stops it there, inside the
// transaction, with half of the rows written). Restarted, the database is intact (SQLite's integrity and
// foreign-key checks; PostgreSQL's amcheck on every index) and holds none of the operation; run again, it
// holds all of it.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, upsertUser } from "../../server/accounts";
import { openDatabase } from "../../server/db";
import { runSeeds } from "../../seeds/index";
import { freshDatabase, listQuery, login, onPostgres, rawSql, TEST_PASSWORD, type Client } from "../helpers";
import { startServerProcess } from "../serverProcess";

let db: Awaited<ReturnType<typeof freshDatabase>>;
/** The server process running now, killed after each test whatever happened. */
let server: { child: ChildProcess } | undefined;

beforeAll(async () => {
  db = await freshDatabase();
  const ds = await openDatabase(db.target);
  await runSeeds(ds);
  for (const a of DEMO_ACCOUNTS) await upsertUser(ds, { ...a, password: TEST_PASSWORD });
  await ds.destroy();
});
afterAll(async () => {
  server?.child.kill("SIGKILL");
  await db.drop();
});

/** Starts the server (as npm start runs it) on the test database. */
async function start(failpoint = "") {
  const env = {
    ...process.env,
    FAILPOINT: failpoint,
    DATABASE_URL: onPostgres ? db.target : "",
    DATABASE_PATH: onPostgres ? "" : db.target,
    FILES_DIR: join(db.dir, "files"),
  };
  const started = await startServerProcess(env, { onSpawn: (child) => (server = { child }) });
  return { ...started, output: () => started.stdout() + started.stderr() };
}

/** Sends a request that reaches the failpoint, kills the server with SIGKILL there, and restarts it. */
async function killDuring(failpoint: string, send: (c: Client) => Promise<Response>) {
  const s = await start(failpoint);
  const c = await login(s.url, "admin");
  const pending = send(c).then(
    (r) => r.status,
    () => "killed",
  );
  const deadline = Date.now() + 30_000;
  while (!s.output().includes(`FAILPOINT ${failpoint}`)) {
    if (Date.now() > deadline) throw new Error(`failpoint ${failpoint} not reached: ${s.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  s.child.kill("SIGKILL");
  await once(s.child, "exit");
  expect(await pending).toBe("killed");
  const again = await start();
  return login(again.url, "admin");
}

/** A query on the database from outside the server, as an operator would run it. */
async function query(sql: string) {
  const ds = await openDatabase(db.target);
  try {
    return await rawSql(ds)(sql);
  } finally {
    await ds.destroy();
  }
}

async function assertIntact() {
  if (!onPostgres) {
    const file = new Database(db.target, { readonly: true });
    try {
      expect(file.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
      expect(file.pragma("foreign_key_check")).toEqual([]);
    } finally {
      file.close();
    }
    return;
  }
  await query("CREATE EXTENSION IF NOT EXISTS amcheck");
  const checked =
    await query(`SELECT bt_index_check(c.oid, true) AS ok FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public'`);
  expect(checked.length).toBeGreaterThan(50);
  // No transaction of the killed server is left open in this database (the server closes the socket's session at once, but poll briefly).
  const open = () =>
    query(
      "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
    );
  for (let i = 0; i < 50 && (await open())[0].n > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await open()).toEqual([{ n: 0 }]);
}

afterEach(async () => {
  server?.child.kill("SIGKILL");
  if (server) await once(server.child, "exit").catch(() => undefined);
  server = undefined;
});

describe("killed with SIGKILL in the middle of a transaction", () => {
  it("a bulk update: nothing of it after the restart, all of it when run again", async () => {
    const ids = (await query("SELECT id FROM enterprise ORDER BY id LIMIT 60")).map((r) => r.id);
    const snapshot = () =>
      query(`SELECT id, version, remark FROM enterprise WHERE id IN (${ids.join(",")}) ORDER BY id`);
    const before = await snapshot();
    const bulk = (c: Client) =>
      c.json("POST", "/enterprises/bulk-update", { ids, data: { remark: "故障测试批量修改" } });
    const c = await killDuring("bulkUpdate", bulk);
    await assertIntact();
    expect(await snapshot()).toEqual(before);
    expect((await bulk(c)).status).toBe(200);
    expect((await snapshot()).map((r) => [r.remark, r.version])).toEqual(
      before.map((r) => ["故障测试批量修改", r.version + 1]),
    );
  });

  it("an import commit: nothing of it after the restart, all of it when run again", async () => {
    const cityId = 4;
    const snapshot = () => query(`SELECT id, version, remark FROM enterprise WHERE cityId = ${cityId} ORDER BY id`);
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(10);
    // The city's enterprises as exported, with a new remark on every row.
    const s = await start();
    const exported = await (
      await (await login(s.url, "admin")).api(`/enterprises/export.xlsx${listQuery({ filter: { cityId } })}`)
    ).arrayBuffer();
    s.child.kill("SIGKILL");
    await once(s.child, "exit");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported);
    const ws = wb.worksheets[0];
    const remark = (ws.getRow(1).values as unknown[]).indexOf("备注");
    expect(remark).toBeGreaterThan(0);
    for (let i = 2; i <= ws.rowCount; i++) ws.getRow(i).getCell(remark).value = `故障测试导入 ${i}`;
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const upload = (c: Client) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(file)]), "企业名单.xlsx");
      form.append("commit", "1");
      return c.api("/imports/enterprises", { method: "POST", body: form });
    };
    const c = await killDuring("importCommit", upload);
    await assertIntact();
    expect(await snapshot()).toEqual(before);
    expect((await upload(c)).status).toBe(200);
    const after = await snapshot();
    expect(after.map((r) => r.version)).toEqual(before.map((r) => r.version + 1));
    expect(after.every((r) => String(r.remark).startsWith("故障测试导入"))).toBe(true);
  });

  it("the selection commit: no project, no status change and an open round after the restart; all of it when run again", async () => {
    const snapshot = async () => ({
      projects: await query("SELECT COUNT(*) AS n FROM selected_project"),
      demands: await query("SELECT id, status, version FROM tech_demand ORDER BY id"),
      rounds: await query("SELECT COUNT(*) AS n FROM selection_round"),
    });
    const before = await snapshot();
    expect(before.projects).toEqual([{ n: 0 }]);
    const commit = (c: Client) => c.json("POST", "/techDemands/selection", { dryRun: false });
    const c = await killDuring("selectionCommit", commit);
    await assertIntact();
    expect(await snapshot()).toEqual(before);
    expect((await commit(c)).status).toBe(200);
    const after = await snapshot();
    expect(after.projects).toEqual([{ n: 16 }]);
    expect(after.demands.filter((d) => d.status === "selected")).toHaveLength(16);
    expect(after.rounds).toEqual([{ n: 1 }]);
  });
});

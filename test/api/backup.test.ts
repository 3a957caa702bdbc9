// npm run backup: a consistent copy taken while the server keeps writing, which restores into a working
// database (SQLite: the copied file; PostgreSQL: pg_restore into a new database).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { backup } from "../../server/backup";
import { openDatabase } from "../../server/db";
import { freshDatabase, onPostgres, rawSql, startServer, type TestServer } from "../helpers";

const run = promisify(execFile);
let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

it("copies the database while writes go on, and the copy restores with every row", async () => {
  const target = onPostgres ? String((s.ds.options as { url: string }).url) : String(s.ds.options.database);
  const before = await s.sql("SELECT id, version FROM enterprise ORDER BY id");
  // Writes keep coming while the copy is taken.
  let writing = true;
  const writes = (async () => {
    let n = 0;
    for (let id = 1; writing && id <= 400; id++, n++) {
      const one = await (await s.api(`/enterprises/${id}`)).json();
      expect(
        (await s.json("PUT", `/enterprises/${id}`, { version: one.version, remark: `备份期间修改 ${id}` })).status,
      ).toBe(200);
    }
    return n;
  })();
  const result = await backup(target, join(s.dir, onPostgres ? "copy.dump" : "copy.sqlite"));
  writing = false;
  const written = await writes;
  expect(written).toBeGreaterThan(0);
  expect(result.check).toMatch(onPostgres ? /张表的数据/ : /^ok$/);

  // Restore: the copy opens as a database of its own (no migration pending) with every enterprise in it,
  // each at a version between the one before the backup and the one after the writes.
  const restored = onPostgres ? await freshDatabase() : undefined;
  if (restored) await run("pg_restore", ["--no-owner", "--dbname", restored.target, result.path]);
  const ds = await openDatabase(restored?.target ?? result.path);
  try {
    const copy = await rawSql(ds)("SELECT id, version FROM enterprise ORDER BY id");
    const after = await s.sql("SELECT id, version FROM enterprise ORDER BY id");
    expect(copy.map((r) => r.id)).toEqual(before.map((r) => r.id));
    copy.forEach((r, i) => {
      expect(r.version).toBeGreaterThanOrEqual(before[i].version);
      expect(r.version).toBeLessThanOrEqual(after[i].version);
    });
    expect(await rawSql(ds)("SELECT COUNT(*) AS n FROM app_user")).toEqual(
      await s.sql("SELECT COUNT(*) AS n FROM app_user"),
    );
  } finally {
    await ds.destroy();
    await restored?.drop();
  }
});

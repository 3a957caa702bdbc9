// The checked-in migrations build exactly the schema the descriptions describe, and the search index is
// exactly what their `search` flags say (on SQLite, and in the "postgres" project on PostgreSQL).
import { expect, it } from "vitest";
import { searchFields } from "../entities/describe";
import { resources } from "../entities/registry";
import { databaseKind, openDatabase } from "../server/db";
import { ensureSearchIndex, ftsTable, gramIndex, gramTable, trigramIndex } from "../server/searchIndex";
import { freshDatabase, onPostgres, rawSql } from "./helpers";
import { migrations } from "../server/migrations/index";

it("leaves nothing for the schema builder to change", async () => {
  const db = await freshDatabase();
  const ds = await openDatabase(db.target);
  const pending = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  await db.drop();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

it("indexes for search exactly the descriptions' search fields, and a second start changes nothing", async () => {
  const db = await freshDatabase();
  const ds = await openDatabase(db.target);
  const searched = resources.filter((r) => searchFields(r).length > 0);
  const snapshot = () =>
    databaseKind(ds) === "sqlite"
      ? // rootpage: a table made again (its index rebuilt) is on other pages.
        ds.query(
          `SELECT type, name, sql, rootpage FROM sqlite_master WHERE name LIKE '%\\_fts%' ESCAPE '\\' ORDER BY name`,
        )
      : ds.query(
          // The oid: an index made again (as when its function is replaced) is another relation.
          `SELECT indexname, indexdef, to_regclass(quote_ident(indexname))::oid::int AS oid FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' OR indexdef LIKE '%search_grams(%' ORDER BY indexname`,
        );
  try {
    if (databaseKind(ds) === "sqlite") {
      for (const r of searched) {
        for (const table of [ftsTable(r.table), gramTable(r.table)]) {
          const columns = (await ds.query(`PRAGMA table_info("${table}")`)).map((c: { name: string }) => c.name);
          expect(columns, table).toEqual(searchFields(r));
        }
        const triggers = await ds.query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`, [
          r.table,
        ]);
        expect(triggers.map((t: { name: string }) => t.name).sort(), r.key).toEqual(
          ["ai", "ad", "au"].map((x) => `${ftsTable(r.table)}_${x}`).sort(),
        );
      }
    } else {
      const names = (await snapshot()).map((i: { indexname: string }) => i.indexname).sort();
      expect(names).toEqual(
        searched
          .flatMap((r) => searchFields(r).flatMap((f) => [trigramIndex(r.table, f), gramIndex(r.table, f)]))
          .sort(),
      );
    }
    const before = await snapshot();
    await ensureSearchIndex(ds);
    expect(await snapshot()).toEqual(before);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});

it("puts a database's data from before 培育批次 into 2025 年第一批, with each city's own deadline", async () => {
  const db = await freshDatabase();
  const list = migrations[onPostgres ? "postgres" : "sqlite"];
  const at = list.findIndex((m) => m.name.startsWith("Rounds"));
  const later = list.splice(at);
  let ds = await openDatabase(db.target);
  const sql = rawSql(ds);
  try {
    await sql(
      `INSERT INTO city (code, name, kind, "validGiants", deadline, version) VALUES ('420100', '武汉市', 'prefecture', 10, '2025-07-01', 1)`,
    );
    await sql(
      `INSERT INTO city (code, name, kind, "validGiants", deadline, version) VALUES ('420200', '黄石市', 'prefecture', 3, '2025-06-25', 1)`,
    );
    await sql(
      `INSERT INTO training_class (name, kind, year, provider, "startDate", "endDate", "sessionCount", "daysPerSession", capacity, status, version) VALUES ('第一期', 'general', 2025, '华中科技大学', '2025-07-01', '2025-09-30', 6, 3, 100, 'planned', 1)`,
    );
  } finally {
    await ds.destroy();
    list.push(...later);
  }
  ds = await openDatabase(db.target);
  try {
    const [wuhan] = await rawSql(ds)(`SELECT id FROM city WHERE code = '420100'`);
    const [round] = await rawSql(ds)(`SELECT * FROM round`);
    expect([round.id, round.name, round.status, Number(round.quotaRatio), round.deadline]).toEqual([
      1,
      "2025 年第一批",
      "active",
      30,
      "2025-06-25",
    ]);
    const own = typeof round.cityDeadlines === "string" ? JSON.parse(round.cityDeadlines) : round.cityDeadlines;
    expect(own).toEqual([{ cityId: wuhan.id, deadline: "2025-07-01" }]);
    const classes = await rawSql(ds)(`SELECT "roundId", year FROM training_class`);
    expect(classes.map((c: any) => [Number(c.roundId), Number(c.year)])).toEqual([[1, 2025]]);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});

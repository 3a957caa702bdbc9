// The checked-in migrations build exactly the schema the descriptions describe, and the search index is
// exactly what their `search` flags say (on SQLite, and in the "postgres" project on PostgreSQL).
import { expect, it } from "vitest";
import { searchFields } from "../entities/describe";
import { resources } from "../entities/registry";
import { databaseKind, openDatabase } from "../server/db";
import { ensureSearchIndex, ftsTable, trigramIndex } from "../server/searchIndex";
import { freshDatabase } from "./helpers";

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
      ? ds.query(`SELECT type, name, sql FROM sqlite_master WHERE name LIKE '%\\_fts%' ESCAPE '\\' ORDER BY name`)
      : ds.query(`SELECT indexname, indexdef FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname`);
  try {
    if (databaseKind(ds) === "sqlite") {
      for (const r of searched) {
        const columns = (await ds.query(`PRAGMA table_info("${ftsTable(r.table)}")`)).map(
          (c: { name: string }) => c.name,
        );
        expect(columns, r.key).toEqual(searchFields(r));
        const triggers = await ds.query(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?`, [
          r.table,
        ]);
        expect(triggers.map((t: { name: string }) => t.name).sort(), r.key).toEqual(
          ["ai", "ad", "au"].map((x) => `${ftsTable(r.table)}_${x}`).sort(),
        );
      }
    } else {
      const names = (await snapshot()).map((i: { indexname: string }) => i.indexname).sort();
      expect(names).toEqual(searched.flatMap((r) => searchFields(r).map((f) => trigramIndex(r.table, f))).sort());
    }
    const before = await snapshot();
    await ensureSearchIndex(ds);
    expect(await snapshot()).toEqual(before);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});

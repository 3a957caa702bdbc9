// The list search's (q) index, derived from the descriptions' `search` flags and put right after every
// start's migrations, whatever a migration did to a table: SQLite FTS5 trigram tables kept by triggers
// (a migration that rebuilds a table drops its triggers; they come back here and the index is rebuilt),
// PostgreSQL pg_trgm GIN indexes. Nothing to keep in step by hand: add `search: true` to a text field and
// restart.
import type { DataSource, EntityManager } from "typeorm";
import { searchFields } from "../entities/describe";
import { resources } from "../entities/registry";
import { databaseKind } from "./db";

/** Per table, the columns of the list search, read from the descriptions when asked. */
const searchedTables = () =>
  resources.map((r) => [r.table, searchFields(r)] as const).filter(([, columns]) => columns.length > 0);

/** The name of a table's FTS5 table on SQLite, and of its triggers. */
export const ftsTable = (table: string) => `${table}_fts`;
/** The name of a column's pg_trgm index on PostgreSQL. */
export const trigramIndex = (table: string, column: string) => `${table}_${column}_trgm`;

/** The statements that make a table's FTS5 index on SQLite, by the name of the object each creates. */
function sqliteObjects(table: string, fields: string[]): Record<string, string> {
  const fts = ftsTable(table);
  const cols = fields.map((f) => `"${f}"`).join(", ");
  const news = fields.map((f) => `new."${f}"`).join(", ");
  const olds = fields.map((f) => `old."${f}"`).join(", ");
  const remove = `INSERT INTO "${fts}"("${fts}", rowid, ${cols}) VALUES ('delete', old.id, ${olds});`;
  const add = `INSERT INTO "${fts}"(rowid, ${cols}) VALUES (new.id, ${news});`;
  return {
    [fts]: `CREATE VIRTUAL TABLE "${fts}" USING fts5(${cols}, content='${table}', content_rowid='id', tokenize='trigram')`,
    [`${fts}_ai`]: `CREATE TRIGGER "${fts}_ai" AFTER INSERT ON "${table}" BEGIN ${add} END`,
    [`${fts}_ad`]: `CREATE TRIGGER "${fts}_ad" AFTER DELETE ON "${table}" BEGIN ${remove} END`,
    [`${fts}_au`]: `CREATE TRIGGER "${fts}_au" AFTER UPDATE ON "${table}" BEGIN ${remove} ${add} END`,
  };
}

const sameSql = (a: string | undefined, b: string) => a?.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/**
 * The described search columns the table has now: before a migration adds a new column (as when
 * `npm run migration:generate` opens a database at the checked-in migrations), it is left out, and the
 * next start, after the migration, indexes it.
 */
async function presentColumns(m: EntityManager, table: string, fields: string[]) {
  const columns: string[] =
    databaseKind(m) === "sqlite"
      ? (await m.query(`PRAGMA table_info("${table}")`)).map((c: { name: string }) => c.name)
      : (
          await m.query(
            `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
            [table],
          )
        ).map((c: { column_name: string }) => c.column_name);
  return fields.filter((f) => columns.includes(f));
}

async function ensureOnSqlite(m: EntityManager) {
  const existing: { type: string; name: string; sql: string }[] = await m.query(
    `SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')`,
  );
  const sqlOf = new Map(existing.map((o) => [o.name, o.sql]));
  const wanted = new Set<string>();
  for (const [table, described] of searchedTables()) {
    const fields = await presentColumns(m, table, described);
    if (!fields.length) continue;
    const objects = sqliteObjects(table, fields);
    Object.keys(objects).forEach((name) => wanted.add(name));
    if (Object.entries(objects).every(([name, sql]) => sameSql(sqlOf.get(name), sql))) continue;
    const fts = ftsTable(table);
    for (const name of Object.keys(objects).filter((n) => n !== fts)) await m.query(`DROP TRIGGER IF EXISTS "${name}"`);
    await m.query(`DROP TABLE IF EXISTS "${fts}"`);
    for (const sql of Object.values(objects)) await m.query(sql);
    await m.query(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`);
  }
  // An index whose table has no searchable field any more (its triggers first, then the FTS table).
  const stale = existing.filter(
    (o) =>
      !wanted.has(o.name) &&
      ((o.type === "trigger" && /_fts_a[idu]$/.test(o.name)) ||
        (o.type === "table" && /^CREATE VIRTUAL TABLE .* USING fts5\(/i.test(o.sql ?? ""))),
  );
  for (const o of stale.filter((x) => x.type === "trigger")) await m.query(`DROP TRIGGER IF EXISTS "${o.name}"`);
  for (const o of stale.filter((x) => x.type === "table")) await m.query(`DROP TABLE IF EXISTS "${o.name}"`);
}

async function ensureOnPostgres(m: EntityManager) {
  await m.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  const wanted = new Set<string>();
  for (const [table, described] of searchedTables())
    for (const f of await presentColumns(m, table, described)) {
      const name = trigramIndex(table, f);
      wanted.add(name);
      await m.query(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" USING gin ("${f}" gin_trgm_ops)`);
    }
  const existing: { indexname: string }[] = await m.query(
    `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE '%gin_trgm_ops%'`,
  );
  for (const { indexname } of existing)
    if (!wanted.has(indexname)) await m.query(`DROP INDEX IF EXISTS "${indexname}"`);
}

/** Brings the search index to what the descriptions say, in one transaction; does nothing when it already is. */
export async function ensureSearchIndex(ds: DataSource) {
  await ds.transaction((m) => (databaseKind(ds) === "postgres" ? ensureOnPostgres(m) : ensureOnSqlite(m)));
}

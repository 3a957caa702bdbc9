// The list search's (q) index, derived from the descriptions' `search` flags and put right after every
// start's migrations, whatever a migration did to a table. Terms of every length go through an index:
// - SQLite: per table an FTS5 trigram table (terms of 3+ characters) and an FTS5 "grams" table whose
//   tokens are each text's single characters and overlapping pairs (terms of 1 and 2 characters: one
//   token), both kept by the same triggers (plain SQL over the helper table `search_numbers`, so any
//   connection's writes keep them right; an update's only where it writes a searched column or the id);
//   a migration that rebuilds a table drops its triggers, they come back here and the index is rebuilt.
// - PostgreSQL: per column a GIN index on search_grams(column), its lower-cased single characters and
//   pairs, which the list search reads for terms of every length (then ILIKE decides), and a pg_trgm GIN
//   index (the list search no longer reads it: over it the planner chose to read the table).
// Nothing to keep in step by hand: add `search: true` to a text field and restart. Only a changed
// definition is rebuilt; an unchanged start costs a few catalogue reads.
import type { DataSource, EntityManager } from "typeorm";
import { searchFields } from "../entities/describe";
import { resources } from "../entities/registry";
import { databaseKind } from "./db";

/** Per table, the columns of the list search, read from the descriptions when asked. */
const searchedTables = () =>
  resources.map((r) => [r.table, searchFields(r)] as const).filter(([, columns]) => columns.length > 0);

/** The name of a table's FTS5 trigram table on SQLite, and of its triggers. */
export const ftsTable = (table: string) => `${table}_fts`;
/** The name of a table's FTS5 table of single characters and pairs on SQLite. */
export const gramTable = (table: string) => `${table}_fts_grams`;
/** The name of a column's pg_trgm index on PostgreSQL. */
export const trigramIndex = (table: string, column: string) => `${table}_${column}_trgm`;
/** The name of a column's index of single characters and pairs on PostgreSQL. */
export const gramIndex = (table: string, column: string) => `${table}_${column}_grams`;
/** The SQL function, on PostgreSQL, of a text's lower-cased single characters and pairs. */
export const GRAMS_FUNCTION = "search_grams";

/** SQLite: the integers 1..n the triggers cut a text with (no CTE in a trigger, no JS function in SQL). */
const NUMBERS = "search_numbers";
/** The longest a searched text may be: its description's max (the index of a longer one stops there). */
const longestText = () =>
  Math.max(
    ...resources.flatMap((r) =>
      searchFields(r).map((k) => r.fields[k].max ?? (r.fields[k].type === "string" ? 255 : 100_000)),
    ),
  );

/**
 * The grams table's tokenizer: every character is part of a token but the space, which alone separates
 * them (the triggers join the grams with spaces; a pair holding a space is never a term's, searchTerm
 * trims). It folds case as FTS5 does (more than LIKE's ASCII: see needsRecheck), no diacritics removed.
 */
const GRAMS_TOKENIZER = `tokenize="unicode61 categories 'L* M* N* P* S* Z* C*' separators ' ' remove_diacritics 0"`;

/** SQL of a text's grams for the grams table: each character, then the pair it starts, joined by spaces. */
const gramsOf = (x: string) =>
  `(SELECT group_concat(substr(${x}, i, 1) || ' ' || substr(${x}, i, 2), ' ') FROM ${NUMBERS} WHERE i <= length(${x}))`;

/** The statements that make a table's FTS5 indexes on SQLite, by the name of the object each creates. */
function sqliteObjects(table: string, fields: string[]): Record<string, string> {
  const fts = ftsTable(table);
  const grams = gramTable(table);
  const cols = fields.map((f) => `"${f}"`).join(", ");
  const news = fields.map((f) => `new."${f}"`).join(", ");
  const olds = fields.map((f) => `old."${f}"`).join(", ");
  const newGrams = fields.map((f) => gramsOf(`new."${f}"`)).join(", ");
  const remove = `INSERT INTO "${fts}"("${fts}", rowid, ${cols}) VALUES ('delete', old.id, ${olds}); DELETE FROM "${grams}" WHERE rowid = old.id;`;
  const add = `INSERT INTO "${fts}"(rowid, ${cols}) VALUES (new.id, ${news}); INSERT INTO "${grams}"(rowid, ${cols}) VALUES (new.id, ${newGrams});`;
  return {
    [fts]: `CREATE VIRTUAL TABLE "${fts}" USING fts5(${cols}, content='${table}', content_rowid='id', tokenize='trigram')`,
    [grams]: `CREATE VIRTUAL TABLE "${grams}" USING fts5(${cols}, content='', contentless_delete=1, detail=column, ${GRAMS_TOKENIZER})`,
    [`${fts}_ai`]: `CREATE TRIGGER "${fts}_ai" AFTER INSERT ON "${table}" BEGIN ${add} END`,
    [`${fts}_ad`]: `CREATE TRIGGER "${fts}_ad" AFTER DELETE ON "${table}" BEGIN ${remove} END`,
    // Only an update of the indexed text (or of the id it is kept under) changes the index: an import that
    // writes 备注 on 10,000 rows leaves it alone.
    [`${fts}_au`]: `CREATE TRIGGER "${fts}_au" AFTER UPDATE OF "id", ${cols} ON "${table}" BEGIN ${remove} ${add} END`,
  };
}

/** Fills a table's grams table from the table (the trigram table rebuilds from its content table). */
const fillGrams = (table: string, fields: string[]) =>
  `INSERT INTO "${gramTable(table)}"(rowid, ${fields.map((f) => `"${f}"`).join(", ")}) SELECT id, ${fields
    .map((f) => gramsOf(`"${table}"."${f}"`))
    .join(", ")} FROM "${table}"`;

/**
 * PostgreSQL: a text's lower-cased single characters and pairs (what its GIN index holds; GIN drops the
 * repeated ones). The pairs are cut by two regexp_replace, from the first and from the second character,
 * with chr(1) between them: no loop per character, about 4× faster to index than generate_series and
 * substr. A pair holding chr(1) itself is left out: no term holds one (searchTerm drops control characters).
 * So is the empty string each split leaves after its last pair: every text of two characters or more held
 * it, so a term of three or more, which held it too, made GIN go through every row for it (×100, “智能装备”:
 * 8.6 of the count's 21 ms).
 */
const GRAMS_FUNCTION_BODY = `DECLARE l text := lower(t);
BEGIN
  RETURN array_remove(string_to_array(l, NULL)
    || string_to_array(regexp_replace(l, '(..)', '\\1' || chr(1), 'g'), chr(1))
    || string_to_array(regexp_replace(substr(l, 2), '(..)', '\\1' || chr(1), 'g'), chr(1)), '');
END`;

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
  // The integers the triggers cut texts with, up to the longest searched text (grown when a max grows).
  const n = longestText();
  await m.query(`CREATE TABLE IF NOT EXISTS ${NUMBERS} (i INTEGER PRIMARY KEY)`);
  const [{ top }] = await m.query(`SELECT coalesce(max(i), 0) AS top FROM ${NUMBERS}`);
  if (top < n)
    await m.query(
      `INSERT INTO ${NUMBERS}(i) WITH RECURSIVE k(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM k WHERE i < ?) SELECT i FROM k`,
      [top + 1, n],
    );
  for (const [table, described] of searchedTables()) {
    const fields = await presentColumns(m, table, described);
    if (!fields.length) continue;
    const objects = sqliteObjects(table, fields);
    Object.keys(objects).forEach((name) => wanted.add(name));
    const changed = Object.entries(objects).filter(([name, sql]) => !sameSql(sqlOf.get(name), sql));
    if (!changed.length) continue;
    // An update trigger made before it named the searched columns fired on every update, with the same
    // statements: it kept the index right, so only the trigger is made again (no rebuild of every row).
    if (
      changed.every(([name, sql]) =>
        sameSql(sqlOf.get(name), sql.replace(/ AFTER UPDATE OF .*? ON /, " AFTER UPDATE ON ")),
      )
    ) {
      for (const [name, sql] of changed) {
        await m.query(`DROP TRIGGER "${name}"`);
        await m.query(sql);
      }
      continue;
    }
    const fts = ftsTable(table);
    const tables = [fts, gramTable(table)];
    for (const name of Object.keys(objects).filter((n) => !tables.includes(n)))
      await m.query(`DROP TRIGGER IF EXISTS "${name}"`);
    for (const name of tables) await m.query(`DROP TABLE IF EXISTS "${name}"`);
    for (const sql of Object.values(objects)) await m.query(sql);
    await m.query(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`);
    await m.query(fillGrams(table, fields));
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
  // The grams function; a changed body drops it with the indexes built on it, which are made again below.
  const [fn] = await m.query(
    `SELECT prosrc FROM pg_proc WHERE proname = $1 AND pronamespace = current_schema()::regnamespace`,
    [GRAMS_FUNCTION],
  );
  if (fn && !sameSql(fn.prosrc, GRAMS_FUNCTION_BODY))
    await m.query(`DROP FUNCTION IF EXISTS ${GRAMS_FUNCTION}(text) CASCADE`);
  if (!fn || !sameSql(fn.prosrc, GRAMS_FUNCTION_BODY))
    await m.query(
      `CREATE FUNCTION ${GRAMS_FUNCTION}(t text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$${GRAMS_FUNCTION_BODY}$$`,
    );
  const wanted = new Set<string>();
  for (const [table, described] of searchedTables())
    for (const f of await presentColumns(m, table, described)) {
      const name = trigramIndex(table, f);
      const grams = gramIndex(table, f);
      wanted.add(name).add(grams);
      await m.query(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" USING gin ("${f}" gin_trgm_ops)`);
      await m.query(`CREATE INDEX IF NOT EXISTS "${grams}" ON "${table}" USING gin (${GRAMS_FUNCTION}("${f}"))`);
    }
  // A column's index no longer wanted (a custom field's trigram index, cft_…, is customFields.ts's).
  const existing: { indexname: string }[] = await m.query(
    `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE 'cft\\_%' AND (indexdef LIKE '%gin_trgm_ops%' OR indexdef LIKE '%${GRAMS_FUNCTION}(%')`,
  );
  for (const { indexname } of existing)
    if (!wanted.has(indexname)) await m.query(`DROP INDEX IF EXISTS "${indexname}"`);
}

/** Brings the search index to what the descriptions say, in one transaction; does nothing when it already is. */
export async function ensureSearchIndex(ds: DataSource) {
  await ds.transaction((m) => (databaseKind(ds) === "postgres" ? ensureOnPostgres(m) : ensureOnSqlite(m)));
}

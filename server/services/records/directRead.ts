// The read path straight off the database driver. A list page or a record is written as SQL by SelectSql
// (below: the conditions and order listQuery.ts and the access policy write, with the select list TypeORM
// would write), run as a prepared statement — one per SQL text, kept per connection (on SQLite the reader) —
// with positional parameters, and its rows made into records from the entity's columns by the driver's own
// conversions. No query builder, query runner, broadcaster or entity transformer: a third of a list's busy
// time went there. Writes, migrations and everything else stay with TypeORM.
import type { Database, Statement } from "better-sqlite3";
import type { DataSource, EntityManager, ObjectLiteral } from "typeorm";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata.js";
import { DriverUtils } from "typeorm/driver/DriverUtils.js";
import { DateUtils } from "typeorm/util/DateUtils.js";
import { databaseKind } from "../../db";
import { loadCustomValues } from "../customFields";

type Rec = Record<string, any>;

/** Prepared statements per SQLite connection, by SQL text; a query shape is a handful of texts at most. */
const statements = new WeakMap<Database, Map<string, Statement>>();
const MAX_STATEMENTS = 1000;

function statement(db: Database, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) {
    // Filters with lists make many texts: past the bound the oldest go (a Map keeps insertion order).
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(sql, (s = db.prepare(sql)));
  }
  return s;
}

/** SQL with positional parameters, run on the manager's connection (the caller's: SQLite's reader for reads); rows as the database gives them. */
export async function rawRows(m: EntityManager, sql: string, params: unknown[]): Promise<Rec[]> {
  if (databaseKind(m) !== "sqlite") return m.query(sql, params);
  const db = (m.connection.driver as unknown as { databaseConnection: Database }).databaseConnection;
  // better-sqlite3 binds no booleans (as TypeORM's runner does, 0 / 1).
  return statement(db, sql).all(...params.map((p) => (typeof p === "boolean" ? Number(p) : p))) as Rec[];
}

/** A read in hand-written SQL with `:name` parameters (quote camelCase names), as a prepared statement on SQLite. */
export function preparedQuery(m: EntityManager, sql: string, params: ObjectLiteral): Promise<Rec[]> {
  return rawRows(m, ...positional(m.connection, sql, params));
}

/**
 * `:name` and `:...list` parameters made positional (`?` on SQLite, `$n` on PostgreSQL), every value bound.
 * TypeORM's own SQLite version writes numbers into the text, so that each id made a new statement to prepare.
 * Only names given in `params` are parameters (PostgreSQL's `::numeric` casts stay).
 */
export function positional(ds: DataSource, sql: string, params: ObjectLiteral): [string, unknown[]] {
  const sqlite = databaseKind(ds) === "sqlite";
  const values: unknown[] = [];
  const bind = (v: unknown) => {
    if (typeof v === "function") throw new Error(`参数不能是函数：${sql.slice(0, 80)}`);
    // A date as TypeORM's SQLite driver writes it (and the stamps are kept): "2026-12-05 10:00:00.000".
    values.push(v instanceof Date && sqlite ? DateUtils.mixedDateToUtcDatetimeString(v) : v);
    return sqlite ? "?" : `$${values.length}`;
  };
  const text = sql.replace(/:(\.\.\.)?([A-Za-z0-9_.]+)/g, (whole, list: string | undefined, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, key)) return whole;
    const v = params[key];
    return list ? (v as unknown[]).map(bind).join(", ") : bind(v);
  });
  return [text, values];
}

/** Column types whose values the drivers give as the record holds them (TypeORM converts them to themselves). */
const AS_STORED = new Set(["varchar", "text", "integer", "int", "character varying"]);

/**
 * One entity's full select under alias `alias`: its select list as TypeORM writes it, and how its rows become
 * records (column alias → property), from the same columns.
 */
interface EntitySelect {
  list: string;
  make: (raw: Rec) => Rec;
}
const entitySelects = new WeakMap<EntityMetadata, Map<string, EntitySelect>>();
function entitySelect(ds: DataSource, metadata: EntityMetadata, alias: string): EntitySelect {
  let byAlias = entitySelects.get(metadata);
  if (!byAlias) entitySelects.set(metadata, (byAlias = new Map()));
  let found = byAlias.get(alias);
  if (!found) {
    const driver = ds.driver;
    const columns = metadata.columns
      .filter((c) => !c.isVirtual && c.isSelect)
      .map((c) => ({
        name: c.databaseName,
        key: DriverUtils.buildAlias(driver, undefined, alias, c.databaseName),
        property: c.propertyName,
        // Text and whole numbers come from the driver as they are kept: no conversion to call per value.
        convert:
          c.transformer || c.embeddedMetadata || !AS_STORED.has(String(c.type))
            ? (v: unknown) => driver.prepareHydratedValue(v, c)
            : undefined,
      }));
    const table = metadata.tableName;
    found = {
      list: columns
        .map((c) => `${driver.escape(alias)}.${driver.escape(c.name)} AS ${driver.escape(c.key)}`)
        .join(", "),
      make: (raw) => {
        const record: Rec = {};
        for (const { key, property, convert } of columns) {
          const value = raw[key];
          if (value !== undefined) record[property] = convert ? convert(value) : value;
        }
        // The custom fields' values are the record's own properties, as for a record TypeORM loads.
        loadCustomValues(table, record);
        return record;
      },
    };
    byAlias.set(alias, found);
  }
  return found;
}

/**
 * The part of TypeORM's SelectQueryBuilder that the list's WHERE and ORDER BY are written with (listQuery.ts,
 * the access policy): both it and SelectSql, which writes the same SQL without building a query builder.
 */
export interface WhereBuilder {
  readonly connection: DataSource;
  andWhere(where: string, parameters?: ObjectLiteral): this;
  /**
   * Narrows to the rows whose id `ids` (a subquery) names, where `ids` names each at most once and only rows
   * that exist (the search index's ids): SelectSql can then count them without the table.
   */
  andWhereIdIn?(ids: string): this;
  /**
   * Says that the last condition is the list search through its indexes on PostgreSQL (the grams GIN
   * indexes): SelectSql then counts without parallel workers, with `countWhere` in its place when given
   * (the same rows, found by the indexes alone).
   */
  searchedByIndex?(countWhere?: string): this;
  setParameter(key: string, value: unknown): this;
  escape(name: string): string;
  orderBy(sort: string, order?: "ASC" | "DESC"): this;
  addOrderBy(sort: string, order?: "ASC" | "DESC"): this;
}

/**
 * A SELECT of one entity's rows (alias `e`) with conditions, order and a page: the SQL a query builder would
 * write for them, in a few string joins. Conditions name their columns escaped (as listQuery.ts does); an
 * order names `e.column`.
 */
export class SelectSql implements WhereBuilder {
  private readonly wheres: string[] = [];
  private readonly orders: string[] = [];
  private readonly params: ObjectLiteral = {};
  private page: [offset: number, limit: number] | undefined;
  /** The one condition's own set of ids, when it is one (andWhereIdIn). */
  private idSet: string | undefined;
  /** Whether a condition is the search through its indexes on PostgreSQL (searchedByIndex). */
  private searched = false;
  /** The search's condition as the count writes it, and which condition it stands for (searchedByIndex). */
  private countWhere: [index: number, where: string] | undefined;
  /** How many rows the conditions found, once count() said it (a page past them needs no query). */
  private counted: number | undefined;

  constructor(
    readonly connection: DataSource,
    readonly metadata: EntityMetadata,
    readonly alias = "e",
  ) {}

  andWhereIdIn(ids: string) {
    this.idSet = this.wheres.length ? undefined : ids;
    this.counted = undefined;
    return this.andWhere(`${this.escape(this.alias)}.${this.escape("id")} IN (${ids})`);
  }
  searchedByIndex(countWhere?: string) {
    this.searched = true;
    this.countWhere = countWhere === undefined ? undefined : [this.wheres.length - 1, countWhere];
    return this;
  }
  andWhere(where: string, parameters?: ObjectLiteral) {
    if (this.wheres.length) this.idSet = undefined;
    this.counted = undefined;
    this.wheres.push(where);
    if (parameters) Object.assign(this.params, parameters);
    return this;
  }
  setParameter(key: string, value: unknown) {
    this.params[key] = value;
    this.counted = undefined;
    return this;
  }
  escape(name: string) {
    return this.connection.driver.escape(name);
  }
  orderBy(sort: string, order: "ASC" | "DESC" = "ASC") {
    this.orders.length = 0;
    return this.addOrderBy(sort, order);
  }
  addOrderBy(sort: string, order: "ASC" | "DESC" = "ASC") {
    const column = /^(\w+)\.(\w+)$/.exec(sort);
    this.orders.push(`${column ? `${this.escape(column[1])}.${this.escape(column[2])}` : sort} ${order}`);
    return this;
  }
  paged(offset: number, limit: number) {
    this.page = [offset, limit];
    return this;
  }

  private sql(select: string, ordered: boolean): [string, unknown[]] {
    // The count (unordered) writes the search as searchedByIndex said.
    const wheres = this.wheres.map((w, i) => (!ordered && i === this.countWhere?.[0] ? this.countWhere[1] : w));
    let where = wheres.length ? ` WHERE ${wheres.map((w) => `(${w})`).join(" AND ")}` : "";
    const order = ordered && this.orders.length ? ` ORDER BY ${this.orders.join(", ")}` : "";
    const page = ordered && this.page ? ` LIMIT ${this.page[1]} OFFSET ${this.page[0]}` : "";
    const from = `${this.escape(this.metadata.tableName)} ${this.escape(this.alias)}`;
    if (ordered && this.page && this.fewFound(this.page)) {
      const id = `${this.escape(this.alias)}.${this.escape("id")}`;
      where = ` WHERE ${id} = ANY(ARRAY(SELECT ${id} FROM ${from}${where}))`;
    }
    return positional(this.connection, `SELECT ${select} FROM ${from}${where}${order}${page}`, this.params);
  }

  /**
   * PostgreSQL: whether the search found so few rows (count() said how many) that its page is best read from
   * all of them (the grams indexes' bitmap, then the ids sorted) rather than along the order's index, testing
   * each row until the page is full. The planner cannot tell: it takes a reference's `= ANY(ARRAY(…))` for
   * ten values of the column (with 17 cities, half the enterprises), so a term found in one row of 100,000
   * walked the whole primary key (165 ms, the scan's time; now 4 ms). Along the order about (offset + limit)
   * × table / found rows are tested, against `found`: at 40 × (offset + limit) found or fewer, the found
   * ones are fewer wherever the table holds 1,600 × (offset + limit) rows or more (40,000 for a first page
   * of 25), and both are few where it holds fewer. The same conditions and order: the same page.
   */
  private fewFound([offset, limit]: [number, number]) {
    return this.searched && this.counted !== undefined && this.counted <= 40 * (offset + limit);
  }

  /** The page's records, as a query builder's getMany would give them. */
  async records(m: EntityManager): Promise<any[]> {
    // Past the rows count() found (a search found nothing): no query.
    if (this.page && this.counted !== undefined && this.page[0] >= this.counted) return [];
    const { list, make } = entitySelect(this.connection, this.metadata, this.alias);
    const [sql, params] = this.sql(list, true);
    const serial = this.page && this.fewFound(this.page) && !m.queryRunner?.isTransactionActive;
    return (serial ? await withoutParallelWorkers(m.connection, sql, params) : await rawRows(m, sql, params)).map(make);
  }

  /** How many rows the conditions find, whatever the page. */
  async count(m: EntityManager): Promise<number> {
    // A list narrowed by the search alone counts the ids its index finds, without looking each one up in the
    // table (at a million rows, 8 ms for 30,000 ids against 106 ms).
    if (this.wheres.length === 1 && this.idSet) {
      const [row] = await rawRows(
        m,
        ...positional(this.connection, `SELECT COUNT(*) AS n FROM (${this.idSet})`, this.params),
      );
      return Number(row.n);
    }
    const [sql, params] = this.sql(`COUNT(*) AS ${this.escape("n")}`, false);
    const serial = this.searched && !m.queryRunner?.isTransactionActive;
    const [row] = serial ? await withoutParallelWorkers(m.connection, sql, params) : await rawRows(m, sql, params);
    this.counted = Number(row.n);
    return this.counted;
  }
}

/**
 * PostgreSQL: a read planned without parallel workers, in a read-only transaction of its own (SET LOCAL
 * lasts until its end). A search's count reads the rows its GIN indexes found, a few pages each: the
 * planner still chose to start workers for it, which took longer than the whole count (×100, “光电”:
 * 13 ms with them, 2.8 ms without; on a busy machine more).
 */
async function withoutParallelWorkers(ds: DataSource, sql: string, params: unknown[]): Promise<Rec[]> {
  const runner = ds.createQueryRunner();
  try {
    // One round trip: without parameters, both statements go as one simple query.
    await runner.query("BEGIN READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0");
    try {
      const rows: Rec[] = await runner.query(sql, params);
      await runner.query("COMMIT");
      return rows;
    } catch (e) {
      await runner.query("ROLLBACK").catch(() => undefined);
      throw e;
    }
  } finally {
    await runner.release();
  }
}

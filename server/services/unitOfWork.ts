// Units of work on a DataSource.
// SQLite: TypeORM's better-sqlite3 driver has one connection, and concurrent transactions would nest
// on it, so every unit of work runs through the DataSource's queue, one at a time.
// PostgreSQL: a pool of connections shared with other app instances; no queue, and every write
// transaction runs SERIALIZABLE, retried when the database reports a conflict with another one,
// so read-check-write rules (versions, quotas, capacities, uniques) hold across instances.
import type { DataSource, EntityManager } from "typeorm";
import { databaseKind } from "../db";

const queues = new WeakMap<DataSource, Promise<unknown>>();
const readers = new WeakMap<DataSource, DataSource>();

/** SQLite: the second connection (query only) on the same file that reads beside the writer (WAL). */
export function attachReader(ds: DataSource, reader: DataSource) {
  readers.set(ds, reader);
}
export const readerOf = (ds: DataSource) => readers.get(ds);

/**
 * A read that never waits for writes: on SQLite on the reader connection (each statement sees what was
 * committed when it began; a long import or bulk action does not hold it up), on PostgreSQL from the pool.
 * `work` must only read, through the manager it is given.
 */
export function read<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  const reader = readers.get(ds);
  if (reader) return work(reader.manager);
  return isPostgres(ds) ? work(ds.manager) : queued(ds, () => work(ds.manager));
}

/** Lets other requests in during long work (a macrotask: awaiting the database alone never does). */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));
const isPostgres = (ds: DataSource) => databaseKind(ds) === "postgres";

/**
 * One unit of work: `work` in one transaction (all of it or none), in the database's queue on SQLite,
 * SERIALIZABLE and retried on conflicts on PostgreSQL. Every write that reads before it writes uses this.
 */
export function unitOfWork<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return queued(ds, () => transact(ds, work));
}

/** `work` in the database's queue on SQLite, without a transaction of its own: reads and single statements. */
export function queued<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (isPostgres(ds)) return work();
  const previous = queues.get(ds) ?? Promise.resolve();
  const next = previous.then(() => work());
  queues.set(
    ds,
    next.catch(() => undefined),
  );
  return next;
}

/** serialization_failure, deadlock_detected: the transaction may simply be run again. */
const RETRYABLE = new Set(["40001", "40P01"]);
const RETRIES = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` in one transaction: all of it or none of it (use unitOfWork, which also queues it). */
async function transact<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  if (!isPostgres(ds)) return ds.transaction(work);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ds.transaction("SERIALIZABLE", work);
    } catch (e) {
      const code =
        (e as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (e as { code?: string }).code;
      if (!RETRYABLE.has(code ?? "") || attempt >= RETRIES) throw e;
      await sleep(Math.random() * 10 * 2 ** attempt);
    }
  }
}

/** Hand-written SQL with `:name` / `:...list` parameters, on either database. Quote camelCase names. */
export function rawQuery(m: EntityManager, sql: string, params: Record<string, unknown>): Promise<any[]> {
  const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, params);
  return m.query(text, values);
}

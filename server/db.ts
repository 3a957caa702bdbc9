import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import { DataSource } from "typeorm";
import { entitySchemas, type DatabaseKind } from "./entitySchemas";
import { migrations } from "./migrations/index";
import { ensureSearchIndex } from "./searchIndex";
import { attachReader } from "./services/unitOfWork";
import { CustomValuesSubscriber } from "./services/customFields";

export const DEFAULT_DATABASE_PATH = "data/app.sqlite";

// COUNT(*) and other int8 results come back as numbers, as they do from SQLite.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** `postgres://…` (DATABASE_URL) or a SQLite file path (DATABASE_PATH). */
export function databaseTarget() {
  return process.env.DATABASE_URL || process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

export const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target);

/** Which database this is: the one way to ask, from a DataSource, an EntityManager or a query builder. */
export function databaseKind(on: DataSource | { connection: DataSource }): DatabaseKind {
  const ds = "connection" in on ? on.connection : on;
  return ds.driver.options.type === "postgres" ? "postgres" : "sqlite";
}

/**
 * A DataSource on PostgreSQL (a `postgres://` URL) or on a SQLite file (created with its folder).
 * `reader`: SQLite's query-only connection for reads beside the writer.
 */
export function createDataSource(target = databaseTarget(), { reader = false } = {}) {
  if (isPostgresUrl(target)) {
    return new DataSource({
      type: "postgres",
      url: target,
      entities: entitySchemas("postgres"),
      migrations: migrations.postgres,
      migrationsRun: false,
      synchronize: false,
      logging: false,
      extra: { max: Number(process.env.DATABASE_POOL) || 10, application_name: "giants-admin" },
    });
  }
  if (target !== ":memory:") mkdirSync(dirname(target), { recursive: true });
  return new DataSource({
    type: "better-sqlite3",
    database: target,
    entities: entitySchemas("sqlite"),
    migrations: migrations.sqlite,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma("journal_mode = WAL");
      db.pragma("busy_timeout = 5000");
      db.pragma("foreign_keys = ON");
      if (reader) db.pragma("query_only = ON");
    },
  });
}

/**
 * Runs `work` while holding the database's start-up lock: on PostgreSQL an advisory lock, so that
 * instances starting together migrate and seed one after another; SQLite's writes are serial anyway.
 */
export async function exclusively<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (databaseKind(ds) !== "postgres") return work();
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock(4201)");
    return await work();
  } finally {
    await runner.query("SELECT pg_advisory_unlock(4201)").catch(() => undefined);
    await runner.release();
  }
}

/**
 * A new, empty database on the PostgreSQL server at `serverUrl` (a role that may create databases):
 * UTF-8 with the C collation, so lists sort as on SQLite; `settings` are `ALTER DATABASE … SET` clauses.
 * Returns its URL and how to drop it. For scratch and test databases.
 */
export async function createPostgresDatabase(serverUrl: string, name: string, settings: string[] = []) {
  const admin = new DataSource({ type: "postgres", url: serverUrl });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  for (const setting of settings) await admin.query(`ALTER DATABASE "${name}" SET ${setting}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}

/**
 * Opens the database, applies pending migrations (in one transaction) and puts the search index right.
 * On SQLite a second, query-only connection on the same file serves the reads (unitOfWork.ts `read`),
 * so that nobody waits for a long write; it is closed with the DataSource.
 */
export async function openDatabase(target?: string) {
  const ds = createDataSource(target);
  await ds.initialize();
  // Custom fields' values are unpacked from `custom` on every load (TypeORM takes only decorated classes as options).
  ds.subscribers.push(new CustomValuesSubscriber());
  await exclusively(ds, async () => {
    await ds.runMigrations({ transaction: "all" });
    await ensureSearchIndex(ds);
  });
  if (databaseKind(ds) === "sqlite" && target !== ":memory:") {
    const reader = createDataSource(String(ds.options.database), { reader: true });
    await reader.initialize();
    reader.subscribers.push(new CustomValuesSubscriber());
    attachReader(ds, reader);
    const destroy = ds.destroy.bind(ds);
    ds.destroy = async () => {
      if (reader.isInitialized) await reader.destroy();
      return destroy();
    };
  }
  return ds;
}

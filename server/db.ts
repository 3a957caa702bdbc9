import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource } from "typeorm";
import { entitySchemas } from "../entities/index";
import { migrations } from "./migrations/index";

export const DEFAULT_DATABASE_PATH = "data/app.sqlite";

/** A DataSource on the SQLite file at `path` (created with its folder when missing). */
export function createDataSource(path = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH) {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  return new DataSource({
    type: "better-sqlite3",
    database: path,
    entities: Object.values(entitySchemas),
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma("journal_mode = WAL");
      db.pragma("busy_timeout = 5000");
      db.pragma("foreign_keys = ON");
    },
  });
}

/** Opens the database and applies pending migrations. */
export async function openDatabase(path?: string) {
  const ds = createDataSource(path);
  await ds.initialize();
  await ds.runMigrations({ transaction: "all" });
  return ds;
}

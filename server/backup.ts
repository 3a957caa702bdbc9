// Consistent online copies of the database, taken while the server runs.
// SQLite: SQLite's online backup API (a snapshot even while others write), then the copy is checked.
// PostgreSQL: pg_dump in its custom format (one snapshot of the whole database).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { beijingStamp } from "../entities/dates";
import { isPostgresUrl } from "./db";

const run = promisify(execFile);

/** Where a backup of `target` goes when no path is given: backups/app-YYYYMMDD-HHMMSS.(sqlite|dump), Beijing time. */
export const defaultBackupPath = (target: string) =>
  join("backups", `app-${beijingStamp()}.${isPostgresUrl(target) ? "dump" : "sqlite"}`);

export interface BackupResult {
  path: string;
  /** SQLite: the copy's `PRAGMA integrity_check` ("ok"); PostgreSQL: pg_restore's table of contents read back. */
  check: string;
}

export async function backup(target: string, path = defaultBackupPath(target)): Promise<BackupResult> {
  mkdirSync(dirname(path) || ".", { recursive: true });
  if (isPostgresUrl(target)) {
    await run("pg_dump", ["--format=custom", "--no-owner", "--file", path, target], { maxBuffer: 1 << 24 });
    const { stdout } = await run("pg_restore", ["--list", path], { maxBuffer: 1 << 26 });
    return { path, check: `${stdout.split("\n").filter((l) => / TABLE DATA /.test(l)).length} 张表的数据` };
  }
  if (!existsSync(target)) throw new Error(`数据库文件 ${target} 不存在（可用 DATABASE_PATH 指定）`);
  const source = new Database(target, { readonly: true, fileMustExist: true });
  try {
    await source.backup(path);
  } finally {
    source.close();
  }
  const copy = new Database(path, { readonly: true });
  try {
    const [{ integrity_check: check }] = copy.pragma("integrity_check") as { integrity_check: string }[];
    if (check !== "ok") throw new Error(`备份文件校验未通过：${check}`);
    return { path, check };
  } finally {
    copy.close();
  }
}

// Archive files: stored once per content under FILES_DIR by SHA-256, removed when the last attachment
// that refers to them goes. A file's check-and-change runs with the rows that refer to it held still:
// on PostgreSQL under a transaction-scoped advisory lock on its hash (so an upload of the same content
// on another instance cannot slip between), on SQLite in the one writer queue.
import { databaseKind } from "../db";
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import { serverOnly } from "../entitySchemas";
import { queued, rawQuery } from "./unitOfWork";

/** The file types the archive accepts, recognised by their first bytes. */
const SIGNATURES: [string, number[]][] = [
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
];
/** The type of `data` by its content (PDF, PNG or JPEG), or undefined. */
export const sniff = (data: Buffer) => SIGNATURES.find(([, sig]) => sig.every((b, i) => data[i] === b))?.[0];

export const sha256Of = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** FILES_DIR, else `files/` beside the SQLite file (`data/files` for PostgreSQL); instances share it. */
export function filesDir(ds: DataSource) {
  if (process.env.FILES_DIR) return resolve(process.env.FILES_DIR);
  const db = databaseKind(ds) === "sqlite" ? String(ds.options.database) : ":memory:";
  return db === ":memory:" ? resolve("data/files") : join(dirname(resolve(db)), "files");
}

/** Holds the content `sha256` still until the transaction of `m` ends. */
async function lockContent(m: EntityManager, sha256: string) {
  if (databaseKind(m) === "postgres") await rawQuery(m, "SELECT pg_advisory_xact_lock(hashtext(:sha256))", { sha256 });
}

/**
 * Inside the upload's transaction: the file of `data`, unless the same content is stored whole. Written
 * to a temporary name, flushed and renamed, so a crash never leaves a truncated file under the hash.
 */
export async function storeFile(m: EntityManager, dir: string, sha256: string, data: Buffer) {
  await lockContent(m, sha256);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, sha256);
  if (existsSync(path) && statSync(path).size === data.length) return;
  const temp = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  const fd = openSync(temp, "w");
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** After a commit that deleted attachments: removes each file no attachment refers to any more. Never throws. */
export async function releaseFiles(ds: DataSource, shas: string[]) {
  const dir = filesDir(ds);
  for (const sha256 of new Set(shas)) {
    try {
      // READ COMMITTED: the count must see an upload committed while this waited for the lock
      // (a SERIALIZABLE snapshot would be taken before the wait).
      const work = async (m: EntityManager) => {
        await lockContent(m, sha256);
        const used = await m.getRepository(serverOnly.attachments.entity).countBy({ sha256 });
        if (used === 0) rmSync(join(dir, sha256), { force: true });
      };
      await queued(ds, () =>
        databaseKind(ds) === "postgres" ? ds.transaction("READ COMMITTED", work) : ds.transaction(work),
      );
    } catch (e) {
      console.error(`删除档案文件 ${sha256} 失败（文件保留）：`, e);
    }
  }
}

/**
 * Removes every stored file that no attachment refers to: left by a failed upload, a crash between a
 * commit and its release, or `seed --reset`. Each file is checked under the same lock as an upload of
 * its content, so none in use can go. Only in a folder that belongs to this database (FILES_DIR, or
 * beside the SQLite file): a PostgreSQL server on the default `data/files` may share it with a SQLite one.
 */
export async function sweepFiles(ds: DataSource) {
  if (!process.env.FILES_DIR && databaseKind(ds) !== "sqlite") return 0;
  const dir = filesDir(ds);
  if (!existsSync(dir)) return 0;
  const names = readdirSync(dir);
  for (const n of names.filter((x) => /\.tmp$/.test(x))) {
    // A temporary file older than an hour is a crashed upload's.
    if (Date.now() - statSync(join(dir, n)).mtimeMs > 3600_000) rmSync(join(dir, n), { force: true });
  }
  // One query per 500 files finds those in use; only the rest are checked again, one by one, under the lock.
  const stored = names.filter((n) => /^[0-9a-f]{64}$/.test(n));
  const used = new Set<string>();
  for (let i = 0; i < stored.length; i += 500) {
    const rows = await queued(ds, () =>
      ds
        .getRepository(serverOnly.attachments.entity)
        .createQueryBuilder("a")
        .select("DISTINCT a.sha256", "sha256")
        .where("a.sha256 IN (:...shas)", { shas: stored.slice(i, i + 500) })
        .getRawMany(),
    );
    for (const r of rows) used.add(r.sha256);
  }
  const unused = stored.filter((n) => !used.has(n));
  await releaseFiles(ds, unused);
  return unused.filter((n) => !existsSync(join(dir, n))).length;
}

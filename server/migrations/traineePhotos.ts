// The data half of the TraineePhotos migrations (SQLite and PostgreSQL): the photos kept as data URLs in
// `trainee.photo` become attachments of kind traineePhoto, stored as an upload stores a file (files.ts),
// before the column goes; `down` puts them back. It runs inside the migrations' transaction: a file
// written before a rollback is one no attachment refers to, which the start-up sweep removes.
import type { QueryRunner } from "typeorm";
import { PHOTO_KIND, PHOTO_RESOURCE, PHOTO_TYPES } from "../../entities/attachment";
import { filesDir, sha256Of, sniff, storeFile } from "../services/files";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The old column's bound: a data URL of at most this many characters. */
const OLD_MAX = 3_000_000;
const EXTENSION: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png" };

/** `?` on SQLite, `$n` on PostgreSQL. */
const placeholders = (q: QueryRunner) => (n: number) =>
  q.connection.driver.options.type === "postgres" ? `$${n}` : "?";

const percentDecoded = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The bytes of a photo as the old form kept it (a data URL), or of anything else as its text. */
export function decodePhoto(value: string) {
  const m = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(value.trim());
  if (!m) return Buffer.from(value, "utf8");
  return m[2].split(";").includes("base64")
    ? Buffer.from(m[3].replace(/\s+/g, ""), "base64")
    : Buffer.from(percentDecoded(m[3]), "utf8");
}

/**
 * Moves every stored photo into the trainee's archive, one row at a time (a photo may be 3 MB).
 * A JPG or PNG becomes “照片.jpg/.png”; anything else the old field held is kept too, whole, as
 * “照片（原数据）.bin” of the same kind (so nothing is lost and only those who see ID documents open it),
 * and named in the log. Answers how many were moved.
 */
export async function movePhotosToArchive(q: QueryRunner) {
  const $ = placeholders(q);
  const dir = filesDir(q.connection);
  const ids: { id: number }[] = await q.query(
    `SELECT "id" FROM "trainee" WHERE "photo" IS NOT NULL AND "photo" <> '' ORDER BY "id"`,
  );
  let moved = 0;
  for (const { id } of ids) {
    const [{ photo }] = await q.query(`SELECT "photo" FROM "trainee" WHERE "id" = ${$(1)}`, [id]);
    const data = decodePhoto(String(photo));
    if (data.length === 0) continue;
    const type = sniff(data);
    const image = PHOTO_TYPES.includes(type ?? "");
    if (!image) console.warn(`学员 ${id} 的照片不是 JPG/PNG 图片，已原样存入其档案（照片（原数据）.bin）`);
    const sha256 = sha256Of(data);
    await storeFile(q.manager, dir, sha256, data);
    await q.query(
      `INSERT INTO "attachment" ("resource", "recordId", "kind", "fileName", "mimeType", "size", "sha256", "uploadedBy", "version")
       VALUES (${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}, ${$(7)}, ${$(8)}, 1)`,
      [
        PHOTO_RESOURCE,
        id,
        PHOTO_KIND,
        image ? `照片.${EXTENSION[type!]}` : "照片（原数据）.bin",
        image ? type : "application/octet-stream",
        data.length,
        sha256,
        "system",
      ],
    );
    moved++;
  }
  if (moved) console.log(`已将 ${moved} 张学员照片移入学员档案`);
  return moved;
}

/** `down`: each trainee's photo attachment back into the (re-added) column as a data URL, where it fits. */
export async function movePhotosBack(q: QueryRunner) {
  const $ = placeholders(q);
  const dir = filesDir(q.connection);
  const rows: { id: number; recordId: number; mimeType: string; sha256: string }[] = await q.query(
    `SELECT "id", "recordId", "mimeType", "sha256" FROM "attachment" WHERE "resource" = ${$(1)} AND "kind" = ${$(2)} ORDER BY "id"`,
    [PHOTO_RESOURCE, PHOTO_KIND],
  );
  for (const r of rows) {
    let data: Buffer;
    try {
      data = readFileSync(join(dir, r.sha256));
    } catch {
      continue;
    }
    const url = `data:${r.mimeType};base64,${data.toString("base64")}`;
    if (url.length > OLD_MAX) continue;
    await q.query(`UPDATE "trainee" SET "photo" = ${$(1)} WHERE "id" = ${$(2)}`, [url, r.recordId]);
    await q.query(`DELETE FROM "attachment" WHERE "id" = ${$(1)}`, [r.id]);
  }
}

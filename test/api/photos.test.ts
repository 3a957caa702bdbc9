// Trainees' photos are attachments (档案, kind traineePhoto): never in a list row or a record, opened only
// by those who see ID numbers, one per trainee, JPG or PNG of at most 2 MB. A database from before the
// change, with 200 photos kept as data URLs in `trainee.photo`, has them moved into the archive by the
// TraineePhotos migration, and the column goes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../server/db";
import { migrations } from "../../server/migrations/index";
import { runSeeds } from "../../seeds/index";
import { listQuery, onPostgres, rawSql, startServer, type Client, type TestServer } from "../helpers";
import { png } from "../png";

const PHOTOS = 200;
const photoOf = (id: number) => png(96, 128, id);
let s: TestServer;
let withPhotos: number[] = [];
let odd = 0;

beforeAll(async () => {
  s = await startServer({
    seed: false,
    // A database as it was before the change: seeded, with photos in the trainee table.
    beforeOpen: async (target) => {
      // Every migration but TraineePhotos (so the seeds, written for today's entities, fit the tables).
      const list = migrations[onPostgres ? "postgres" : "sqlite"];
      const at = list.findIndex((m) => m.name.startsWith("TraineePhotos"));
      const [traineePhotos] = list.splice(at, 1);
      try {
        const ds = await openDatabase(target);
        await runSeeds(ds);
        const sql = rawSql(ds);
        const ids = (await sql("SELECT id FROM trainee ORDER BY id")).map((r: { id: number }) => r.id);
        expect(ids.length).toBeGreaterThan(PHOTOS);
        withPhotos = ids.slice(0, PHOTOS);
        // A later migration that rebuilt the table on SQLite (Rounds) made it without the old column: put it back.
        const columns = onPostgres ? [] : await sql(`PRAGMA table_info("trainee")`);
        if (!onPostgres && !columns.some((c: { name: string }) => c.name === "photo"))
          await sql(`ALTER TABLE "trainee" ADD COLUMN "photo" text`);
        for (const id of withPhotos)
          await sql("UPDATE trainee SET photo = ? WHERE id = ?", [
            `data:image/png;base64,${photoOf(id).toString("base64")}`,
            id,
          ]);
        // Whatever else the old text field took is kept, not lost.
        odd = ids[PHOTOS];
        await sql("UPDATE trainee SET photo = ? WHERE id = ?", ["data:image/gif;base64,R0lGODlhAQABAAAAACw=", odd]);
        await ds.destroy();
      } finally {
        list.splice(at, 0, traineePhotos);
      }
    },
  });
});
afterAll(() => s?.close());

const photosOf = async (c: Client, id: number) =>
  ((await (await c.api(`/trainees/${id}/attachments`)).json()) as any[]).filter((a) => a.kind === "traineePhoto");

const upload = (c: Client, path: string, data: Buffer, kind = "traineePhoto", fileName = "照片.png") =>
  c.api(`${path}/attachments?kind=${kind}&fileName=${encodeURIComponent(fileName)}`, {
    method: "POST",
    headers: { "Content-Type": "application/octet-stream" },
    body: new Uint8Array(data),
  });

describe("the TraineePhotos migration", () => {
  it("moved every stored photo into its trainee's archive and dropped the column", async () => {
    const columns = onPostgres
      ? await s.sql("SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'trainee'")
      : await s.sql("PRAGMA table_info(trainee)");
    expect(columns.map((c: { name: string }) => c.name)).not.toContain("photo");
    const [{ n }] = await s.sql(
      "SELECT COUNT(*) AS n FROM attachment WHERE resource = 'trainees' AND kind = 'traineePhoto' AND mimeType = 'image/png'",
    );
    expect(Number(n)).toBe(PHOTOS);
    for (const id of [withPhotos[0], withPhotos[PHOTOS - 1]]) {
      const [photo] = await photosOf(s, id);
      expect(photo).toMatchObject({ fileName: "照片.png", mimeType: "image/png", size: photoOf(id).length });
      const res = await s.api(`/attachments/${photo.id}/file`);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(Buffer.from(await res.arrayBuffer()).equals(photoOf(id))).toBe(true);
    }
    const [kept] = await photosOf(s, odd);
    expect(kept).toMatchObject({ fileName: "照片（原数据）.bin", mimeType: "application/octet-stream" });
  });
});

describe("photos", () => {
  it(`stay out of list rows: with ${PHOTOS} photos a page is small, and even 1,000 rows answer`, async () => {
    const page = await s.api(`/trainees${listQuery({ sort: ["id", "ASC"], range: [0, 24] })}`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(Buffer.byteLength(text)).toBeLessThan(100 * 1024);
    expect(JSON.parse(text).every((r: object) => !("photo" in r))).toBe(true);
    const all = await s.api(`/trainees${listQuery({ range: [0, 999] })}`);
    expect(all.status).toBe(200);
    const rows = await all.json();
    expect(rows.length).toBeGreaterThan(PHOTOS);
    expect(JSON.stringify(rows)).not.toContain("base64");
    expect("photo" in (await (await s.api(`/trainees/${withPhotos[0]}`)).json())).toBe(false);
  });

  it("are opened by those who see ID numbers and refused to the read-only user", async () => {
    const [photo] = await photosOf(s, withPhotos[0]);
    expect((await s.api(`/attachments/${photo.id}/file`)).status).toBe(200);
    expect((await (await s.as("hust")).api(`/attachments/${photo.id}/file`)).status).toBe(200);
    const viewer = await s.as("viewer");
    const refused = await viewer.api(`/attachments/${photo.id}/file`);
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toBe("您无权查看身份证件和照片");
    // Nor can the read-only user upload one.
    expect((await upload(viewer, `/trainees/${withPhotos[0]}`, photoOf(1))).status).toBe(403);
  });

  it("are one per trainee: a new one replaces the old, whose file goes", async () => {
    const id = withPhotos[1];
    const [old] = await photosOf(s, id);
    const res = await upload(s, `/trainees/${id}`, png(60, 80, 9999), "traineePhoto", "新照片.png");
    expect(res.status).toBe(201);
    const now = await photosOf(s, id);
    expect(now.map((a) => a.fileName)).toEqual(["新照片.png"]);
    expect((await s.api(`/attachments/${old.id}/file`)).status).toBe(404);
    const [{ n }] = await s.sql(`SELECT COUNT(*) AS n FROM attachment WHERE sha256 = '${old.sha256}'`);
    expect(Number(n)).toBe(0);
    // Removed like any attachment.
    expect((await s.api(`/trainees/${id}/attachments/${now[0].id}`, { method: "DELETE" })).status).toBe(200);
    expect(await photosOf(s, id)).toEqual([]);
  });

  it("are JPG or PNG of at most 2 MB, and only trainees have them; a refused one changes nothing", async () => {
    const id = withPhotos[2];
    const before = await photosOf(s, id);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const asPdf = await upload(s, `/trainees/${id}`, pdf, "traineePhoto", "照片.pdf");
    expect(asPdf.status).toBe(400);
    expect((await asPdf.json()).message).toBe("照片仅支持 JPG、PNG 图片（按文件内容识别）");
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await upload(s, `/trainees/${id}`, big, "traineePhoto", "大照片.jpg");
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).message).toBe("照片不能超过 2 MB");
    const elsewhere = await upload(s, "/enterprises/1", photoOf(1));
    expect(elsewhere.status).toBe(400);
    expect((await elsewhere.json()).message).toBe("学员照片只能上传到学员的档案");
    expect(await photosOf(s, id)).toEqual(before);
  });

  it("are not written into the record", async () => {
    const id = withPhotos[3];
    const before = await (await s.api(`/trainees/${id}`)).json();
    const res = await s.json("PUT", `/trainees/${id}`, {
      photo: `data:image/png;base64,${photoOf(1).toString("base64")}`,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.photo).toContain("照片");
    expect((await (await s.api(`/trainees/${id}`)).json()).version).toBe(before.version);
  });
});

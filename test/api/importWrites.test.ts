// What an import's commit writes, row by row through the one save: exactly the changed columns, a new version
// per record written, the pinyin sort key made again when a name changes (and kept when it does not), one
// audit entry; and a single save without changes still makes a new version, as it always did.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sortKeyOf } from "../../server/services/sortKey";
import { listQuery, startServer, type Client, type TestServer } from "../helpers";

let s: TestServer;
let wuhan: Client;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
});
afterAll(() => s.close());

const send = async (c: Client, data: string, fileName: string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.append("file", new Blob([new TextEncoder().encode(data)]), fileName);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await c.api(`/imports/enterprises`, { method: "POST", body: form });
  return { status: res.status, body: await res.json() };
};
const rows = (ids: number[]) =>
  s.sql(
    `SELECT id, name, nameSortKey, remark, version, updatedAt, contactName FROM enterprise WHERE id IN (${ids.join(", ")}) ORDER BY id`,
  );

describe("an import's commit", () => {
  it("writes the changed columns of each row, a new version each, the sort key again only for a new name", async () => {
    const picked: { id: number; name: string }[] = await s.sql(
      "SELECT id, name FROM enterprise WHERE cityId = 1 ORDER BY id LIMIT 3",
    );
    const ids = picked.map((p) => p.id);
    const before = await rows(ids);
    const renamed = `${picked[2].name.slice(0, 2)}导入改名测试有限公司`;
    const csv = [
      "编号,企业名称,备注",
      `${picked[0].id},${picked[0].name},导入备注一`,
      `${picked[1].id},${picked[1].name},导入备注二`,
      `${picked[2].id},${renamed},${before[2].remark ?? ""}`,
    ].join("\r\n");
    const preview = await send(wuhan, csv, "改名.csv");
    expect(preview.body.counts).toEqual({ new: 0, update: 3, unchanged: 0, error: 0 });
    const done = await send(wuhan, csv, "改名.csv", { commit: "1" });
    expect(done.status).toBe(200);
    const after = await rows(ids);
    expect(after.map((r: any) => r.version)).toEqual(before.map((r: any) => r.version + 1));
    expect(after.map((r: any) => r.remark)).toEqual(["导入备注一", "导入备注二", before[2].remark]);
    expect(after.map((r: any) => r.name)).toEqual([picked[0].name, picked[1].name, renamed]);
    // The key follows the name: kept where the name is the same, made from the new name where it changed.
    expect(after[0].nameSortKey).toBe(before[0].nameSortKey);
    expect(after[1].nameSortKey).toBe(before[1].nameSortKey);
    expect(after[0].nameSortKey).toBe(sortKeyOf(picked[0].name));
    expect(after[2].nameSortKey).toBe(sortKeyOf(renamed));
    // Columns the rows do not change stay as they were.
    expect(after.map((r: any) => r.contactName)).toEqual(before.map((r: any) => r.contactName));
    const [log] = await (
      await s.api(`/auditLogs${listQuery({ filter: { action: "import" }, sort: ["id", "DESC"], range: [0, 0] })}`)
    ).json();
    expect(log.summary).toContain("改名.csv");
    expect([...log.recordIds].sort()).toEqual([...ids].sort());
    // Imported again, the same sheet is all unchanged and writes nothing.
    const again = await send(wuhan, csv, "改名.csv", { commit: "1" });
    expect(again.body.counts).toEqual({ new: 0, update: 0, unchanged: 3, error: 0 });
    expect(await rows(ids)).toEqual(after);
  });

  it("refuses a sheet naming a record the user cannot see, writing nothing", async () => {
    const [own] = await s.sql("SELECT id, name, version FROM enterprise WHERE cityId = 1 ORDER BY id LIMIT 1");
    const [other] = await s.sql("SELECT id, name, version FROM enterprise WHERE cityId <> 1 ORDER BY id LIMIT 1");
    const csv = ["编号,企业名称,备注", `${own.id},${own.name},不应写入`, `${other.id},${other.name},不应写入`].join(
      "\r\n",
    );
    const done = await send(wuhan, csv, "越权.csv", { commit: "1" });
    expect(done.status).toBe(400);
    const [a] = await s.sql(`SELECT version FROM enterprise WHERE id = ${own.id}`);
    expect(a.version).toBe(own.version);
  });
});

describe("a single save", () => {
  it("makes a new version even when nothing changes, and a new one with each change", async () => {
    const [e] = await s.sql("SELECT id FROM enterprise WHERE cityId = 1 ORDER BY id LIMIT 1");
    const current = await (await wuhan.api(`/enterprises/${e.id}`)).json();
    const same = await wuhan.api(`/enterprises/${e.id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(current),
    });
    expect(same.status).toBe(200);
    const saved = await same.json();
    expect(saved.version).toBe(current.version + 1);
    const changed = await wuhan.api(`/enterprises/${e.id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...saved, remark: "单条保存" }),
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()).version).toBe(saved.version + 1);
  });
});

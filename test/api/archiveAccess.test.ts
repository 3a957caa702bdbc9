// An attachment a user may not open answers exactly as one that does not exist: the same status and
// message, naming neither the record's kind nor its number. File names are names, not paths: control
// characters and path characters are refused in Chinese, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type Client, type TestServer } from "../helpers";

let s: TestServer;
let wuhan: Client;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
});
afterAll(() => s?.close());

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const upload = (c: Client, path: string, fileName: string, kind = "other") =>
  c.api(`${path}/attachments?kind=${kind}&fileName=${encodeURIComponent(fileName)}`, {
    method: "POST",
    headers: { "Content-Type": "application/octet-stream" },
    body: new Uint8Array(pdf),
  });
const answer = async (res: Response) => ({ status: res.status, body: await res.text() });

describe("attachment downloads", () => {
  it("answer alike for a missing attachment and another city's", async () => {
    const [foreign] = await s.sql("SELECT id FROM enterprise WHERE cityId <> 1 ORDER BY id LIMIT 1");
    const [trainee] = await s.sql(
      "SELECT t.id FROM trainee t JOIN enterprise e ON e.id = t.enterpriseId WHERE e.cityId <> 1 ORDER BY t.id LIMIT 1",
    );
    const theirs = [
      await (await upload(s, `/enterprises/${foreign.id}`, "其他市州的推荐表.pdf")).json(),
      await (await upload(s, `/trainees/${trainee.id}`, "其他市州的学员材料.pdf")).json(),
    ];
    const [{ max }] = await s.sql("SELECT MAX(id) AS max FROM attachment");
    const missing = await answer(await wuhan.api(`/attachments/${Number(max) + 1000}/file`));
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).message).toBe("档案不存在");
    for (const a of theirs) {
      const res = await answer(await wuhan.api(`/attachments/${a.id}/file`));
      expect(res).toEqual(missing);
      expect(res.body).not.toContain(String(a.recordId));
    }
    // The department opens them.
    for (const a of theirs) expect((await s.api(`/attachments/${a.id}/file`)).status).toBe(200);
  });
});

describe("attachment file names", () => {
  const bad: [string, string][] = [
    ["换行\r\n注入.pdf", "控制字符"],
    ["空字符\u0000.pdf", "控制字符"],
    ["制表\t符.pdf", "控制字符"],
    ["反向\u202Efdp.exe", "控制字符"],
    ["../../etc/passwd", "路径字符"],
    ["子目录/推荐表.pdf", "路径字符"],
    ["C:\\推荐表.pdf", "路径字符"],
    ["..", "路径字符"],
    ["", "文件名"],
    ["长".repeat(201), "200"],
  ];
  it.each(bad)("refuses %j in Chinese and writes nothing", async (name, says) => {
    const [{ n: before }] = await s.sql("SELECT COUNT(*) AS n FROM attachment");
    const res = await upload(s, "/enterprises/1", name);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.message).toContain(says);
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    const [{ n: after }] = await s.sql("SELECT COUNT(*) AS n FROM attachment");
    expect(after).toEqual(before);
  });

  it("keeps an ordinary Chinese name, dots and spaces included", async () => {
    const res = await upload(s, "/enterprises/1", "2025年 推荐表（盖章）.v2.pdf");
    expect(res.status).toBe(201);
    expect((await res.json()).fileName).toBe("2025年 推荐表（盖章）.v2.pdf");
  });
});

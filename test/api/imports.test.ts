// Imports of sheets as they arrive from the cities: preview first, then exactly those rows, all or nothing.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creditCode, idNumber } from "../../seeds/names";
import { Random } from "../../seeds/random";
import { listQuery, startServer, type Client, type TestServer } from "../helpers";

let s: TestServer;
let wuhan: Client;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
});
afterAll(() => s.close());

const r = new Random(99);
const xlsx = async (build: (ws: ExcelJS.Worksheet) => void) => {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Sheet1"));
  return Buffer.from(await wb.xlsx.writeBuffer());
};
const send = async (c: Client, kind: string, data: Buffer, fileName: string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(data)]), fileName);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await c.api(`/imports/${kind}`, { method: "POST", body: form });
  return { status: res.status, body: await res.json() };
};
const snapshot = () => s.sql("SELECT id, version, contactName, contactPhone, remark FROM enterprise ORDER BY id");

describe("the city summary (附件2) as a city sends it", () => {
  let file: Buffer;
  let names: { id: number; name: string }[];
  beforeAll(async () => {
    names = await s.sql("SELECT id, name FROM enterprise WHERE cityId = 1 ORDER BY id LIMIT 3");
    file = await xlsx((ws) => {
      ws.mergeCells("A1:G1");
      ws.getCell("A1").value = "附件2";
      ws.mergeCells("A2:G2");
      ws.getCell("A2").value = "信息汇总表";
      ws.getCell("A3").value = "市州经信局：武汉市（盖章）";
      ws.getCell("E3").value = "地市州工作联系人及联系方式：龙立新 027-87236658";
      ws.addRow(["序 号", "企业名称", "行业", "联系人", "职务", "手机", "备注"]);
      ws.addRow([1, `  ${names[0].name} `, "通用设备制造业", "张　伟", "办公室主任", 13912345678, "第三批小巨人"]);
      ws.addRow([]);
      ws.addRow([2, names[1].name, "专用设备制造业", "李娜", "总经理助理", "１３８００１３８０００", "第四批小巨人"]);
      ws.addRow([3, "武汉不存在的企业有限公司", "其他", "王强", "主任", "13700000000", ""]);
      ws.addRow([4, names[0].name, "通用设备制造业", "张伟", "办公室主任", "13912345678", "重复"]);
      ws.addRow(["...", "", "", "", "", "", ""]);
    });
  });

  it("previews counts and reasons, writing nothing", async () => {
    const before = await snapshot();
    const { status, body } = await send(wuhan, "citySummary", file, "附件2-武汉市.xlsx");
    expect(status).toBe(200);
    expect(body.headerRow).toBe(4);
    expect(body.counts).toEqual({ new: 0, update: 2, unchanged: 0, error: 2 });
    expect(body.rows.map((x: any) => [x.row, x.outcome])).toEqual([
      [5, "update"],
      [7, "update"],
      [8, "error"],
      [9, "error"],
    ]);
    expect(body.rows[2].errors[0].message).toContain("本市州没有名为“武汉不存在的企业有限公司”的企业");
    expect(body.rows[3].errors[0].message).toBe("与第 5 行重复");
    expect(await snapshot()).toEqual(before);
  });

  it("commits nothing while rows have errors, and exactly the good rows when asked to skip them", async () => {
    const before = await snapshot();
    const refused = await send(wuhan, "citySummary", file, "附件2.xlsx", { commit: "1" });
    expect(refused.status).toBe(400);
    expect(await snapshot()).toEqual(before);
    const done = await send(wuhan, "citySummary", file, "附件2.xlsx", { commit: "1", skipErrors: "1" });
    expect(done.status).toBe(200);
    const [a, b] = await s.sql(
      `SELECT contactName, contactPhone FROM enterprise WHERE id IN (${names[0].id}, ${names[1].id}) ORDER BY id`,
    );
    expect(a).toEqual({ contactName: "张 伟", contactPhone: "13912345678" });
    expect(b.contactPhone).toBe("13800138000");
    const changed = (await snapshot())
      .filter((row: any, i: number) => row.version !== before[i].version)
      .map((x: any) => x.id);
    expect(changed.sort()).toEqual([names[0].id, names[1].id].sort());
    const [log] = await (
      await s.api(`/auditLogs${listQuery({ filter: { action: "import" }, sort: ["id", "DESC"], range: [0, 0] })}`)
    ).json();
    expect(log.summary).toContain("附件2.xlsx");
    expect(log.username).toBe("wuhan");
  });
});

describe("enterprises", () => {
  it("reads a GBK CSV and reports bad check characters, unknown cities and unknown options", async () => {
    const good = creditCode(r, "420500", new Set());
    const csv = [
      "企业名称,统一社会信用代码,所属市州,是否重点小巨人,小巨人批次,有效期至,所属行业,重点产业,工作联系人,手机,其他列",
      `宜昌新导入测试有限公司,${good},宜昌市,否,第五批（2023年）,2026/7/31,专用设备制造业,机械装备,周明,13911112222,忽略`,
      `宜昌校验位错误有限公司,914403001922038217,宜昌市,否,第五批（2023年）,2026-07-31,专用设备制造业,机械装备,周明,13911112223,`,
      `未知市州企业有限公司,${creditCode(r, "420500", new Set())},火星市,否,第五批（2023年）,46234,专用设备制造业,采矿业,周明,13911112224,`,
    ].join("\r\n");
    const gbk = Buffer.from(new Uint8Array(await new Response(new Blob([csv])).arrayBuffer()));
    // Encode as GB18030 the way Excel on Chinese Windows saves a CSV.
    const encoded = encodeGb18030(csv) ?? gbk;
    const { body } = await send(s, "enterprises", encoded, "企业名单.csv");
    expect(body.ignoredColumns).toEqual(["其他列"]);
    expect(body.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 2 });
    expect(body.rows[1].errors).toEqual([{ field: "creditCode", message: expect.stringContaining("校验位") }]);
    expect(body.rows[2].errors.map((e: any) => e.field).sort()).toEqual(["cityId"]);
  });

  it("changes nothing when a file just exported from the list is imported again", async () => {
    const exported = Buffer.from(
      await (await s.api(`/enterprises/export.xlsx${listQuery({ filter: { cityId: 4 } })}`)).arrayBuffer(),
    );
    const { body } = await send(s, "enterprises", exported, "企业-导出.xlsx");
    expect(body.counts.unchanged).toBeGreaterThan(50);
    expect(body.counts).toEqual({ new: 0, update: 0, unchanged: body.counts.unchanged, error: 0 });
    const csv = Buffer.from(
      await (await s.api(`/enterprises/export.csv${listQuery({ filter: { cityId: 4 } })}`)).arrayBuffer(),
    );
    const again = await send(s, "enterprises", csv, "企业-导出.csv");
    expect(again.body.counts).toEqual(body.counts);
  });

  it("keeps a city bureau's import inside its city", async () => {
    const [other] = await s.sql("SELECT id, name, creditCode FROM enterprise WHERE cityId = 5 LIMIT 1");
    const before = await snapshot();
    const csv = `企业名称,统一社会信用代码,所属市州,工作联系人\r\n${other.name},${other.creditCode},宜昌市,冒名联系人\r\n`;
    const { body } = await send(wuhan, "enterprises", Buffer.from(csv), "外市企业.csv", { commit: "1" });
    expect(body.message).toContain("有 1 行有错误");
    const preview = await send(wuhan, "enterprises", Buffer.from(csv), "外市企业.csv");
    expect(preview.body.rows[0].errors[0].message).toContain("未找到名为“宜昌市”的市州");
    const byId = await send(
      wuhan,
      "enterprises",
      Buffer.from(`编号,企业名称\r\n${other.id},${other.name}\r\n`),
      "按编号.csv",
    );
    expect(byId.body.rows[0].errors[0].message).toContain(`编号 ${other.id} 的企业不存在`);
    expect(await snapshot()).toEqual(before);
  });

  it("matches a city summary's names within the chosen city only, and checks live nominations in the preview", async () => {
    const [other] = await s.sql("SELECT id, name FROM enterprise WHERE cityId = 5 LIMIT 1");
    const summary = `企业名称,行业,联系人,职务,手机,备注\r\n${other.name},其他,冒名联系人,主任,13700000000,\r\n`;
    const moved = await send(s, "citySummary", Buffer.from(summary), "附件2.csv", { cityId: "1" });
    expect(moved.body.rows[0].errors[0].message).toContain("本市州没有名为");
    const [nominated] = await s.sql(
      "SELECT e.id, e.name, r.nominatedAt AS at FROM enterprise e JOIN registration r ON r.enterpriseId = e.id WHERE r.status = 'nominated' LIMIT 1",
    );
    const expiring = await send(
      s,
      "enterprises",
      Buffer.from(`编号,企业名称,有效期至\r\n${nominated.id},${nominated.name},2020-01-01\r\n`),
      "有效期.csv",
    );
    expect(expiring.body.counts.error).toBe(1);
    expect(expiring.body.rows[0].errors[0].message).toContain(nominated.at);
  });

  it("refuses what is not a readable sheet, in Chinese", async () => {
    expect(
      (await send(s, "enterprises", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "加密.xlsx")).body
        .message,
    ).toContain("密码");
    expect((await send(s, "enterprises", Buffer.from("PK\u0003\u0004broken"), "坏文件.xlsx")).body.message).toContain(
      "损坏",
    );
    expect((await send(s, "enterprises", Buffer.from("hello"), "a.pdf")).body.message).toContain("xlsx");
    expect((await send(s, "enterprises", await xlsx(() => undefined), "空.xlsx")).body.message).toContain("空");
    expect((await send(s, "nope", Buffer.from("x"), "a.csv")).status).toBe(404);
  });
});

describe("trainees and demands", () => {
  it("matches trainees by ID number, reads dates as Excel serials", async () => {
    const [e] = await s.sql(
      "SELECT e.id, e.name FROM enterprise e WHERE e.cityId = 1 AND e.id NOT IN (SELECT enterpriseId FROM trainee) LIMIT 1",
    );
    const id = idNumber(r, "420100", "female", 1975, 1980, new Set());
    const file = await xlsx((ws) => {
      ws.addRow(["附件1-2 专精特新“小巨人”企业培训学员信息表"]);
      ws.addRow([
        "姓 名",
        "性 别",
        "身份证号码",
        "手 机",
        "现任职务",
        "企业名称",
        "意向参加培训班次",
        "民 族",
        "政治面貌",
      ]);
      ws.addRow(["测试学员", "女", id.toLowerCase(), 13612345678, "总经理", e.name, "综合2班", "土家族", "群众"]);
    });
    const preview = await send(wuhan, "trainees", file, "学员.xlsx");
    expect(preview.body.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 0 });
    await send(wuhan, "trainees", file, "学员.xlsx", { commit: "1" });
    const again = await send(wuhan, "trainees", file, "学员.xlsx");
    expect(again.body.counts.unchanged).toBe(1);
    const [t] = await s.sql(`SELECT ethnicity, politicalStatus, intendedClass FROM trainee WHERE idNumber = '${id}'`);
    expect(t).toEqual({ ethnicity: "15", politicalStatus: "13", intendedClass: "comprehensive2" });
  });

  it("leaves the database unchanged when the commit fails on a rule", async () => {
    const [e] = await s.sql(
      "SELECT e.id, e.name FROM enterprise e WHERE e.cityId = 1 AND e.id NOT IN (SELECT enterpriseId FROM trainee) LIMIT 1 OFFSET 1",
    );
    const file = await xlsx((ws) => {
      ws.addRow(["姓名", "性别", "身份证号码", "手机", "现任职务", "企业名称", "意向参加培训班次"]);
      for (let i = 0; i < 3; i++)
        ws.addRow([
          `学员${i}`,
          "男",
          idNumber(r, "420100", "male", 1970, 1980, new Set()),
          "13612345678",
          "总经理",
          e.name,
          "综合1班",
        ]);
    });
    const before = await s.sql("SELECT COUNT(*) n FROM trainee");
    const preview = await send(s, "trainees", file, "三名学员.xlsx");
    expect(preview.body.counts.new).toBe(3);
    const res = await send(s, "trainees", file, "三名学员.xlsx", { commit: "1" });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain("第 4 行");
    expect(await s.sql("SELECT COUNT(*) n FROM trainee")).toEqual(before);
  });

  it("gives templates with the descriptions' headings", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await s.api("/imports/techDemands/template.xlsx")).arrayBuffer()) as any);
    const headings = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(headings).toContain("需求名称");
    expect(headings).toContain("需求类别");
  });
});

/** GB18030 encoding for the test's CSV: Node decodes GB18030 but cannot encode it, so build it from a decode table. */
function encodeGb18030(text: string): Buffer | null {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else return null;
  }
  return Buffer.from(bytes);
}

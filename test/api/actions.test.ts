// Bulk actions in one transaction, exports of the whole filtered list, the dashboard's figures.
import ExcelJS from "exceljs";
import { sortKeyOf } from "../../server/services/sortKey";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, listQuery, type TestServer } from "../helpers";
import { newRecordFor } from "./records";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const total = async (key: string, filter: object) =>
  Number((await s.api(`/${key}${listQuery({ filter, range: [0, 0] })}`)).headers.get("content-range")!.split("/")[1]);

describe("bulk update and delete", () => {
  it("updates every selected record in one request", async () => {
    const ids = (await s.sql("SELECT id FROM registration WHERE status = 'nominated' ORDER BY id LIMIT 3")).map(
      (r: any) => r.id,
    );
    const res = await s.json("POST", "/registrations/bulk-update", { ids, data: { status: "approved" } });
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual(ids);
    const rows = await s.sql(`SELECT status, version FROM registration WHERE id IN (${ids.join(",")})`);
    expect(rows.every((r: any) => r.status === "approved" && r.version === 2)).toBe(true);
  });

  it("changes nothing when one record fails, and says which", async () => {
    const ids = (await s.sql("SELECT id FROM registration WHERE status = 'approved' ORDER BY id LIMIT 4")).map(
      (r: any) => r.id,
    );
    await s.sql(`UPDATE registration SET returnReason = '已有原因' WHERE id = ${ids[0]}`);
    const before = await s.sql(
      `SELECT id, status, version FROM registration WHERE id IN (${ids.join(",")}) ORDER BY id`,
    );
    // Returning needs a reason: only the first record has one, so the action must fail as a whole.
    const res = await s.json("POST", "/registrations/bulk-update", { ids, data: { status: "returned" } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.message).toContain("全部未修改");
    expect(body.errors.returnReason).toBeTruthy();
    expect(
      await s.sql(`SELECT id, status, version FROM registration WHERE id IN (${ids.join(",")}) ORDER BY id`),
    ).toEqual(before);
  });

  it("updates every record matching a filter", async () => {
    const filter = { cityId: 11, status: "approved" };
    const n = await total("registrations", filter);
    expect(n).toBeGreaterThan(0);
    const res = await s.json("POST", "/registrations/bulk-update", { filter, data: { suggestions: "按筛选批量填写" } });
    expect((await res.json()).data).toHaveLength(n);
    expect(await total("registrations", { ...filter, q: "按筛选批量填写" })).toBe(n);
  });

  it("deletes all or none", async () => {
    const a = await (await s.json("POST", "/enterprises", await newRecordFor(s, "enterprises"))).json();
    const b = await (await s.json("POST", "/enterprises", await newRecordFor(s, "enterprises"))).json();
    const [used] = await s.sql("SELECT enterpriseId AS id FROM registration LIMIT 1");
    const refused = await s.json("POST", "/enterprises/bulk-delete", { ids: [a.id, used.id, b.id] });
    expect(refused.status).toBe(409);
    expect((await refused.json()).message).toContain("全部未删除");
    expect((await s.api(`/enterprises/${a.id}`)).status).toBe(200);
    const ok = await s.json("POST", "/enterprises/bulk-delete", { ids: [a.id, b.id] });
    expect((await ok.json()).data).toEqual([a.id, b.id]);
    expect((await s.api(`/enterprises/${a.id}`)).status).toBe(404);
  });

  it("answers unknown ids and empty requests in Chinese", async () => {
    const missing = await s.json("POST", "/registrations/bulk-update", {
      ids: [1, 999999],
      data: { suggestions: "x" },
    });
    expect(missing.status).toBe(404);
    const empty = await s.json("POST", "/registrations/bulk-update", { ids: [1] });
    expect(empty.status).toBe(400);
    const none = await s.json("POST", "/registrations/bulk-delete", {});
    expect(none.status).toBe(400);
  });
});

describe("exports", () => {
  it("writes the whole filtered list as xlsx: Chinese headers, labels, names, frozen styled header, auto-filter", async () => {
    const filter = { cityId: 1 };
    const n = await total("enterprises", filter);
    expect(n).toBeGreaterThan(300);
    const res = await s.api(`/enterprises/export.xlsx${listQuery({ filter, sort: ["name", "ASC"] })}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("企业"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("企业");
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(["编号", "企业名称", "统一社会信用代码", "所属市州"]);
    expect(headers).toContain("组织机构代码");
    expect(headers).not.toContain("确认代码无误（校验位不符的早期代码）");
    expect(ws.rowCount - 1).toBe(n);
    const city = headers.indexOf("所属市州") + 1;
    const industry = headers.indexOf("重点产业") + 1;
    expect(ws.getRow(2).getCell(city).value).toBe("武汉市");
    expect([
      "光电子信息",
      "新能源汽车",
      "机械装备",
      "生物医药",
      "新材料",
      "人工智能及信息技术服务业",
      "其他",
    ]).toContain(ws.getRow(2).getCell(industry).value);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    // By name as Excel and WPS sort it: pinyin (issue #16), through the one sort key of the server.
    const names = ws.getColumn(2).values.slice(2) as string[];
    const key = (x: string) => sortKeyOf(x) ?? "";
    expect(names).toEqual([...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
  });

  it("writes CSV in UTF-8 with a BOM, masks ID numbers and neutralises formulas", async () => {
    const one = await (await s.api("/trainees/1")).json();
    await s.json("PUT", "/trainees/1", { honours: '=HYPERLINK("http://x")' });
    const res = await s.api(`/trainees/export.csv${listQuery({ filter: { id: [1] } })}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes).slice(1);
    const [header, row] = text.split("\r\n");
    expect(header.split(",")).toContain("身份证号码");
    expect(row).not.toContain(one.idNumber);
    expect(row).toContain(`${one.idNumber.slice(0, 3)}***********${one.idNumber.slice(14)}`);
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(header.split(",")).not.toContain("照片");
  });

  it("exports all rows past the 1,000-row page size", async () => {
    const res = await s.api(`/enterprises/export.csv${listQuery({ filter: {} })}`);
    const lines = (await res.text()).split("\r\n").filter(Boolean);
    expect(lines.length - 1).toBe(await total("enterprises", {}));
    expect(lines.length - 1).toBeGreaterThan(1000);
  });

  it("refuses an unknown format or a bad filter in Chinese", async () => {
    expect((await s.api("/enterprises/export.pdf")).status).toBe(400);
    expect((await s.api(`/enterprises/export.xlsx${listQuery({ filter: { nope: 1 } })}`)).status).toBe(400);
  });
});

describe("dashboard", () => {
  it("reports progress against the 2025 targets and per city", async () => {
    const d = await (await s.api("/dashboard")).json();
    expect(d.targets).toMatchObject({
      qualityDiagnoses: 200,
      managementDiagnoses: 100,
      techDemands: 100,
      selectedProjects: 16,
    });
    expect(d.cities).toHaveLength(17);
    expect(d.totals.qualityDiagnoses).toBe(200);
    expect(d.totals.validGiants).toBe(d.cities.reduce((a: number, c: any) => a + c.validGiants, 0));
    const wuhan = d.cities.find((c: any) => c.code === "420100");
    expect(wuhan.quota).toBe(Math.ceil(wuhan.validGiants * 0.3));
    // Nominated means live (已推荐 or 已通过): returned and withdrawn ones free their place (issue #14).
    expect(wuhan.nominated).toBe(await total("registrations", { cityId: wuhan.id, status: ["nominated", "approved"] }));
  });
});

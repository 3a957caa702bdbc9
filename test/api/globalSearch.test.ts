// The app bar's search (GET /api/search) and the sheet cells of item 7 / the small things of item 8 of
// issue 16: grouped, scoped and masked exactly like the lists; CSV codes kept as text; xlsx dates as dates.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchAnswer } from "../../entities/api";
import { listQuery, startServer, type TestServer } from "../helpers";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s?.close());

type Api = TestServer["api"];
const search = async (api: Api, q: string): Promise<SearchAnswer> => {
  const res = await api(`/search?q=${encodeURIComponent(q)}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};
const listTotal = async (api: Api, resource: string, filter: object) => {
  const res = await api(`/${resource}${listQuery({ filter, range: [0, 0] })}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return Number(res.headers.get("content-range")!.split("/")[1]);
};

describe("GET /api/search", () => {
  it("groups an enterprise's own record and what hangs off it, each total the list's total", async () => {
    const [e] = await s.sql(
      "SELECT e.id, e.name FROM enterprise e WHERE EXISTS (SELECT 1 FROM trainee t WHERE t.enterpriseId = e.id) ORDER BY e.id LIMIT 1",
    );
    const answer = await search(s.api, e.name);
    const enterprises = answer.groups.find((g) => g.resource === "enterprises")!;
    expect(enterprises.label).toBe("企业");
    expect(enterprises.records.map((r) => r.id)).toContain(e.id);
    expect(enterprises.records.find((r) => r.id === e.id)!.title).toBe(e.name);
    const trainees = answer.groups.find((g) => g.resource === "trainees")!;
    expect(trainees.records.length).toBeGreaterThan(0);
    expect(trainees.records[0].enterprise).toBe(e.name);
    for (const g of answer.groups) {
      expect(g.records.length).toBeLessThanOrEqual(5);
      expect(g.total, g.resource).toBe(await listTotal(s.api, g.resource, { q: e.name }));
    }
  });

  it("finds by a credit code, and a short or empty term answers nothing", async () => {
    const [e] = await s.sql("SELECT id, creditCode FROM enterprise ORDER BY id LIMIT 1");
    const answer = await search(s.api, e.creditCode);
    expect(answer.groups[0].resource).toBe("enterprises");
    expect(answer.groups[0].records.map((r) => r.id)).toEqual([e.id]);
    expect((await search(s.api, "武")).groups).toEqual([]);
    expect((await search(s.api, " ")).groups).toEqual([]);
    expect((await search(s.api, "")).groups).toEqual([]);
  });

  it("refuses what is not one text in Chinese, never a 500", async () => {
    for (const q of ["?q=a&q=b", "?q=%E5%85%AC&q=%E5%8F%B8"]) {
      const res = await s.api(`/search${q}`);
      expect(res.status, q).toBe(400);
      expect((await res.json()).message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await s.anonymous.api("/search?q=武汉")).status).toBe(401);
  });

  it("keeps a city bureau to its own city", async () => {
    const wuhan = await s.as("wuhan");
    const [other] = await s.sql(
      "SELECT e.id, e.name FROM enterprise e JOIN city c ON c.id = e.cityId WHERE c.code <> '420100' ORDER BY e.id LIMIT 1",
    );
    const fromProvince = await search(s.api, other.name);
    expect(fromProvince.groups.find((g) => g.resource === "enterprises")!.records.map((r) => r.id)).toContain(other.id);
    const fromWuhan = await search(wuhan.api, other.name);
    for (const g of fromWuhan.groups) expect(g.records.map((r) => r.id)).not.toContain(other.id);
    expect(fromWuhan.groups.find((g) => g.resource === "enterprises")?.total ?? 0).toBe(0);
    // 公司 matches many: Wuhan's totals are its lists' totals, every enterprise in Wuhan.
    const many = await search(wuhan.api, "公司");
    const ents = many.groups.find((g) => g.resource === "enterprises")!;
    expect(ents.total).toBe(await listTotal(wuhan.api, "enterprises", { q: "公司" }));
    const [wuhanCity] = await s.sql("SELECT id FROM city WHERE code = '420100'");
    const ids = ents.records.map((r) => r.id);
    const rows = await s.sql(`SELECT cityId FROM enterprise WHERE id IN (${ids.join(",")})`);
    expect(rows.every((r: any) => r.cityId === wuhanCity.id)).toBe(true);
    for (const g of many.groups)
      expect(g.total, g.resource).toBe(await listTotal(wuhan.api, g.resource, { q: "公司" }));
  });

  it("finds a trainee by an ID number's last digits only for a role that sees it in full", async () => {
    const [t] = await s.sql("SELECT id, idNumber FROM trainee ORDER BY id LIMIT 1");
    const tail = String(t.idNumber).slice(-6);
    const found = (await search(s.api, tail)).groups.find((g) => g.resource === "trainees");
    expect(found?.records.map((r) => r.id)).toContain(t.id);
    const viewer = await s.as("viewer");
    const masked = await search(viewer.api, tail);
    expect(masked.groups.find((g) => g.resource === "trainees")).toBeUndefined();
    expect(await listTotal(viewer.api, "trainees", { q: tail })).toBe(0);
    // Nor by the whole number: q never looks in a masked field.
    expect((await search(viewer.api, t.idNumber)).groups.find((g) => g.resource === "trainees")).toBeUndefined();
  });

  it("never offers a resource the role may not read", async () => {
    const ceprei = await s.as("ceprei");
    const me = await (await ceprei.api("/auth/me")).json();
    const answer = await search(ceprei.api, "公司");
    for (const g of answer.groups) expect(me.access[g.resource], g.resource).not.toBe("none");
  });
});

/** A CSV's fields, row by row (quotes undone). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

const workbookOf = async (res: Response) => {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
  return wb.worksheets[0];
};

describe("sheets that Excel and WPS keep right", () => {
  it("writes codes in CSV with a leading tab before digits only, so they stay text", async () => {
    const [e] = await s.sql("SELECT id FROM enterprise ORDER BY id LIMIT 1");
    await s.sql(`UPDATE enterprise SET creditCode = '914201114104046922' WHERE id = ${e.id}`);
    const res = await s.api(`/enterprises/export.csv${listQuery({ filter: { id: e.id } })}`);
    expect(res.status).toBe(200);
    const [header, row] = csvRows(await res.text());
    expect(row[header.indexOf("统一社会信用代码")]).toBe("\t914201114104046922");
    expect(row[header.indexOf("编号")]).toBe(String(e.id));
    // Mobiles are codes too; text that is not all digits is left as it was.
    const mobile = row[header.indexOf("手机")];
    if (mobile && /^\t?\d+$/.test(mobile)) expect(mobile.startsWith("\t")).toBe(true);
    expect(row[header.indexOf("企业名称")].startsWith("\t")).toBe(false);
    // A tab only ever precedes digits: no formula can follow it.
    for (const cell of row) if (cell.startsWith("\t")) expect(cell).toMatch(/^\t\d+$/);
    // The read-only user's masked ID numbers (with *) are text already.
    const viewer = await s.as("viewer");
    const trainees = csvRows(await (await viewer.api("/trainees/export.csv")).text());
    const col = trainees[0].indexOf("身份证号码");
    expect(trainees[1][col]).toMatch(/^\d{3}\*+\w{4}$/);
  });

  it("writes dates in xlsx as real dates formatted yyyy-mm-dd, and times as Beijing date-times", async () => {
    const [e] = await s.sql("SELECT id, validUntil FROM enterprise ORDER BY id LIMIT 1");
    const ws = await workbookOf(await s.api(`/enterprises/export.xlsx${listQuery({ filter: { id: e.id } })}`));
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const cell = ws.getRow(2).getCell(header.indexOf("有效期至"));
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe(e.validUntil);
    expect(cell.numFmt).toBe("yyyy-mm-dd");
    // The audit log's time: a date-time in Beijing time (UTC+8), formatted yyyy-mm-dd hh:mm.
    const [log] = await s.sql("SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1");
    const logs = await workbookOf(await s.api(`/auditLogs/export.xlsx${listQuery({ filter: { id: log.id } })}`));
    const at = logs.getRow(2).getCell((logs.getRow(1).values as unknown[]).map(String).indexOf("时间"));
    expect(at.value).toBeInstanceOf(Date);
    expect(at.numFmt).toBe("yyyy-mm-dd hh:mm");
    const beijing = new Date(new Date(log.at).getTime() + 8 * 3600_000).toISOString().slice(0, 16);
    expect((at.value as Date).toISOString().slice(0, 16)).toBe(beijing);
    // In CSV the same time is text in Beijing time.
    const csv = csvRows(await (await s.api(`/auditLogs/export.csv${listQuery({ filter: { id: log.id } })}`)).text());
    expect(csv[1][csv[0].indexOf("时间")]).toBe(beijing.replace("T", " "));
  });
});

describe("small things", () => {
  it("says why re-issuing certificates issues none", async () => {
    const classes = await s.sql("SELECT id FROM training_class ORDER BY id");
    let done = false;
    for (const c of classes) {
      const report = await (await s.api(`/trainingClasses/${c.id}/report`)).json();
      const eligible = report.trainees?.filter((t: any) => t.certificateEligible).length ?? 0;
      if (!report.ended || !eligible) continue;
      const first = await (await s.json("POST", `/trainingClasses/${c.id}/certificates`)).json();
      expect(first.eligible).toBe(eligible);
      expect(first.message).toMatch(/已颁发结业证书|均已颁发/);
      const again = await (await s.json("POST", `/trainingClasses/${c.id}/certificates`)).json();
      expect(again.issued).toBe(0);
      expect(again.message).toBe(`本班符合条件的 ${eligible} 名学员均已颁发结业证书，无需重复颁发`);
      done = true;
      break;
    }
    expect(done, "a seeded class that has ended with eligible trainees").toBe(true);
  });

  it("lists the projects with the selection's own ranks and the pin reasons", async () => {
    const run = (body: object) => s.json("POST", "/techDemands/selection", body);
    const base = await (await run({ count: 16, dryRun: true })).json();
    const ranked = base.ranking.filter((d: any) => d.rank !== null);
    const out = ranked[0];
    const low = ranked.at(-1);
    const done = await run({
      count: 16,
      dryRun: false,
      pinnedIn: [{ id: low.id, reason: "填补区域空白" }],
      pinnedOut: [{ id: out.id, reason: "已获国家专项支持" }],
    });
    expect(done.status, await done.clone().text()).toBe(200);
    const chosen = (await done.json()).ranking.filter((d: any) => d.selected);
    const ws = await workbookOf(await s.api("/reports/selected-projects.xlsx"));
    const rows = Array.from({ length: 16 }, (_, i) => ws.getRow(4 + i).values as unknown[]);
    // Ranks as the selection gave them: 1 was excluded, so the list starts at 2, and the pinned one keeps its low rank.
    expect(rows.map((r) => r[1])).toEqual(chosen.map((d: any) => d.rank).sort((a: number, b: number) => a - b));
    expect(rows[0][1]).toBe(2);
    const pinnedRow = rows.find((r) => r[2] === low.title)!;
    expect(pinnedRow[1]).toBe(low.rank);
    expect(pinnedRow[10]).toBe("人工确定入选：填补区域空白");
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain("人工排除：已获国家专项支持");
    expect(texts).toContain(out.title);
  });
});

// Masked data stays masked, and no output carries a formula (issue #15): a role that sees ID numbers or
// mobiles masked cannot learn a digit of them through filters, sorts or the search, and no list, record,
// export, report, class document or error sheet hands them out in full; every text that a spreadsheet
// would read as a formula comes out prefixed with '. Run on SQLite and on PostgreSQL.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resourceByKey, resources } from "../../entities/registry";
import type { ResourceDescription } from "../../entities/describe";
import { applyFilter, applySort } from "../../server/rest/listQuery";
import { maskText, neutralise, sheetCell, workbook } from "../../server/services/output";
import { LOOKUPS_PER_HOUR } from "../../server/services/records/visibleRecords";
import { listQuery, startServer, type Client, type TestServer } from "../helpers";

let s: TestServer;
let viewer: Client;
let wuhan: Client;
/** Every full ID number and personal phone number stored. */
let secrets: string[];
// A tab before digits only is the CSV convention for codes (output.ts csvField): no formula can follow it.
const FORMULA = /^([=+\-@\r]|\t(?!\d+$))/;
const PREFIXES = ["=", "+", "-", "@"];

beforeAll(async () => {
  s = await startServer();
  [viewer, wuhan] = await Promise.all([s.as("viewer"), s.as("wuhan")]);
  // Text that starts like a formula in every kind of column the outputs copy.
  const prefix = (table: string, column: string) =>
    Promise.all(
      PREFIXES.map((p, i) => s.sql(`UPDATE ${table} SET ${column} = '${p}' || ${column} WHERE id % 4 = ${i}`)),
    );
  await prefix("enterprise", "name");
  await prefix("enterprise", "contactName");
  await prefix("enterprise", "remark");
  await prefix("enterprise", "industry");
  await prefix("trainee", "name");
  await prefix("trainee", "title");
  await prefix("tech_demand", "title");
  await prefix("training_class", "name");
  await s.sql("UPDATE city SET name = '=' || name WHERE id = 1");
  const rows = [
    ...(await s.sql("SELECT idNumber AS v FROM trainee")),
    ...(await s.sql("SELECT mobile AS v FROM trainee")),
    ...(await s.sql("SELECT contactPhone AS v FROM enterprise")),
    ...(await s.sql("SELECT contactPhone AS v FROM tech_demand")),
  ];
  secrets = [...new Set(rows.map((r) => String(r.v)).filter((v) => v.length >= 11))];
  expect(secrets.length).toBeGreaterThan(100);
  const commit = await s.json("POST", "/techDemands/selection", { dryRun: false });
  expect(commit.status).toBe(200);
  await prefix("selected_project", "name");
});
afterAll(() => s.close());

const total = async (c: Client, key: string, filter: object, sort?: unknown) => {
  const res = await c.api(`/${key}${listQuery({ filter, range: [0, 0], ...(sort ? { sort } : {}) })}`);
  return { status: res.status, total: Number(res.headers.get("content-range")?.split("/")[1]), body: res };
};
const leaked = (text: string) => secrets.filter((v) => text.includes(v));

/** Every text of every cell of every sheet, and the cells a spreadsheet would run as formulas. */
async function sheetTexts(res: Response) {
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
  const texts: string[] = [];
  const formulas: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as any;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) formulas.push(String(v.formula));
        const text =
          v && typeof v === "object" && Array.isArray(v.richText)
            ? v.richText.map((t: any) => t.text).join("")
            : typeof v === "object" && v !== null && !(v instanceof Date)
              ? String(v.text ?? JSON.stringify(v))
              : String(v);
        texts.push(text);
      }),
    ),
  );
  return { texts, formulas };
}

/** The fields of a CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function csvFields(text: string) {
  const out: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const j = text.indexOf('"', i);
        if (j < 0) throw new Error("unterminated quoted CSV field");
        field += text.slice(i, j);
        if (text[j + 1] === '"') {
          field += '"';
          i = j + 2;
        } else {
          i = j + 1;
          break;
        }
      }
    } else {
      const m = /[,\r\n]/.exec(text.slice(i));
      const end = m ? i + m.index : text.length;
      field = text.slice(i, end);
      i = end;
    }
    out.push(field);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) i += 2;
    else if (text[i] === "\n") i++;
  }
  return out;
}

/** No secret in full, no unneutralised formula; answers which of the seeded prefixes came out neutralised. */
function assertSafe(what: string, texts: string[], formulas: string[] = []) {
  expect(formulas, what).toEqual([]);
  expect(leaked(texts.join("\n")), what).toEqual([]);
  expect(
    texts.filter((t) => FORMULA.test(t)),
    what,
  ).toEqual([]);
  return new Set(texts.filter((t) => /^'[=+\-@]/.test(t)).map((t) => t[1]));
}

describe("a role that sees ID numbers and mobiles masked cannot filter, sort or search them", () => {
  let target: { id: number; idNumber: string; mobile: string };
  beforeAll(async () => {
    [target] = await s.sql("SELECT id, idNumber, mobile FROM trainee ORDER BY id LIMIT 1");
  });

  it("refuses range, not-equal and list filters on the ID number with a Chinese 400", async () => {
    const prefix = target.idNumber.slice(0, 10);
    for (const op of ["_gte", "_lte", "_gt", "_lt", "_neq"]) {
      const r = await total(viewer, "trainees", { id: target.id, [`idNumber${op}`]: prefix });
      expect(r.status, op).toBe(400);
      const body = await r.body.json();
      expect(body.message).toMatch(/身份证号码/);
      expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const list = await total(viewer, "trainees", { idNumber: [target.idNumber, "420101199001011234"] });
    expect(list.status).toBe(400);
    // The attack, as it was sent.
    expect((await total(viewer, "trainees", { id: 1, idNumber_gte: "4201101968" })).status).toBe(400);
    // Who sees them in full still filters as before.
    expect((await total(s, "trainees", { id: target.id, idNumber_gte: prefix })).total).toBe(1);
  });

  it("refuses mobiles and phones as filters and sorts", async () => {
    for (const [key, field] of [
      ["trainees", "mobile"],
      ["enterprises", "contactPhone"],
      ["techDemands", "contactPhone"],
    ]) {
      for (const filter of [{ [field]: "138" }, { [`${field}_gte`]: "138" }, { [field]: ["13800000000"] }])
        expect((await total(viewer, key, filter)).status, `${key} ${JSON.stringify(filter)}`).toBe(400);
      expect((await total(viewer, key, {}, [field, "ASC"])).status, `${key} sort`).toBe(400);
    }
    expect((await total(viewer, "trainees", {}, ["idNumber", "DESC"])).status).toBe(400);
  });

  it("finds nothing by a part of an ID number or mobile in the search", async () => {
    for (const term of [target.idNumber.slice(0, 10), target.idNumber.slice(6, 14), target.mobile.slice(3, 9)])
      expect((await total(viewer, "trainees", { q: term })).total, term).toBe(0);
  });

  it("looks up one complete ID number exactly, and the audit log records who, which field and when, never the value", async () => {
    const before = await total(s, "auditLogs", { action: "lookup" });
    expect((await total(viewer, "trainees", { idNumber: target.idNumber })).total).toBe(1);
    // Part of a number, or the mask itself, matches nothing and is not a lookup.
    expect((await total(viewer, "trainees", { idNumber: target.idNumber.slice(0, 17) })).total).toBe(0);
    expect((await total(viewer, "trainees", { idNumber: `${target.idNumber.slice(0, 3)}***********1234` })).total).toBe(
      0,
    );
    const after = await s.api(
      `/auditLogs${listQuery({ filter: { action: "lookup" }, sort: ["id", "DESC"], range: [0, 9] })}`,
    );
    const entries = await after.json();
    expect(entries.length).toBe(before.total + 1);
    expect(entries[0].username).toBe("viewer");
    expect(entries[0].at).toBeTruthy();
    expect(entries[0].summary).toContain("身份证号码");
    expect(JSON.stringify(entries)).not.toContain(target.idNumber);
    expect(JSON.stringify(entries)).not.toContain(target.idNumber.slice(3, 14));
  });

  it("allows so many exact lookups an hour, lists and exports together, then a Chinese 429", async () => {
    const made = (await total(s, "auditLogs", { action: "lookup", username: "viewer" })).total;
    for (let i = made; i < LOOKUPS_PER_HOUR; i++) {
      const res =
        i % 2
          ? await viewer.api(`/trainees/export.csv${listQuery({ filter: { idNumber: target.idNumber } })}`)
          : (await total(viewer, "trainees", { idNumber: target.idNumber })).body;
      expect(res.status, `lookup ${i + 1}`).toBe(200);
      await res.arrayBuffer();
    }
    for (const res of [
      (await total(viewer, "trainees", { idNumber: target.idNumber })).body,
      await viewer.api(`/trainees/export.xlsx${listQuery({ filter: { idNumber: target.idNumber } })}`),
    ]) {
      expect(res.status).toBe(429);
      expect((await res.json()).message).toMatch(/每小时最多/);
    }
    // Lists without such a lookup go on as before.
    expect((await total(viewer, "trainees", {})).status).toBe(200);
  });

  it("never searches or sorts by a masked field, even one a description would mark searchable or sortable", async () => {
    const base = resourceByKey.trainees;
    const desc: ResourceDescription = {
      ...base,
      fields: { ...base.fields, idNumber: { ...base.fields.idNumber, search: true, sort: true } },
    };
    const me = async (c: Client) => (await (await c.api("/auth/me")).json()).user;
    const [viewerUser, adminUser] = [await me(viewer), await me(s)];
    // The condition and what it binds: on SQLite the search index's column filter is a bound value.
    const where = (user: any) => {
      const qb = s.ds.getRepository(base.entity).createQueryBuilder("e");
      applyFilter(qb, desc, { q: "12" }, user);
      const [sql, params] = qb.getQueryAndParameters();
      return `${sql.split(" WHERE ")[1]} ${JSON.stringify(params)}`;
    };
    expect(where(viewerUser)).not.toContain("idNumber");
    // The administrator's search takes in the field the viewer's leaves out: named (PostgreSQL's ILIKE), or
    // the record's whole search index where the viewer's is limited to its other columns (`{name} : "12"`).
    const admin = where(adminUser);
    expect(admin).not.toBe(where(viewerUser));
    if (s.ds.options.type === "postgres") expect(admin).toContain("idNumber");
    else expect(admin).toContain(`["\\"12\\""`);
    const qb = s.ds.getRepository(base.entity).createQueryBuilder("e");
    expect(() => applySort(qb, desc, ["idNumber", "ASC"], viewerUser)).toThrow(/身份证号码/);
    expect(() => applySort(qb, desc, ["idNumber", "ASC"], adminUser)).not.toThrow();
  });
});

describe("no output hands out a masked value in full or a formula", () => {
  it("lists and records as the read-only user reads them", async () => {
    for (const key of ["trainees", "enterprises", "techDemands"]) {
      const res = await viewer.api(`/${key}${listQuery({ range: [0, 999] })}`);
      const rows = await res.json();
      expect(rows.length).toBeGreaterThan(0);
      expect(leaked(JSON.stringify(rows)), key).toEqual([]);
      for (const r of rows.slice(0, 5))
        expect(leaked(JSON.stringify(await (await viewer.api(`/${key}/${r.id}`)).json())), key).toEqual([]);
    }
  });

  it("every export, xlsx and CSV, of every resource the read-only user reads", async () => {
    const seen = new Set<string>();
    const access = (await (await viewer.api("/auth/me")).json()).access;
    let exported = 0;
    for (const r of resources) {
      if (access[r.key] === "none") continue;
      const xlsx = await sheetTexts(await viewer.api(`/${r.key}/export.xlsx`));
      assertSafe(`${r.key}.xlsx`, xlsx.texts, xlsx.formulas).forEach((c) => seen.add(c));
      const csv = await viewer.api(`/${r.key}/export.csv`);
      expect(csv.status).toBe(200);
      assertSafe(`${r.key}.csv`, csvFields(await csv.text())).forEach((c) => seen.add(c));
      exported++;
    }
    expect(exported).toBeGreaterThan(10);
    expect([...seen].sort()).toEqual([...PREFIXES].sort());
  });

  it("附件2 of every city, the province's summary and the selected projects", async () => {
    const cities: { id: number }[] = await s.sql("SELECT id FROM city ORDER BY id");
    expect(cities.length).toBe(17);
    const seen = new Set<string>();
    let rows = 0;
    for (const c of cities) {
      const sheet = await sheetTexts(await viewer.api(`/reports/city-summary.xlsx?cityId=${c.id}`));
      assertSafe(`city-summary ${c.id}`, sheet.texts, sheet.formulas).forEach((x) => seen.add(x));
      rows += sheet.texts.filter((t) => /^1\d{2}\*{4}\d{4}$/.test(t)).length;
    }
    // The mobiles are there, masked.
    expect(rows).toBeGreaterThan(10);
    expect([...seen].sort()).toEqual([...PREFIXES].sort());
    const province = await sheetTexts(await viewer.api("/reports/province-summary.xlsx"));
    expect([...assertSafe("province-summary", province.texts, province.formulas)]).toEqual(["="]);
    const projects = await sheetTexts(await viewer.api("/reports/selected-projects.xlsx"));
    expect([...assertSafe("selected-projects", projects.texts, projects.formulas)].sort()).toEqual(
      [...PREFIXES].sort(),
    );
  });

  it("签章件缺失清单, its xlsx and its rows", async () => {
    const sheet = await sheetTexts(await viewer.api("/reports/missing-stamped-copies.xlsx"));
    expect(sheet.texts.length).toBeGreaterThan(100);
    expect([...assertSafe("missing-stamped-copies", sheet.texts, sheet.formulas)].sort()).toEqual([...PREFIXES].sort());
    const json = await viewer.api("/reports/missing-stamped-copies");
    expect(json.status).toBe(200);
    expect(leaked(await json.text())).toEqual([]);
  });

  it("the class reports and admission notices of every class", async () => {
    const classes = await (await viewer.api(`/trainingClasses${listQuery({ range: [0, 99] })}`)).json();
    expect(classes.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const c of classes) {
      const report = await sheetTexts(await viewer.api(`/trainingClasses/${c.id}/report.xlsx`));
      assertSafe(`report ${c.id}`, report.texts, report.formulas).forEach((x) => seen.add(x));
      const notices = await viewer.api(`/trainingClasses/${c.id}/admission-notices`);
      expect(notices.status).toBe(200);
      expect(leaked(await notices.text())).toEqual([]);
      const json = await viewer.api(`/trainingClasses/${c.id}/report`);
      expect(leaked(await json.text())).toEqual([]);
    }
    expect([...seen].sort()).toEqual([...PREFIXES].sort());
  });

  it("the import error sheet copies the rows back neutralised", async () => {
    const csv = [
      "企业名称,统一社会信用代码,所属市州,工作联系人,手机",
      `=HYPERLINK("http://x"),123,武汉市,@张三,13800000000`,
      `+1+2,456,武汉市,-李四,13800000001`,
    ].join("\r\n");
    const form = new FormData();
    form.append("file", new Blob([csv]), "x.csv");
    form.append("errors", "xlsx");
    const res = await s.api("/imports/enterprises", { method: "POST", body: form });
    const sheet = await sheetTexts(res);
    expect(sheet.formulas).toEqual([]);
    expect(sheet.texts.filter((t) => FORMULA.test(t))).toEqual([]);
    expect(sheet.texts).toEqual(expect.arrayContaining([`'=HYPERLINK("http://x")`, "'+1+2", "'@张三", "'-李四"]));
  });

  it("audit diffs keep personal data masked, also for the department", async () => {
    const [t] = await s.sql("SELECT id, mobile FROM trainee ORDER BY id LIMIT 1");
    const mobile = t.mobile === "13912345678" ? "13912345679" : "13912345678";
    expect((await s.json("PUT", `/trainees/${t.id}`, { mobile })).status).toBe(200);
    const log = await (
      await s.api(`/auditLogs${listQuery({ filter: { action: "update" }, sort: ["id", "DESC"], range: [0, 0] })}`)
    ).json();
    const text = JSON.stringify(log);
    expect(text).toContain("手机");
    expect(text).not.toContain(mobile);
    expect(text).not.toContain(t.mobile);
  });
});

describe("a uniqueness conflict against a record the user cannot see tells nothing", () => {
  it("answers only that the ID number cannot be used", async () => {
    const [mine] = await s.sql(
      "SELECT t.id, t.gender FROM trainee t JOIN enterprise e ON e.id = t.enterpriseId WHERE e.cityId = (SELECT id FROM city WHERE code = '420100') ORDER BY t.id LIMIT 1",
    );
    const [other] = await s.sql(
      `SELECT t.idNumber, e.name FROM trainee t JOIN enterprise e ON e.id = t.enterpriseId WHERE e.cityId <> (SELECT id FROM city WHERE code = '420100') AND t.gender = '${mine.gender}' ORDER BY t.id LIMIT 1`,
    );
    const res = await wuhan.json("PUT", `/trainees/${mine.id}`, { idNumber: other.idNumber });
    expect(res.status).toBe(409);
    const body = await res.json();
    const text = JSON.stringify(body);
    expect(body.message).toContain("该身份证号码不能使用");
    expect(body.errors.idNumber).toBe("该身份证号码不能使用");
    for (const word of ["已存在", "已登记", other.idNumber, other.name.slice(1)]) expect(text).not.toContain(word);
    // The department, who sees the holder, is told which record holds it.
    const admin = await (await s.json("PUT", `/trainees/${mine.id}`, { idNumber: other.idNumber })).json();
    expect(admin.message).toContain("在本批次已登记为学员");
  });
});

describe("the output rules themselves", () => {
  it("neutralise text that starts like a formula, and nothing else", () => {
    for (const p of [...PREFIXES, "\t", "\r", "＝"]) expect(neutralise(`${p}1`)).toBe(`'${p}1`);
    expect(neutralise("武汉=1")).toBe("武汉=1");
    expect(sheetCell(-5)).toBe(-5);
    expect(sheetCell("-5")).toBe("'-5");
    expect(sheetCell(null)).toBe(null);
  });

  it("mask ID numbers and mobiles in free text for whoever sees them masked", () => {
    const text = "联系 13812345678，身份证 42010219800101123X";
    expect(maskText(text, null)).toBe("联系 138****5678，身份证 420***********123X");
    const viewer = {
      id: 1,
      username: "v",
      displayName: "v",
      role: "viewer" as const,
      cityId: null,
      services: [],
      enterpriseId: null,
    };
    expect(maskText(text, viewer)).not.toMatch(/13812345678|42010219800101123X/);
    const admin = { ...viewer, role: "province" as const };
    expect(maskText(text, admin)).toBe(text);
  });

  it("neutralise every cell of a workbook when it is written, whatever was put in it", async () => {
    const wb = workbook();
    const ws = wb.addWorksheet("x");
    ws.addRow(["=1+1", { formula: "SUM(A1)" }, { richText: [{ text: "@x" }] }, "ok", 3]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await wb.xlsx.writeBuffer()) as any);
    expect((back.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(["'=1+1", "'=SUM(A1)", "'@x", "ok", 3]);
  });

  it("are the only way the server makes a sheet: every writer takes its workbook from output.ts", () => {
    const files = (readdirSync("server", { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".spec.ts"))
      .map((f) => join("server", f));
    const writers = files.filter((f) => /addWorksheet\(|WorkbookWriter/.test(readFileSync(f, "utf8")));
    expect(writers.length).toBeGreaterThanOrEqual(4);
    for (const f of writers.filter((x) => !x.endsWith(join("services", "output.ts")))) {
      const text = readFileSync(f, "utf8");
      expect(text, f).not.toMatch(/new ExcelJS\.(Workbook|stream\.xlsx\.WorkbookWriter)\(/);
      expect(text, f).toMatch(/from "(\.\.?\/)+(services\/)?output"/);
    }
  });
});

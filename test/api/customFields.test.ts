// 自定义字段 (#18): the department adds a field to a resource; from then on it is read and written as an
// ordinary property, validated, filtered, sorted (by an expression index), exported, imported, and its
// deletion removes its values with an audit entry. On SQLite and on PostgreSQL.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listQuery, onPostgres, startServer, type Client, type TestServer } from "../helpers";

let s: TestServer;
let wuhan: Client;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
});
afterAll(() => s?.close());

const CAPITAL = {
  resource: "enterprises",
  key: "registeredCapital",
  label: "注册资本（万元）",
  type: "number",
  min: 0,
  max: 10000000,
  help: "按营业执照填写",
  section: "企业情况",
  list: true,
  filter: true,
  sort: true,
  export: true,
  import: true,
};
const send = async (c: Client, kind: string, data: Buffer, fileName: string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(data)]), fileName);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await c.api(`/imports/${kind}`, { method: "POST", body: form });
  return { status: res.status, body: await res.json() };
};

describe("a decimal field added by the department", () => {
  let fieldId: number;
  let ids: number[];
  beforeAll(async () => {
    ids = (await s.sql("SELECT id FROM enterprise WHERE cityId = 1 ORDER BY id LIMIT 3")).map((r) => r.id);
  });

  it("is refused to any other role, and a key that is not an identifier or names a built-in field", async () => {
    expect((await wuhan.json("POST", "/customFields", CAPITAL)).status).toBe(403);
    const bad = await s.json("POST", "/customFields", { ...CAPITAL, key: "注册资本" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.key).toMatch(/字段代码应以英文小写字母开头/);
    const clash = await s.json("POST", "/customFields", { ...CAPITAL, key: "name" });
    expect((await clash.json()).errors.key).toMatch(/重名/);
    const system = await s.json("POST", "/customFields", { ...CAPITAL, key: "version" });
    expect((await system.json()).errors.key).toMatch(/重名/);
    // A trainee's cityId is the list's filter by its enterprise's city, not a field to take.
    const city = await s.json("POST", "/customFields", { ...CAPITAL, resource: "trainees", key: "cityId" });
    expect((await city.json()).errors.key).toMatch(/系统保留的名称/);
  });

  it("is created by the department and appears in the merged descriptions", async () => {
    const res = await s.json("POST", "/customFields", CAPITAL);
    expect(res.status).toBe(201);
    fieldId = (await res.json()).id;
    const d = await (await wuhan.api("/descriptions")).json();
    expect(d.customFields.map((f: { key: string }) => f.key)).toContain("registeredCapital");
    expect(d.resources.enterprises.fields.registeredCapital).toMatchObject({ label: "注册资本（万元）", custom: true });
    expect(d.resources.enterprises.sections.find((x: { title: string }) => x.title === "企业情况").fields).toContain(
      "registeredCapital",
    );
    const again = await s.json("POST", "/customFields", CAPITAL);
    expect((await again.json()).errors.key).toMatch(/已有字段代码/);
  });

  it("is written and read as an ordinary property by a city, and validated in Chinese", async () => {
    const values = [800, 500, 120.5];
    for (const [i, id] of ids.entries()) {
      const res = await wuhan.json("PUT", `/enterprises/${id}`, { registeredCapital: values[i] });
      expect(res.status, await res.clone().text()).toBe(200);
      expect((await res.json()).registeredCapital).toBe(values[i]);
    }
    const one = await (await wuhan.api(`/enterprises/${ids[0]}`)).json();
    expect(one.registeredCapital).toBe(800);
    expect(one).not.toHaveProperty("custom");
    const wrong = await wuhan.json("PUT", `/enterprises/${ids[0]}`, { registeredCapital: "五百" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).errors.registeredCapital).toBe("注册资本（万元）应为数字");
    const low = await wuhan.json("PUT", `/enterprises/${ids[0]}`, { registeredCapital: -1 });
    expect((await low.json()).errors.registeredCapital).toBe("注册资本（万元）不能小于 0");
    const history = await s.sql(
      "SELECT changes FROM audit_log WHERE resource = 'enterprises' AND action = 'update' ORDER BY id DESC LIMIT 1",
    );
    expect(JSON.stringify(history[0].changes)).toContain("注册资本（万元）");
  });

  it("filters ≥ 500 and sorts, through its expression index", async () => {
    const list = await wuhan.api(
      `/enterprises${listQuery({ filter: { registeredCapital_gte: 500 }, sort: ["registeredCapital", "DESC"] })}`,
    );
    expect(list.status).toBe(200);
    const rows = await list.json();
    expect(rows.map((r: { id: number }) => r.id)).toEqual([ids[0], ids[1]]);
    expect(rows.map((r: { registeredCapital: number }) => r.registeredCapital)).toEqual([800, 500]);
    const bad = await wuhan.api(`/enterprises${listQuery({ filter: { registeredCapital_gte: "多" } })}`);
    expect(bad.status).toBe(400);
    // The planner uses the index made when the field was saved.
    const plan = onPostgres
      ? await s.sql(
          `EXPLAIN SELECT id FROM enterprise e WHERE ((e."custom" ->> 'registeredCapital')::numeric) >= 500 ORDER BY ((e."custom" ->> 'registeredCapital')::numeric) DESC`,
        )
      : await s.sql(
          `EXPLAIN QUERY PLAN SELECT id FROM enterprise e WHERE json_extract(e."custom", '$.registeredCapital') >= 500 ORDER BY json_extract(e."custom", '$.registeredCapital') DESC`,
        );
    if (!onPostgres) expect(JSON.stringify(plan)).toContain("cf_enterprise_registeredCapital");
    else {
      const idx = await s.sql("SELECT indexname FROM pg_indexes WHERE indexname = 'cf_enterprise_registeredCapital'");
      expect(idx.length).toBe(1);
    }
  });

  it("is exported under its label in xlsx and CSV", async () => {
    const q = listQuery({ filter: { registeredCapital_gte: 500 }, sort: ["registeredCapital", "DESC"] });
    const csv = await (await wuhan.api(`/enterprises/export.csv${q}`)).text();
    const [head, first] = csv.replace(/^\uFEFF/, "").split("\r\n");
    const col = head.split(",").indexOf("注册资本（万元）");
    expect(col).toBeGreaterThan(0);
    expect(first.split(",")[col]).toBe("800");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await (await wuhan.api(`/enterprises/export.xlsx${q}`)).arrayBuffer()) as any);
    const ws = wb.worksheets[0];
    const heads = (ws.getRow(1).values as unknown[]).map(String);
    const x = heads.indexOf("注册资本（万元）");
    expect(x).toBeGreaterThan(0);
    expect(ws.getRow(2).getCell(x).value).toBe(800);
  });

  it("is a column of the import template, and a sheet with that column imports into it", async () => {
    const tpl = new ExcelJS.Workbook();
    await tpl.xlsx.load(
      Buffer.from(await (await wuhan.api("/imports/enterprises/template.xlsx")).arrayBuffer()) as any,
    );
    expect(JSON.stringify(tpl.worksheets[0].getRow(1).values)).toContain("注册资本（万元）");
    const [e] = await s.sql("SELECT id, name FROM enterprise WHERE id = ?", [ids[2]]);
    const csv = `编号,企业名称,注册资本（万元）\r\n${e.id},${e.name},650\r\n`;
    const preview = await send(wuhan, "enterprises", Buffer.from(csv), "注册资本.csv");
    expect(preview.body.counts).toMatchObject({ update: 1, error: 0 });
    const done = await send(wuhan, "enterprises", Buffer.from(csv), "注册资本.csv", { commit: "1" });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((await (await wuhan.api(`/enterprises/${ids[2]}`)).json()).registeredCapital).toBe(650);
    const wrong = await send(wuhan, "enterprises", Buffer.from(csv.replace(",650", ",六百五十")), "错误.csv");
    expect(JSON.stringify(wrong.body.rows)).toContain("注册资本（万元）应为数字");
  });

  it("keeps its values when renamed (a new label), and is searched when a text field says so", async () => {
    const res = await s.json("PUT", `/customFields/${fieldId}`, { label: "注册资本（人民币万元）" });
    expect(res.status).toBe(200);
    expect((await (await wuhan.api(`/enterprises/${ids[0]}`)).json()).registeredCapital).toBe(800);
    const d = await (await wuhan.api("/descriptions")).json();
    expect(d.resources.enterprises.fields.registeredCapital.label).toBe("注册资本（人民币万元）");
    const fixed = await s.json("PUT", `/customFields/${fieldId}`, { key: "capital" });
    expect((await fixed.json()).errors.key).toMatch(/保存后不能更改/);

    const note = await s.json("POST", "/customFields", {
      resource: "enterprises",
      key: "honourNote",
      label: "荣誉备注",
      type: "string",
      search: true,
    });
    expect(note.status).toBe(201);
    await wuhan.json("PUT", `/enterprises/${ids[1]}`, { honourNote: "省级制造业单项冠军" });
    const found = await (await wuhan.api(`/enterprises${listQuery({ filter: { q: "单项冠军" } })}`)).json();
    expect(found.map((r: { id: number }) => r.id)).toEqual([ids[1]]);
    // On PostgreSQL the search goes through a trigram index of the JSON value, as the columns' search does.
    if (onPostgres)
      expect(
        await s.sql("SELECT indexname FROM pg_indexes WHERE indexname = 'cft_enterprise_honourNote'"),
      ).toHaveLength(1);
  });

  it("is deleted with its values, and the audit log says what was removed", async () => {
    const res = await s.api(`/customFields/${fieldId}`, { method: "DELETE" });
    expect(res.status).toBe(200);
    const one = await (await wuhan.api(`/enterprises/${ids[0]}`)).json();
    expect(one).not.toHaveProperty("registeredCapital");
    const raw = await s.sql("SELECT custom FROM enterprise WHERE id = ?", [ids[0]]);
    expect(JSON.stringify(raw[0].custom ?? "")).not.toContain("registeredCapital");
    const [entry] = await s.sql(
      "SELECT summary FROM audit_log WHERE resource = 'customFields' AND action = 'delete' AND summary IS NOT NULL ORDER BY id DESC LIMIT 1",
    );
    expect(entry.summary).toContain("3 条记录的值已一并删除");
    expect(entry.summary).toContain("注册资本（人民币万元）");
    const gone = await wuhan.api(`/enterprises${listQuery({ filter: { registeredCapital_gte: 500 } })}`);
    expect(gone.status).toBe(400);
  });
});

describe("a field of one 培育批次", () => {
  it("is refused on a resource that has no rounds", async () => {
    const res = await s.json("POST", "/customFields", {
      resource: "enterprises",
      key: "roundNote",
      label: "批次备注",
      type: "string",
      roundId: 1,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.roundId).toMatch(/不分培育批次/);
  });

  it("is required of that round's records only, and not read on another round's", async () => {
    const round = await s.json("POST", "/rounds", {
      name: "2026 年第一批",
      year: 2026,
      batch: 1,
      status: "preparing",
      deadline: "2026-06-30",
    });
    expect(round.status, await round.clone().text()).toBe(201);
    const other = (await round.json()).id as number;
    for (const [key, roundId] of [
      ["pilotNeed", 1],
      ["nextRoundNeed", other],
    ] as const) {
      const res = await s.json("POST", "/customFields", {
        resource: "techDemands",
        key,
        label: key === "pilotNeed" ? "中试需求" : "下一批次需求",
        type: "string",
        required: true,
        roundId,
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }
    const [demand] = await s.sql("SELECT id, roundId FROM tech_demand WHERE roundId = 1 ORDER BY id LIMIT 1");
    const missing = await s.json("PUT", `/techDemands/${demand.id}`, { details: "补充说明" });
    expect(missing.status).toBe(400);
    const errors = (await missing.json()).errors;
    expect(errors.pilotNeed).toBe("中试需求不能为空");
    expect(errors).not.toHaveProperty("nextRoundNeed");
    const saved = await s.json("PUT", `/techDemands/${demand.id}`, { pilotNeed: "小批量试制", nextRoundNeed: "不读" });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const body = await saved.json();
    expect(body.pilotNeed).toBe("小批量试制");
    expect(body).not.toHaveProperty("nextRoundNeed");
  });
});

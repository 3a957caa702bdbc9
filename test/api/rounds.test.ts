// 培育批次: a round is data. 新建批次 copies a round's settings and classes as a draft; a round's ratio and
// deadlines give its quotas; records, lists and figures are of the round a request names (else the current
// one), so the first batch's figures stay as they were; a closed round is read only but for the department.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTICE_ROUND, roundQuota } from "../../entities/round";
import { listQuery, setCityDeadline, startServer, type Client, type TestServer } from "../helpers";
import { nomination } from "./records";

let s: TestServer;
let wuhan: Client;
let wuhanId: number;
let second: Record<string, any>;
let firstDashboard: any;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
  [{ id: wuhanId }] = await s.sql("SELECT id FROM city WHERE code = '420100'");
  firstDashboard = await (await s.api("/dashboard")).json();
});
afterAll(() => s?.close());

const list = async (c: Client, key: string, filter: object) => {
  const res = await c.api(`/${key}${listQuery({ filter, range: [0, 999] })}`);
  expect(res.status).toBe(200);
  return { rows: await res.json(), total: Number(res.headers.get("Content-Range")!.split("/")[1]) };
};

describe("新建批次", () => {
  it("starts with the notice's round, today's data in it", async () => {
    const { rows } = await list(s, "rounds", {});
    expect(rows.map((r: any) => [r.id, r.name, r.status, r.quotaRatio])).toEqual([[1, "2025 年第一批", "active", 30]]);
    expect(firstDashboard.roundName).toBe("2025 年第一批");
    const [{ n }] = await s.sql("SELECT COUNT(*) AS n FROM registration WHERE roundId <> 1");
    expect(Number(n)).toBe(0);
  });

  it("copies the round's settings and classes as a draft, the year's next batch", async () => {
    const [{ n: classes }] = await s.sql("SELECT COUNT(*) AS n FROM training_class WHERE roundId = 1");
    const res = await s.json("POST", "/rounds/1/copy", {});
    expect(res.status).toBe(201);
    second = await res.json();
    expect(second).toMatchObject({ name: "2025 年第二批", year: 2025, batch: 2, status: "preparing", quotaRatio: 30 });
    const copied = await s.sql(`SELECT name, status, year FROM training_class WHERE roundId = ${second.id}`);
    expect(copied.length).toBe(Number(classes));
    expect(copied.every((c: any) => c.status === "planned" && Number(c.year) === 2025)).toBe(true);
    // Only the department makes rounds.
    expect((await wuhan.json("POST", "/rounds/1/copy", {})).status).toBe(403);
    expect((await wuhan.json("PUT", `/rounds/${second.id}`, { quotaRatio: 50 })).status).toBe(403);
  });

  it("gives the new round's quotas and deadline; the first batch's figures stay as they were", async () => {
    const saved = await s.json("PUT", `/rounds/${second.id}`, { quotaRatio: 20, deadline: "2099-06-30" });
    expect(saved.status).toBe(200);
    const inSecond = await (await s.api(`/dashboard?roundId=${second.id}`)).json();
    expect(inSecond.roundName).toBe("2025 年第二批");
    expect(inSecond.quotaRule).toContain("20%");
    for (const c of inSecond.cities) {
      expect(c.quota).toBe(roundQuota({ quotaRatio: 20, quotaRounding: "ceil" }, c.validGiants));
      expect(c.nominated).toBe(0);
    }
    const [city] = (await list(s, "cities", { id: wuhanId, roundId: second.id })).rows;
    expect([city.quota, city.deadline]).toEqual([
      roundQuota({ quotaRatio: 20, quotaRounding: "ceil" }, city.validGiants),
      "2099-06-30",
    ]);
    // The first batch, asked for by its id or as the current round (the second is only 筹备), is unchanged.
    expect(await (await s.api("/dashboard?roundId=1")).json()).toEqual(firstDashboard);
    expect(await (await s.api("/dashboard")).json()).toEqual(firstDashboard);
    const [first] = (await list(s, "cities", { id: wuhanId })).rows;
    expect(first.quota).toBe(roundQuota(NOTICE_ROUND, first.validGiants));
  });

  it("takes nominations in the round the request names, one per enterprise in each round", async () => {
    const [nominated] = await s.sql(
      `SELECT r.enterpriseId AS id FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${wuhanId} AND r.status = 'nominated' AND e.validUntil >= '2025-12-31' ORDER BY r.id LIMIT 1`,
    );
    const made = await wuhan.json(
      "POST",
      `/registrations?roundId=${second.id}`,
      nomination(nominated.id, { nominatedAt: "2025-11-20" }),
    );
    expect(made.status).toBe(201);
    const reg = await made.json();
    expect([reg.roundId, reg.year, reg.batch]).toEqual([second.id, 2025, 2]);
    expect((await list(wuhan, "registrations", { roundId: second.id })).total).toBe(1);
    expect((await list(wuhan, "registrations", { roundId: 1, enterpriseId: nominated.id })).total).toBe(1);
    const again = await wuhan.json(
      "POST",
      `/registrations?roundId=${second.id}`,
      nomination(nominated.id, { nominatedAt: "2025-11-21" }),
    );
    expect(again.status).toBe(409);
    const figures = await (await s.api(`/dashboard?roundId=${second.id}`)).json();
    expect(figures.totals.nominated).toBe(1);
    expect((await (await s.api("/dashboard?roundId=1")).json()).totals).toEqual(firstDashboard.totals);
  });

  it("refuses a reference into another round and an unknown round, in Chinese", async () => {
    const [demand] = await s.sql("SELECT id FROM tech_demand WHERE roundId = 1 ORDER BY id LIMIT 1");
    const res = await s.json("POST", `/demandReviews`, {
      demandId: demand.id,
      roundId: second.id,
      reviewerName: "跨批次专家",
      reviewerOrg: "测试单位",
      recused: true,
      recusalReason: "测试",
      reviewedAt: "2025-11-01",
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.demandId ?? JSON.stringify(body)).toContain("2025 年第一批");
    // Several rounds in a list's filter are a condition on its rows; a round that is not a number is refused.
    expect((await list(s, "registrations", { roundId: [1, second.id] })).total).toBeGreaterThan(0);
    expect((await s.api("/registrations?roundId=abc")).status).toBe(404);
    const unknown = await s.api("/registrations?roundId=999");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).message).toContain("培育批次不存在");
  });
});

describe("a sheet of trainees imported into a round", () => {
  it("makes the round's own trainees: last round's trainee with that ID number is not the one updated", async () => {
    const [t] = await s.sql(
      `SELECT t.id, t.name, t.idNumber, t.mobile, t.title, e.name AS enterprise FROM trainee t JOIN enterprise e ON e.id = t.enterpriseId WHERE t.roundId = 1 ORDER BY t.id LIMIT 1`,
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(["姓名", "性别", "身份证号码", "手机", "现任职务", "企业名称", "意向参加培训班次"]);
    ws.addRow([t.name, "男", t.idNumber, t.mobile, `${t.title}（新）`, t.enterprise, "综合1班"]);
    const send = async (roundId: number) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(Buffer.from(await wb.xlsx.writeBuffer()))]), "学员.xlsx");
      return (await s.api(`/imports/trainees?roundId=${roundId}`, { method: "POST", body: form })).json();
    };
    // In its own round the row is that trainee (an update); in the second round it is a new trainee.
    expect((await send(1)).counts).toMatchObject({ new: 0, update: 1 });
    expect((await send(second.id)).counts).toMatchObject({ new: 1, update: 0 });
  });
});

describe("a closed round", () => {
  it("is read only but for the department", async () => {
    await setCityDeadline(s, wuhanId, "2099-12-31", second.id);
    const [reg] = await s.sql(`SELECT id FROM registration WHERE roundId = ${second.id}`);
    expect((await s.json("PUT", `/rounds/${second.id}`, { status: "closed" })).status).toBe(200);
    const refused = await wuhan.json("PUT", `/registrations/${reg.id}`, { suggestions: "已结束批次的修改" });
    expect(refused.status).toBe(403);
    expect((await refused.json()).message).toContain("2025 年第二批已结束");
    expect((await s.json("PUT", `/registrations/${reg.id}`, { suggestions: "省厅修改" })).status).toBe(200);
    expect((await wuhan.api(`/registrations/${reg.id}`, { method: "DELETE" })).status).toBe(403);
  });

  it("keeps at least one round", async () => {
    const made = await (await s.json("POST", `/rounds/1/copy`, {})).json();
    expect(made.name).toBe("2025 年第三批");
    // Its copied classes refer to it: they go first, then the round.
    await s.sql(`DELETE FROM training_class WHERE roundId = ${made.id}`);
    expect((await s.api(`/rounds/${made.id}`, { method: "DELETE" })).status).toBe(200);
  });
});

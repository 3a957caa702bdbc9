// One definition per figure: after any sequence of nominate / return / withdraw / renominate / approve,
// the city's page, the dashboard, the quota check, 附件2 and the province summary give the same number of
// nominations (live ones: 已推荐 or 已通过).
import ExcelJS from "exceljs";
import { nomination } from "./records";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listQuery, startServer, type Client, type TestServer, setCityDeadline } from "../helpers";

let s: TestServer;
let wuhan: Client;
let city: { id: number; name: string };
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
  [city] = await s.sql("SELECT id, name FROM city WHERE code = '420100'");
  // The demo's deadline has passed: the department extends it, as it would for a late city.
  await setCityDeadline(s, city.id, "2099-12-31");
});
afterAll(() => s?.close());

const freeEnterprises = () =>
  s.sql(
    `SELECT id FROM enterprise WHERE cityId = ? AND validUntil >= '2025-06-20' AND id NOT IN (SELECT enterpriseId FROM registration) ORDER BY id`,
    [city.id],
  );
const xlsx = async (path: string) => {
  const res = await s.api(path);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
  return wb.worksheets[0];
};

/** The number of Wuhan's nominations as each of the five places gives it. */
async function everywhere() {
  const cityPage = (await (await wuhan.api("/dashboard")).json()).cities[0];
  const dashboard = await (await s.api("/dashboard")).json();
  const row = dashboard.cities.find((c: { id: number }) => c.id === city.id);
  // The quota check: a nomination without a reason is refused exactly when the live ones fill the quota,
  // and the refusal states how many there are.
  const [probe] = await freeEnterprises();
  const res = await wuhan.json("POST", "/registrations", nomination(probe.id));
  let quotaCheck: number;
  if (res.status === 201) {
    expect(row.nominated).toBeLessThan(row.quota);
    quotaCheck = row.nominated; // accepted below the quota: take it back
    expect((await s.api(`/registrations/${(await res.json()).id}`, { method: "DELETE" })).status).toBe(200);
  } else {
    expect(res.status).toBe(400);
    const message: string = (await res.json()).errors.overQuotaReason;
    quotaCheck = Number(/已推荐 (\d+) 家/.exec(message)![1]);
  }
  const summary = await xlsx(`/reports/city-summary.xlsx?cityId=${city.id}`);
  let attachment2 = 0;
  summary.eachRow((r, n) => {
    if (n > 4 && typeof r.getCell(1).value === "number") attachment2++;
  });
  const province = await xlsx("/reports/province-summary.xlsx");
  let provinceSummary = -1;
  province.eachRow((r) => {
    if (r.getCell(1).value === city.name) provinceSummary = Number(r.getCell(4).value);
  });
  return {
    cityPage: cityPage.nominated,
    dashboard: row.nominated,
    totals: dashboard.totals.nominated === dashboard.cities.reduce((a: number, c: any) => a + c.nominated, 0),
    quotaCheck,
    attachment2,
    provinceSummary,
  };
}

const expectAgreement = async () => {
  const f = await everywhere();
  expect(f, JSON.stringify(f)).toEqual({
    cityPage: f.dashboard,
    dashboard: f.dashboard,
    totals: true,
    quotaCheck: f.dashboard,
    attachment2: f.dashboard,
    provinceSummary: f.dashboard,
  });
  return f.dashboard;
};

it("give the same number in all five places through a whole sequence", async () => {
  const start = await expectAgreement();
  const live = await s.sql(
    `SELECT r.id, r.status FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ? AND r.status = 'nominated' ORDER BY r.id`,
    [city.id],
  );
  const [a, b, c] = live;
  // The department returns one: it no longer counts, and frees its place.
  expect((await s.json("PUT", `/registrations/${a.id}`, { status: "returned", returnReason: "材料不全" })).status).toBe(
    200,
  );
  expect(await expectAgreement()).toBe(start - 1);
  // The city withdraws another.
  expect((await wuhan.json("PUT", `/registrations/${b.id}`, { status: "withdrawn" })).status).toBe(200);
  expect(await expectAgreement()).toBe(start - 2);
  // It nominates two new ones (the second over the quota, with the reason).
  const [x, y] = await freeEnterprises();
  expect((await wuhan.json("POST", "/registrations", nomination(x.id, { overQuotaReason: "补报" }))).status).toBe(201);
  expect((await wuhan.json("POST", "/registrations", nomination(y.id, { overQuotaReason: "补报" }))).status).toBe(201);
  expect(await expectAgreement()).toBe(start);
  // The returned one is renominated with a reason; one is approved (still counted).
  expect(
    (await wuhan.json("PUT", `/registrations/${a.id}`, { status: "nominated", overQuotaReason: "已补齐材料" })).status,
  ).toBe(200);
  expect((await s.json("PUT", `/registrations/${c.id}`, { status: "approved" })).status).toBe(200);
  expect(await expectAgreement()).toBe(start + 1);
  // Approved ones can still be returned; withdrawn ones renominated.
  expect((await s.json("PUT", `/registrations/${c.id}`, { status: "returned", returnReason: "重复推荐" })).status).toBe(
    200,
  );
  expect(
    (await wuhan.json("PUT", `/registrations/${b.id}`, { status: "nominated", overQuotaReason: "企业重新申请" }))
      .status,
  ).toBe(200);
  expect(await expectAgreement()).toBe(start + 1);
  const listed = await s.api(
    `/registrations${listQuery({ filter: { cityId: city.id, status: ["nominated", "approved"] }, range: [0, 0] })}`,
  );
  expect(Number(listed.headers.get("content-range")!.split("/")[1])).toBe(start + 1);
});

it("counts quality and management diagnoses apart, and a city against its own targets", async () => {
  const d = await (await s.api("/dashboard")).json();
  expect(d.scope).toBe("province");
  const [q] = await s.sql("SELECT COUNT(*) AS n FROM diagnostic WHERE kind = 'quality' AND status <> 'cancelled'");
  const [qr] = await s.sql(
    "SELECT COUNT(*) AS n FROM diagnostic WHERE kind = 'quality' AND status = 'reportDelivered'",
  );
  expect(d.totals.qualityDiagnoses).toBe(Number(q.n));
  expect(d.totals.qualityReports).toBe(Number(qr.n));
  expect(d.targets.qualityDiagnoses).toBe(200);
  const own = await (await wuhan.api("/dashboard")).json();
  expect(own.scope).toBe("city");
  expect(own.cities.map((c: { id: number }) => c.id)).toEqual([city.id]);
  expect(own.targets.nominated).toBe(own.cities[0].quota);
  expect(own.targets.trainedEnterprises).toBe(Math.ceil(own.cities[0].validGiants * 0.3));
  expect(own.targets.qualityDiagnoses).toBeNull();
  expect(own.targets.selectedProjects).toBeNull();
});

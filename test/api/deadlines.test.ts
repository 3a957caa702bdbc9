// A city's 推荐截止日期: after it (Beijing date) its bureau neither nominates (one or many) nor renominates,
// until the department extends it; the department nominates at any time. The clock is held still so
// that "today" cannot move during the test.
import { nomination } from "./records";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, isoToday } from "../../entities/dates";
import { startServer, type Client, type TestServer, setCityDeadline } from "../helpers";

let s: TestServer;
let wuhan: Client;
let today: string;
let cityId: number;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
  vi.useFakeTimers({ toFake: ["Date"], now: new Date() });
  today = isoToday();
  [{ id: cityId }] = await s.sql("SELECT id FROM city WHERE code = '420100'");
});
afterAll(async () => {
  vi.useRealTimers();
  await s.close();
});

const count = async (sql: string) => Number((await s.sql(sql))[0].n);
const setDeadline = (deadline: string) => setCityDeadline(s, cityId, deadline);
/** 武汉市 enterprises valid today and never registered. */
const free = async (n: number): Promise<number[]> =>
  (
    await s.sql(
      `SELECT id FROM enterprise WHERE cityId = ${cityId} AND validUntil >= '${today}' AND id NOT IN (SELECT enterpriseId FROM registration) ORDER BY id LIMIT ${n}`,
    )
  ).map((r: any) => r.id);
const nominate = (enterpriseId: number) => nomination(enterpriseId, { overQuotaReason: "测试：补报" });

describe("the nomination deadline", () => {
  it("refuses a bureau's new nomination, one or many, the day after its city's deadline, and writes nothing", async () => {
    const yesterday = addDays(today, -1);
    await setDeadline(yesterday);
    const [a, b] = await free(2);
    const before = await count("SELECT COUNT(*) n FROM registration");
    const res = await wuhan.json("POST", "/registrations", nominate(a));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.status).toBe(
      `武汉市推荐截止日期为 ${yesterday}，已过期（今天是 ${today}），不能新增推荐；如需补报，请联系省经信厅延长截止日期`,
    );
    const bulk = await wuhan.json("POST", "/registrations/bulk-create", {
      enterpriseIds: [a, b],
      data: { year: 2025, batch: 1, nominatedAt: "2025-06-20", needTraining: true },
      overQuotaReason: "测试：补报",
    });
    expect(bulk.status).toBe(400);
    expect(JSON.stringify(await bulk.json())).toContain(`推荐截止日期为 ${yesterday}，已过期`);
    expect(await count("SELECT COUNT(*) n FROM registration")).toBe(before);
  });

  it("refuses a bureau's renomination of a returned nomination, but lets it withdraw", async () => {
    await setDeadline(addDays(today, -1));
    const [r] = await s.sql(
      `SELECT r.id FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${cityId} AND r.status = 'nominated' ORDER BY r.id LIMIT 2`,
    );
    expect(
      (await s.json("PUT", `/registrations/${r.id}`, { status: "returned", returnReason: "材料不全" })).status,
    ).toBe(200);
    const again = await wuhan.json("PUT", `/registrations/${r.id}`, { status: "nominated" });
    expect(again.status).toBe(400);
    expect((await again.json()).errors.status).toContain("不能重新推荐");
    expect((await s.sql(`SELECT status FROM registration WHERE id = ${r.id}`))[0].status).toBe("returned");
    // Editing what is there, or withdrawing, is not nominating.
    expect((await wuhan.json("PUT", `/registrations/${r.id}`, { suggestions: "补充说明" })).status).toBe(200);
  });

  it("lets the department nominate after the deadline", async () => {
    await setDeadline(addDays(today, -30));
    const [e] = await free(1);
    expect((await s.json("POST", "/registrations", nominate(e))).status).toBe(201);
  });

  it("allows the bureau on the deadline day itself and again once the department extends it", async () => {
    await setDeadline(today);
    const [e, f] = await free(2);
    expect((await wuhan.json("POST", "/registrations", nominate(e))).status).toBe(201);
    await setDeadline(addDays(today, -1));
    expect((await wuhan.json("POST", "/registrations", nominate(f))).status).toBe(400);
    await setDeadline(addDays(today, 10));
    expect((await wuhan.json("POST", "/registrations", nominate(f))).status).toBe(201);
    const [returned] = await s.sql(
      `SELECT r.id FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${cityId} AND r.status = 'returned' LIMIT 1`,
    );
    expect((await wuhan.json("PUT", `/registrations/${returned.id}`, { status: "nominated" })).status).toBe(200);
  });
});

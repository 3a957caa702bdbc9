// 附件1-1 for many enterprises at once (POST /api/registrations/bulk-create): one request, one transaction,
// every nomination through the single create's rules, all or nothing; what a city may decide about a
// nomination; bulk status changes that say what was already so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTICE_ROUND, roundQuota } from "../../entities/round";
import { listQuery, startServer, type Client, type TestServer, setCityDeadline } from "../helpers";

let s: TestServer;
let wuhan: Client;
let wuhanId: number;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
  [{ id: wuhanId }] = await s.sql("SELECT id FROM city WHERE code = '420100'");
  // The seeds' deadline (2025-06-25) has passed: the department extends it so the bureau may nominate.
  await setCityDeadline(s, wuhanId, "2099-12-31");
});
afterAll(() => s.close());

const NOMINATED_AT = "2025-06-20";
const count = async (sql: string) => Number((await s.sql(sql))[0].n);
const registrations = () => count("SELECT COUNT(*) n FROM registration");
const auditEntries = () => count("SELECT COUNT(*) n FROM audit_log");
/** Enterprises of a city valid on the nomination date and never registered. */
const free = async (cityId: number, n: number): Promise<number[]> =>
  (
    await s.sql(
      `SELECT id FROM enterprise WHERE cityId = ${cityId} AND validUntil >= '${NOMINATED_AT}' AND id NOT IN (SELECT enterpriseId FROM registration) ORDER BY id LIMIT ${n}`,
    )
  ).map((r: any) => r.id);
const activeIn = (cityId: number) =>
  count(
    `SELECT COUNT(*) n FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${cityId} AND r.year = 2025 AND r.batch = 1 AND r.status IN ('nominated','approved')`,
  );
const needs = {
  year: 2025,
  batch: 1,
  nominatedAt: NOMINATED_AT,
  needTraining: true,
  needQuality: true,
  qualityMode: "onSite",
  qualityMonth: 9,
  qualityFocus: ["basic", "digital"],
};
const nominate = (c: Client, body: object) => c.json("POST", "/registrations/bulk-create", body);

describe("nominating many enterprises at once", () => {
  it("nominates the chosen enterprises in one request, the reason only on those beyond the quota", async () => {
    const [city] = await s.sql(`SELECT validGiants FROM city WHERE id = ${wuhanId}`);
    const quota = roundQuota(NOTICE_ROUND, city.validGiants);
    // Leave room for some (at most two): withdraw live nominations beyond that.
    const excess = (await activeIn(wuhanId)) - (quota - 2);
    if (excess > 0)
      await s.sql(
        `UPDATE registration SET status = 'withdrawn' WHERE id IN (SELECT r.id FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${wuhanId} AND r.status = 'nominated' ORDER BY r.id LIMIT ${excess})`,
      );
    const room = quota - (await activeIn(wuhanId));
    expect(room).toBeGreaterThanOrEqual(1);
    const ids = await free(wuhanId, room + 1);
    const logBefore = await auditEntries();
    const res = await nominate(wuhan, {
      enterpriseIds: ids,
      data: needs,
      overQuotaReason: "新一轮重点小巨人，申请增补",
    });
    expect(res.status).toBe(201);
    const { created } = await res.json();
    expect(created).toHaveLength(room + 1);
    const rows = await s.sql(
      `SELECT enterpriseId, status, version, needQuality, qualityMonth, overQuotaReason FROM registration WHERE id IN (${created.join(",")}) ORDER BY enterpriseId`,
    );
    expect(rows.map((r: any) => r.enterpriseId)).toEqual(ids);
    expect(rows.every((r: any) => r.status === "nominated" && r.version === 1 && !!r.needQuality)).toBe(true);
    // Within the quota no reason; the one beyond it carries the reason given once.
    expect(rows.map((r: any) => r.overQuotaReason)).toEqual([...Array(room).fill(null), "新一轮重点小巨人，申请增补"]);
    expect(await activeIn(wuhanId)).toBe(quota + 1);
    // One audit entry per nomination, as a single create makes.
    expect(await auditEntries()).toBe(logBefore + room + 1);
    const logs = await (
      await s.api(
        `/auditLogs${listQuery({ filter: { resource: "registrations", action: "create" }, sort: ["id", "DESC"], range: [0, room] })}`,
      )
    ).json();
    expect(logs.map((l: any) => l.recordIds[0]).sort()).toEqual([...created].sort());
  });

  it("nominates every enterprise matching the list's filter", async () => {
    const ids = await free(wuhanId, 2);
    const res = await nominate(wuhan, {
      filter: { id: ids, validUntil_gte: NOMINATED_AT },
      data: { ...needs, needQuality: false, needTech: true, techOnSite: false },
      overQuotaReason: "增补",
    });
    expect(res.status).toBe(201);
    expect((await res.json()).created).toHaveLength(2);
    expect(await count(`SELECT COUNT(*) n FROM registration WHERE enterpriseId IN (${ids.join(",")})`)).toBe(2);
  });

  it("writes nothing when any enterprise cannot be nominated, and names each with its reason", async () => {
    const [ok] = await free(wuhanId, 1);
    const [expired] = await s.sql(
      `SELECT id, name, validUntil FROM enterprise WHERE cityId = ${wuhanId} AND validUntil < '${NOMINATED_AT}' AND id NOT IN (SELECT enterpriseId FROM registration) ORDER BY id LIMIT 1`,
    );
    const [taken] = await s.sql(
      `SELECT e.id, e.name FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${wuhanId} AND r.year = 2025 AND r.batch = 1 AND r.status = 'nominated' ORDER BY e.id LIMIT 1`,
    );
    const [other] = await s.sql(
      `SELECT id, name FROM enterprise WHERE cityId <> ${wuhanId} AND validUntil >= '${NOMINATED_AT}' ORDER BY id LIMIT 1`,
    );
    const [before, logBefore] = [await registrations(), await auditEntries()];
    const res = await nominate(wuhan, {
      enterpriseIds: [ok, expired.id, taken.id, other.id],
      data: needs,
      overQuotaReason: "增补",
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.message).toContain("3 家企业不能推荐");
    const byId = Object.fromEntries(body.refused.map((r: any) => [r.enterpriseId, r]));
    expect(Object.keys(byId).map(Number).sort()).toEqual([expired.id, taken.id, other.id].sort());
    expect(byId[expired.id]).toMatchObject({ name: expired.name });
    expect(byId[expired.id].reason).toContain(`有效期至 ${expired.validUntil}`);
    expect(byId[taken.id]).toMatchObject({ name: taken.name });
    expect(byId[taken.id].reason).toContain("已有报名记录");
    // Another city's enterprise: refused without saying what it is.
    expect(byId[other.id]).toEqual({
      enterpriseId: other.id,
      name: null,
      reason: `企业编号 ${other.id} 不存在或无权访问`,
    });
    expect(text).not.toContain(other.name);
    expect(await registrations()).toBe(before);
    expect(await auditEntries()).toBe(logBefore);
    // Without the refused ones the same request goes through.
    const retry = await nominate(wuhan, { enterpriseIds: [ok], data: needs, overQuotaReason: "增补" });
    expect(retry.status).toBe(201);
  });

  it("asks once for the reason beyond the quota, and writes nothing without it", async () => {
    const ids = await free(wuhanId, 2);
    const before = await registrations();
    const res = await nominate(wuhan, { enterpriseIds: ids, data: needs });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.refused).toEqual([]);
    expect(body.errors.overQuotaReason).toContain("推荐名额");
    expect(body.message).toContain("未推荐任何企业");
    expect(await registrations()).toBe(before);
  });

  it("refuses bad requests in Chinese and changes nothing", async () => {
    const ids = await free(wuhanId, 2);
    const before = await registrations();
    const cases: [object, number, string][] = [
      [{ enterpriseIds: [], data: needs }, 400, "请选择 1 至 5000 家企业"],
      [{ enterpriseIds: Array.from({ length: 5001 }, (_, i) => i + 1), data: needs }, 400, "最多|1 至 5000"],
      [{ enterpriseIds: ["x"], data: needs }, 400, "企业编号"],
      [{ data: needs }, 400, "enterpriseIds"],
      [{ enterpriseIds: ids }, 400, "推荐内容"],
      [{ enterpriseIds: ids, data: { ...needs, needTraining: false, needQuality: false } }, 400, "至少选择一项"],
      [{ enterpriseIds: ids, data: { ...needs, nominatedAt: "2024-06-01" } }, 400, "年度内"],
      [{ filter: { cityId: wuhanId + 1 }, data: needs }, 400, "没有符合筛选条件的企业"],
      [{ filter: { nosuchfield: 1 }, data: needs }, 400, ""],
      [{ enterpriseIds: ids, data: needs, overQuotaReason: 5 }, 400, "超出名额说明"],
    ];
    for (const [body, status, message] of cases) {
      const res = await nominate(wuhan, body);
      const answer = await res.json();
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(answer.message).toMatch(new RegExp(message || "[\\u4e00-\\u9fa5]"));
    }
    expect((await nominate(await s.as("hust"), { enterpriseIds: ids, data: needs })).status).toBe(403);
    expect((await nominate(await s.as("viewer"), { enterpriseIds: ids, data: needs })).status).toBe(403);
    expect(await registrations()).toBe(before);
  });
});

describe("what a city decides about a nomination", () => {
  it("lets a city withdraw and nominate again, but never approve, return or write the return's reason", async () => {
    const [reg] = await s.sql(
      `SELECT r.id FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${wuhanId} AND r.status = 'nominated' ORDER BY r.id LIMIT 1`,
    );
    const put = (c: Client, body: object) => c.json("PUT", `/registrations/${reg.id}`, body);
    const approve = await put(wuhan, { status: "approved" });
    expect(approve.status).toBe(403);
    expect((await approve.json()).errors.status).toContain("只能推荐或撤回");
    expect((await put(wuhan, { status: "returned", returnReason: "自己退回" })).status).toBe(403);
    const reason = await put(wuhan, { returnReason: "市州填写的原因" });
    expect(reason.status).toBe(403);
    expect((await reason.json()).errors.returnReason).toContain("退回原因由省经信厅填写");
    // The department returns it with a reason; the city cannot rewrite that reason, but may nominate again.
    expect((await put(s, { status: "returned", returnReason: "请补充盖章页" })).status).toBe(200);
    expect((await put(wuhan, { returnReason: "已补充" })).status).toBe(403);
    const again = await put(wuhan, { status: "nominated", overQuotaReason: "补充材料后重新推荐" });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: "nominated", returnReason: null });
    expect((await put(wuhan, { status: "withdrawn" })).status).toBe(200);
    expect((await put(wuhan, { status: "nominated", overQuotaReason: "再次推荐" })).status).toBe(200);
    const [row] = await s.sql(`SELECT status FROM registration WHERE id = ${reg.id}`);
    expect(row.status).toBe("nominated");
  });
});

describe("bulk status changes", () => {
  it("changes only what is not already so, and says how many were already so", async () => {
    const nominated = (await s.sql("SELECT id FROM registration WHERE status = 'nominated' ORDER BY id LIMIT 3")).map(
      (r: any) => r.id,
    );
    const approved = await s.sql("SELECT id, version FROM registration WHERE status = 'approved' ORDER BY id LIMIT 2");
    const ids = [...nominated, ...approved.map((r: any) => r.id)];
    const logBefore = await auditEntries();
    const res = await s.json("POST", "/registrations/bulk-update", { ids, data: { status: "approved" } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data).toEqual(nominated);
    expect(body.unchanged).toEqual(approved.map((r: any) => r.id));
    // The untouched ones keep their version, and the one log entry names only the changed ones.
    for (const r of approved)
      expect((await s.sql(`SELECT version FROM registration WHERE id = ${r.id}`))[0].version).toBe(r.version);
    expect(await auditEntries()).toBe(logBefore + 1);
    const [log] = await (
      await s.api(`/auditLogs${listQuery({ filter: { action: "bulkUpdate" }, sort: ["id", "DESC"], range: [0, 0] })}`)
    ).json();
    expect(log.recordIds).toEqual(nominated);
    // All already so: nothing written at all.
    const again = await (
      await s.json("POST", "/registrations/bulk-update", { ids, data: { status: "approved" } })
    ).json();
    expect(again).toEqual({ data: [], unchanged: [...ids].sort((a, b) => a - b) });
    expect(await auditEntries()).toBe(logBefore + 1);
  });
});

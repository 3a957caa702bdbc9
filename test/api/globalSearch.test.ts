// The app bar's search (GET /api/search) and the sheet cells of item 7 / the small things of item 8 of
// issue 16: grouped, scoped and masked exactly like the lists; CSV codes kept as text; xlsx dates as dates.
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

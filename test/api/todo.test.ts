// 待办: every role's items, each counted exactly as the list it opens answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../server/accounts";
import { listQuery, startServer, type Account, type TestServer } from "../helpers";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s?.close());

const total = async (c: { api: TestServer["api"] }, resource: string, filter: object) => {
  const res = await c.api(`/${resource}${listQuery({ filter, range: [0, 0] })}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return Number(res.headers.get("content-range")!.split("/")[1]);
};

describe.each(DEMO_ACCOUNTS.map((a) => [a.username as Account, a.role] as const))("%s (%s)", (username, role) => {
  it("has items whose lists hold exactly their counts", async () => {
    const c = await s.as(username);
    const res = await c.api("/todo");
    expect(res.status).toBe(200);
    const todo = await res.json();
    if (role !== "viewer") expect(todo.items.length, JSON.stringify(todo)).toBeGreaterThan(0);
    for (const item of todo.items) {
      expect(item.count).toBeGreaterThan(0);
      expect(await total(c, item.resource, item.filter), item.key).toBe(item.count);
      expect(item.title).toMatch(/[\u4e00-\u9fa5]/);
    }
    if (role === "city") {
      expect(todo.deadline.quota).toBeGreaterThan(0);
      expect(todo.deadline.placesLeft).toBe(Math.max(0, todo.deadline.quota - todo.deadline.nominated));
    }
  });
});

it("shows a city what the department returned to it, with the reason, and the department what waits", async () => {
  const wuhan = await s.as("wuhan");
  const [r] = await s.sql(
    "SELECT r.id FROM registration r JOIN enterprise e ON e.id = r.enterpriseId JOIN city c ON c.id = e.cityId WHERE c.code = '420100' AND r.status = 'nominated' ORDER BY r.id LIMIT 1",
  );
  const before = (await (await wuhan.api("/todo")).json()).items.find((i: any) => i.key === "returnedNominations");
  expect(
    (await s.json("PUT", `/registrations/${r.id}`, { status: "returned", returnReason: "营业执照扫描件不清晰" }))
      .status,
  ).toBe(200);
  const after = (await (await wuhan.api("/todo")).json()).items.find((i: any) => i.key === "returnedNominations");
  expect(after.count).toBe((before?.count ?? 0) + 1);
  expect(after.details.join("\n")).toContain("营业执照扫描件不清晰");
  const province = (await (await s.api("/todo")).json()).items;
  expect(province.some((i: any) => i.key.startsWith("reviewNominations:"))).toBe(true);
  // Nobody else's: another city sees none of Wuhan's returned nominations.
  expect(await total(wuhan, "registrations", { status: "returned", cityId: 999 })).toBe(0);
});

it("names to the department the cities past their deadline without one live nomination, and only those", async () => {
  // 武汉: its deadline (2025-06-25 in the seeds) has passed, its quota is 126.
  const [city] = await s.sql("SELECT id FROM city WHERE code = '420100'");
  const live = await s.sql(
    `SELECT r.id, r.status FROM registration r JOIN enterprise e ON e.id = r.enterpriseId
     WHERE e.cityId = ${city.id} AND r.status IN ('nominated', 'approved')`,
  );
  expect(live.length).toBeGreaterThan(0);
  const lateOf = async () =>
    (await (await s.api("/todo")).json()).items.find((i: any) => i.key === "citiesLate")?.filter.id ?? [];
  expect(await lateOf()).not.toContain(city.id);
  await s.sql(`UPDATE registration SET status = 'withdrawn' WHERE id IN (${live.map((r: any) => r.id).join(",")})`);
  try {
    const late = await lateOf();
    expect(late).toEqual([city.id]);
    expect(await total(s, "cities", { id: late })).toBe(1);
  } finally {
    for (const r of live) await s.sql(`UPDATE registration SET status = '${r.status}' WHERE id = ${r.id}`);
  }
  expect(await lateOf()).not.toContain(city.id);
});

// Familiar order (issue 16, item 4): enterprises' names sort by pinyin as Excel and WPS sort them
// (安 < 北 < 长), through the stored key the server fills on every write, the seeds and the migration
// alike; cities come in the official GB/T 2260 code order and classes in their own order (start date).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillSortKeys } from "../../server/migrations/sortKeys";
import { sortKeyOf } from "../../server/services/sortKey";
import { listQuery, startServer, type Client, type TestServer } from "../helpers";
import { newRecordFor } from "./records";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s?.close());

type Rec = Record<string, any>;
const list = async (key: string, q: Parameters<typeof listQuery>[0], client: Pick<Client, "api"> = s) => {
  const res = await client.api(`/${key}${listQuery(q)}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Rec[];
};
const byKey = (a: string, b: string) => (sortKeyOf(a)! < sortKeyOf(b)! ? -1 : sortKeyOf(a)! > sortKeyOf(b)! ? 1 : 0);

describe("enterprises sorted by name", () => {
  const NAMES = [
    "长江排序测试光电有限公司",
    "北京排序测试精密有限公司",
    "安徽排序测试机械有限公司",
    "重庆排序测试有限公司",
  ];
  const ids: number[] = [];

  beforeAll(async () => {
    const base = await newRecordFor(s, "enterprises");
    for (const [i, name] of NAMES.entries()) {
      const body = i === 0 ? base : await newRecordFor(s, "enterprises");
      const res = await s.json("POST", "/enterprises", { ...body, name });
      expect(res.status, await res.clone().text()).toBe(201);
      ids.push((await res.json()).id);
    }
  });

  it("gives pinyin order (安 < 北 < 长 < 重), ascending and descending, not code-point order", async () => {
    const filter = { q: "排序测试" };
    const asc = await list("enterprises", { filter, sort: ["name", "ASC"] });
    expect(asc.map((r) => r.name)).toEqual([NAMES[2], NAMES[1], NAMES[0], NAMES[3]]);
    const desc = await list("enterprises", { filter, sort: ["name", "DESC"] });
    expect(desc.map((r) => r.name)).toEqual([NAMES[3], NAMES[0], NAMES[1], NAMES[2]]);
    // By character code 北 (U+5317) < 安 (U+5B89) < 重 (U+91CD) < 长 (U+957F): not what staff expect.
    expect([...NAMES].sort()).not.toEqual(asc.map((r) => r.name));
  });

  it("keeps the key with the name: a renamed enterprise moves, and the key is never shown", async () => {
    const res = await s.json("PUT", `/enterprises/${ids[3]}`, { name: "阿坝排序测试有限公司" });
    expect(res.status, await res.clone().text()).toBe(200);
    const record = await res.json();
    expect(Object.keys(record).some((k) => /sortkey/i.test(k))).toBe(false);
    const asc = await list("enterprises", { filter: { q: "排序测试" }, sort: ["name", "ASC"] });
    expect(asc.map((r) => r.name)[0]).toBe("阿坝排序测试有限公司");
    const [row] = await s.sql(`SELECT "nameSortKey" AS k FROM enterprise WHERE id = ?`, [ids[3]]);
    expect(row.k).toBe(sortKeyOf("阿坝排序测试有限公司"));
  });

  it("orders the seeded list by pinyin, page after page, its first names the smallest keys", async () => {
    const all: { name: string }[] = await s.sql(`SELECT name FROM enterprise`);
    expect(all.length).toBeGreaterThan(1000);
    const expected = all.map((r) => r.name).sort(byKey);
    const first = await list("enterprises", { sort: ["name", "ASC"], range: [0, 24] });
    const second = await list("enterprises", { sort: ["name", "ASC"], range: [25, 49] });
    expect([...first, ...second].map((r) => r.name)).toEqual(expected.slice(0, 50));
    // The seeds were written with their keys (none missing).
    const [{ n }] = await s.sql(`SELECT COUNT(*) AS n FROM enterprise WHERE "nameSortKey" IS NULL`);
    expect(Number(n)).toBe(0);
  });

  it("fills the key of rows that have none, as the NameSortKeys migration does for existing rows", async () => {
    await s.sql(`UPDATE enterprise SET "nameSortKey" = NULL`);
    const q = s.ds.createQueryRunner();
    try {
      await fillSortKeys(q, "enterprise", "name");
    } finally {
      await q.release();
    }
    const rows: { name: string; k: string }[] = await s.sql(`SELECT name, "nameSortKey" AS k FROM enterprise`);
    expect(rows.every((r) => r.k === sortKeyOf(r.name))).toBe(true);
  });

  it("sorts a city's list page (filtered by city and priority industry) the same way", async () => {
    const filter = { cityId: 1, priorityIndustry: "equipment" };
    const page = await list("enterprises", { filter, sort: ["name", "ASC"], range: [0, 24] });
    const all = await list("enterprises", { filter, sort: ["id", "ASC"], range: [0, 999] });
    expect(page.map((r) => r.name)).toEqual(
      all
        .map((r) => r.name as string)
        .sort(byKey)
        .slice(0, 25),
    );
    const wuhan = await s.as("wuhan");
    const theirs = await list("enterprises", { sort: ["name", "ASC"], range: [0, 9] }, wuhan);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((r) => r.cityId === 1)).toBe(true);
    expect(theirs.map((r) => r.name)).toEqual(theirs.map((r) => r.name as string).sort(byKey));
  });
});

describe("cities and classes in their own order", () => {
  it("lists cities in GB/T 2260 code order, as the admin's dropdowns and sidebar ask (and by default)", async () => {
    for (const q of [{ sort: ["code", "ASC"], range: [0, 99] }, { range: [0, 99] }]) {
      const cities = await list("cities", q);
      expect(cities).toHaveLength(17);
      expect(cities[0]).toMatchObject({ name: "武汉市", code: "420100" });
      expect(cities[16]).toMatchObject({ name: "神农架林区", code: "429021" });
      const codes = cities.map((c) => c.code as string);
      expect(codes).toEqual([...codes].sort());
    }
  });

  it("lists classes by start date, then id (综合1班, 综合2班, 行业班)", async () => {
    const classes = await list("trainingClasses", { sort: ["startDate", "ASC"], range: [0, 99] });
    expect(classes.length).toBeGreaterThanOrEqual(3);
    const kinds = classes.map((c) => c.name as string);
    const at = (w: string) => kinds.findIndex((n) => n.includes(w));
    expect(at("综合1班")).toBeLessThan(at("综合2班"));
    expect(at("综合2班")).toBeLessThan(at("行业班"));
  });
});

describe("a city user's city is enforced by the server", () => {
  it("refuses a new enterprise of another city and accepts its own", async () => {
    const wuhan = await s.as("wuhan");
    const body = await newRecordFor(s, "enterprises");
    const other = await wuhan.json("POST", "/enterprises", { ...body, cityId: 2, name: "黄石排序测试越权公司" });
    expect(other.status).toBeGreaterThanOrEqual(400);
    const [{ n }] = await s.sql(`SELECT COUNT(*) AS n FROM enterprise WHERE name = ?`, ["黄石排序测试越权公司"]);
    expect(Number(n)).toBe(0);
    const own = await wuhan.json("POST", "/enterprises", { ...body, cityId: 1, name: "武汉排序测试自有公司" });
    expect(own.status, await own.clone().text()).toBe(201);
  });
});

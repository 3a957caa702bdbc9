// Bad input gets a clear Chinese error and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres, startServer, listQuery, type TestServer } from "../helpers";
import { newRecordFor } from "./records";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const count = async (table: string) => (await s.sql(`SELECT COUNT(*) AS n FROM ${table}`))[0].n as number;
const hasChinese = (text: string) => /[\u4e00-\u9fa5]/.test(text);

describe("enterprise writes", () => {
  it("rejects a bad credit code with 400 naming the field, and saves nothing", async () => {
    const before = await count("enterprise");
    const data = { ...(await newRecordFor(s, "enterprises")), creditCode: "914403001922038217" };
    const res = await s.json("POST", "/enterprises", data);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.errors)).toEqual(["creditCode"]);
    expect(body.errors.creditCode).toContain("校验位");
    expect(await count("enterprise")).toBe(before);
  });

  it("saves an early code whose check fails only with the explicit confirmation", async () => {
    const data = {
      ...(await newRecordFor(s, "enterprises")),
      creditCode: "914403001922038217",
      creditCodeConfirmed: true,
    };
    const res = await s.json("POST", "/enterprises", data);
    expect(res.status).toBe(201);
    expect((await res.json()).creditCode).toBe("914403001922038217");
  });

  it("answers a duplicate credit code with 409 and names the holder", async () => {
    const existing = await (await s.api("/enterprises/1")).json();
    const res = await s.json("POST", "/enterprises", {
      ...(await newRecordFor(s, "enterprises")),
      creditCode: existing.creditCode,
    });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.errors.creditCode).toBeTruthy();
    expect(body.message).toContain(existing.name);
  });

  it("refuses a stale version with 409 and keeps the stored record", async () => {
    const one = await (await s.api("/enterprises/2")).json();
    const first = await s.json("PUT", "/enterprises/2", { ...one, address: "湖北省武汉市第一次修改路1号" });
    expect(first.status).toBe(200);
    const stale = await s.json("PUT", "/enterprises/2", { ...one, address: "湖北省武汉市过期修改路2号" });
    expect(stale.status).toBe(409);
    const now = await (await s.api("/enterprises/2")).json();
    expect(now.address).toBe("湖北省武汉市第一次修改路1号");
    expect(now.version).toBe(one.version + 1);
  });

  it("merges a partial PUT", async () => {
    const before = await (await s.api("/enterprises/3")).json();
    const res = await s.json("PUT", "/enterprises/3", { remark: "部分更新" });
    const after = await res.json();
    expect(after.remark).toBe("部分更新");
    expect(after.name).toBe(before.name);
    expect(after.creditCode).toBe(before.creditCode);
  });

  it("checks enums, dates, numbers, e-mail, mobile and references", async () => {
    const base = await newRecordFor(s, "enterprises");
    const res = await s.json("POST", "/enterprises", {
      ...base,
      keyGiantStatus: "bogus",
      validUntil: "2025-02-30",
      contactEmail: "not-mail",
      contactPhone: "12345",
      cityId: 999,
      listed: "maybe",
    });
    expect(res.status).toBe(400);
    const { errors } = await res.json();
    expect(Object.keys(errors).sort()).toEqual(
      ["contactEmail", "contactPhone", "keyGiantStatus", "listed", "validUntil"].sort(),
    );
    const ref = await s.json("POST", "/enterprises", { ...base, cityId: 999 });
    expect(ref.status).toBe(400);
    expect((await ref.json()).errors.cityId).toContain("不存在");
  });

  it("refuses to delete an enterprise that records still refer to", async () => {
    const [row] = await s.sql("SELECT enterpriseId AS id FROM registration LIMIT 1");
    const res = await s.api(`/enterprises/${row.id}`, { method: "DELETE" });
    expect(res.status).toBe(409);
    expect((await res.json()).message).toContain("报名推荐");
    expect((await s.api(`/enterprises/${row.id}`)).status).toBe(200);
  });
});

describe("trainee rules", () => {
  it("checks the ID number's check digit and its gender digit", async () => {
    const base = await newRecordFor(s, "trainees");
    const bad = await s.json("POST", "/trainees", {
      ...base,
      idNumber: base.idNumber.slice(0, 17) + (base.idNumber[17] === "1" ? "2" : "1"),
    });
    expect((await bad.json()).errors.idNumber).toContain("校验位");
    const wrongGender = await s.json("POST", "/trainees", {
      ...base,
      gender: base.gender === "male" ? "female" : "male",
    });
    expect((await wrongGender.json()).errors.gender).toContain("第17位");
  });

  it("admits at most two trainees per enterprise and year", async () => {
    const first = await newRecordFor(s, "trainees");
    expect((await s.json("POST", "/trainees", first)).status).toBe(201);
    const second = await newRecordFor(s, "trainees");
    expect((await s.json("POST", "/trainees", { ...second, enterpriseId: first.enterpriseId })).status).toBe(201);
    const third = await newRecordFor(s, "trainees");
    const res = await s.json("POST", "/trainees", { ...third, enterpriseId: first.enterpriseId });
    expect(res.status).toBe(400);
    expect((await res.json()).errors.enterpriseId).toContain("最多 2 名");
  });

  it("masks ID numbers in lists but not on the record", async () => {
    const [listed] = await (await s.api(`/trainees${listQuery({ range: [0, 0], sort: ["id", "ASC"] })}`)).json();
    expect(listed.idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    const one = await (await s.api(`/trainees/${listed.id}`)).json();
    expect(one.idNumber).toMatch(/^\d{17}[\dX]$/);
  });
});

describe("list queries", () => {
  const list = async (key: string, p: Parameters<typeof listQuery>[0]) => {
    const res = await s.api(`/${key}${listQuery(p)}`);
    return {
      res,
      rows: res.ok ? await res.json() : await res.json(),
      total: Number(res.headers.get("content-range")?.split("/")[1]),
    };
  };

  it("answers the range with Content-Range and exposes it", async () => {
    const { res, rows, total } = await list("enterprises", { range: [0, 9], sort: ["name", "ASC"] });
    expect(rows).toHaveLength(10);
    expect(res.headers.get("content-range")).toBe(`enterprises 0-9/${total}`);
    expect(res.headers.get("access-control-expose-headers")).toContain("Content-Range");
    expect(total).toBeGreaterThan(900);
  });

  it("filters by equality, IN, operators, null, JSON arrays and the enterprise's city", async () => {
    const wuhan = await list("enterprises", { filter: { cityId: 1 }, range: [0, 999] });
    expect(wuhan.rows.every((e: any) => e.cityId === 1)).toBe(true);
    const two = await list("enterprises", { filter: { cityId: [1, 4] }, range: [0, 0] });
    expect(two.total).toBeGreaterThan(wuhan.total);
    const valid = await list("enterprises", { filter: { validUntil_gte: "2025-06-25", cityId: 1 }, range: [0, 999] });
    expect(valid.rows.every((e: any) => e.validUntil >= "2025-06-25")).toBe(true);
    expect(valid.total).toBeLessThan(wuhan.total);
    const noBoard = await list("enterprises", { filter: { ipoBoard: null }, range: [0, 0] });
    const withBoard = await list("enterprises", { filter: { ipoBoard_neq: null }, range: [0, 0] });
    expect(noBoard.total + withBoard.total).toBe(
      two.total + (await list("enterprises", { filter: { cityId_neq: [1, 4] }, range: [0, 0] })).total,
    );
    const ip = await list("techDemands", { filter: { categories: "ip" }, range: [0, 999] });
    expect(ip.rows.every((d: any) => d.categories.includes("ip"))).toBe(true);
    const regsInWuhan = await list("registrations", { filter: { cityId: 1 }, range: [0, 999] });
    const wuhanIds = new Set(wuhan.rows.map((e: any) => e.id));
    expect(regsInWuhan.total).toBeGreaterThan(0);
    expect(regsInWuhan.rows.every((r: any) => wuhanIds.has(r.enterpriseId))).toBe(true);
    const approved = await list("registrations", {
      filter: { status: "approved", needTraining: true },
      range: [0, 999],
    });
    expect(approved.rows.every((r: any) => r.status === "approved" && r.needTraining === true)).toBe(true);
  });

  it("searches Chinese text with q, over the described fields and the enterprise's name", async () => {
    const one = await (await s.api("/enterprises/10")).json();
    const term = one.name.slice(2, 5);
    const found = await list("enterprises", { filter: { q: term }, range: [0, 999] });
    expect(found.rows.map((e: any) => e.id)).toContain(10);
    expect(
      found.rows.every((e: any) =>
        [e.name, e.creditCode, e.industry, e.mainProducts, e.contactName].some((v) => v?.includes(term)),
      ),
    ).toBe(true);
    const byEnterprise = await list("registrations", { filter: { q: one.name }, range: [0, 999] });
    expect(byEnterprise.rows.every((r: any) => r.enterpriseId === 10)).toBe(true);
    const literal = await list("enterprises", { filter: { q: "%" }, range: [0, 0] });
    expect(literal.total).toBe(0);
  });

  // Terms of 1, 2, 3 and more characters (the grams index, the trigram index), digits, and Latin letters
  // in another case (LIKE and ILIKE ignore it; the index folds, then LIKE checks).
  it.each(["光", "光电", "智能装", "智能装备", "科技股份有", "科技股份有限", "4", "42", "42010", "1a", "k", "、"])(
    "finds exactly what a scan finds for “%s”, indexed or not",
    async (term) => {
      const like = `%${term}%`;
      // The scan: LIKE on SQLite; on PostgreSQL ILIKE, which ignores case as SQLite's LIKE does for ASCII.
      const op = onPostgres ? "ILIKE" : "LIKE";
      const expected = (
        await s.sql(
          `SELECT id FROM enterprise WHERE ${["name", "creditCode", "industry", "mainProducts", "contactName"].map((c) => `${c} ${op} ?`).join(" OR ")} OR cityId IN (SELECT id FROM city WHERE name ${op} ?) ORDER BY id`,
          [like, like, like, like, like, like],
        )
      ).map((r: any) => r.id);
      expect(expected.length, "the seeds hold the term").toBeGreaterThan(0);
      const { rows, total } = await list("enterprises", { filter: { q: term }, sort: ["id", "ASC"], range: [0, 999] });
      expect(total).toBe(expected.length);
      expect(rows.map((r: any) => r.id)).toEqual(expected.slice(0, 1000));
    },
  );

  it.each([
    ["an unknown sort field", { sort: ["password", "ASC"] }, "排序"],
    ["a field that is not sortable", { sort: ["address", "ASC"] }, "排序"],
    ["an unknown filter field", { filter: { "1=1; DROP TABLE city": 1 } }, "筛选"],
    ["a field that is not filterable", { filter: { address: "x" } }, "筛选"],
    ["a wrong filter value type", { filter: { cityId: "武汉" } }, "取值无效"],
    ["an enum value that does not exist", { filter: { priorityIndustry: "mining" } }, "取值无效"],
    ["a reversed range", { range: [10, 2] }, "分页"],
    ["a negative range", { range: [-1, 5] }, "分页"],
    ["a range over 1,000 rows", { range: [0, 1000] }, "1000"],
    ["a filter that is not an object", { filter: [1, 2] }, "对象"],
    ["a nested filter", { filter: { cityId: { $gt: 1 } } }, "取值无效"],
  ])("answers %s with a Chinese 400", async (_name, params, word) => {
    const { res, rows } = await list("enterprises", params as any);
    expect(res.status).toBe(400);
    expect(rows.message).toContain(word);
    expect(hasChinese(rows.message)).toBe(true);
  });

  it("answers broken JSON, unknown resources and unknown ids in Chinese", async () => {
    const broken = await s.api("/enterprises?filter={oops");
    expect(broken.status).toBe(400);
    expect((await broken.json()).message).toContain("JSON");
    const body = await s.api("/enterprises", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{bad",
    });
    expect(body.status).toBe(400);
    const unknown = await s.api("/__proto__");
    expect(unknown.status).toBe(404);
    expect(hasChinese((await unknown.json()).message)).toBe(true);
    for (const id of ["999999", "abc", "-1", "1.5"]) {
      const res = await s.api(`/enterprises/${id}`);
      expect(res.status).toBe(404);
    }
    const put = await s.json("PUT", "/enterprises/999999", { remark: "x" });
    expect(put.status).toBe(404);
  });
});

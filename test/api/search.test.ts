// The list search (q) finds, through the search index the descriptions derive, every searchable field of
// every resource: a value written after start is found by terms of 2, 3 and 5 characters (SQLite: the
// 2-character term scans, the others go through FTS5; PostgreSQL: ILIKE over pg_trgm indexes).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchFields } from "../../entities/describe";
import { resources } from "../../entities/registry";
import { listQuery, startServer, type TestServer } from "../helpers";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
  // The seeds make no projects: commit the selection so that every resource has a record.
  const res = await s.json("POST", "/techDemands/selection", { count: 16, dryRun: false });
  expect(res.status).toBe(200);
});
afterAll(() => s?.close());

const VALUE = "甲乙丙丁戊";
const TERMS = ["丙丁", "乙丙丁", VALUE];

const found = async (key: string, id: number, q: string) => {
  const res = await s.api(`/${key}${listQuery({ filter: { q, id }, range: [0, 0] })}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return Number(res.headers.get("content-range")!.split("/")[1]);
};

const cases = resources.flatMap((r) => searchFields(r).map((field) => [r.key, field, r] as const));

describe("every searchable field is found after a write", () => {
  it("covers every resource that has a searchable field", () => {
    expect(new Set(cases.map(([key]) => key)).size).toBe(resources.filter((r) => searchFields(r).length).length);
  });

  it.each(cases)("%s.%s", async (key, field, desc) => {
    const [row] = await s.sql(`SELECT id, ${field} AS old FROM ${desc.table} ORDER BY id LIMIT 1`);
    expect(row, `${key} has a record`).toBeTruthy();
    for (const term of TERMS) expect(await found(key, row.id, term), `before: ${term}`).toBe(0);
    await s.sql(`UPDATE ${desc.table} SET ${field} = ? WHERE id = ?`, [VALUE, row.id]);
    try {
      for (const term of TERMS) expect(await found(key, row.id, term), `${key}.${field} by “${term}”`).toBe(1);
    } finally {
      await s.sql(`UPDATE ${desc.table} SET ${field} = ? WHERE id = ?`, [row.old, row.id]);
    }
    for (const term of TERMS) expect(await found(key, row.id, term), `after restoring: ${term}`).toBe(0);
  });
});

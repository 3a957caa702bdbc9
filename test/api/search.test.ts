// The list search (q) finds, through the search index the descriptions derive, every searchable field of
// every resource: a value written after start is found by terms of 1, 2, 3 and 6 characters, and a
// changed or deleted one no longer is (SQLite: FTS5, the grams table for 1 and 2 characters, the trigram
// table for more; PostgreSQL: the search_grams GIN indexes, ILIKE over pg_trgm indexes), and the plan of
// a short term's search reads the index, not the table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchFields } from "../../entities/describe";
import { resourceByKey, resources } from "../../entities/registry";
import { SYSTEM } from "../../server/accounts";
import { ensureSearchIndex, ftsTable, gramIndex, gramTable } from "../../server/searchIndex";
import { visibleRows, visibleSql } from "../../server/services/records/visibleRecords";
import { applySort } from "../../server/rest/listQuery";
import { listQuery, onPostgres, startServer, type TestServer } from "../helpers";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
  // The seeds make no projects: commit the selection so that every resource has a record.
  const res = await s.json("POST", "/techDemands/selection", { count: 16, dryRun: false });
  expect(res.status).toBe(200);
});
afterAll(() => s?.close());

// Its characters 亥 and 戊亥 are in no seeded text (丙, 丁, 戊 are: 专家丙, the surname 丁).
const VALUE = "甲乙丙丁戊亥";
const TERMS = ["亥", "戊亥", "丙丁", "乙丙丁", VALUE];

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

/** How many records of `key` the search finds, all of them. */
const total = async (key: string, q: string) => {
  const res = await s.api(`/${key}${listQuery({ filter: { q }, range: [0, 0] })}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return Number(res.headers.get("content-range")!.split("/")[1]);
};

describe("a changed or deleted record", () => {
  it("is no longer found by terms of 1 and 2 characters, nor left in the index", async () => {
    const [row] = await s.sql(`SELECT * FROM follow_up ORDER BY id DESC LIMIT 1`);
    await s.sql(`UPDATE follow_up SET content = ? WHERE id = ?`, [VALUE, row.id]);
    for (const term of TERMS) expect(await total("followUps", term), `updated: ${term}`).toBe(1);
    await s.sql(`UPDATE follow_up SET content = ? WHERE id = ?`, ["乙丙", row.id]);
    for (const term of ["亥", "戊亥"]) expect(await total("followUps", term), `changed: ${term}`).toBe(0);
    await s.sql(`DELETE FROM follow_up WHERE id = ?`, [row.id]);
    for (const term of ["乙", "乙丙"]) expect(await total("followUps", term), `deleted: ${term}`).toBe(0);
    if (!onPostgres)
      for (const term of ["乙", "乙丙", "亥"])
        expect(
          await s.sql(`SELECT rowid FROM ${gramTable("follow_up")} WHERE ${gramTable("follow_up")} MATCH ?`, [
            `"${term}"`,
          ]),
          term,
        ).toEqual([]);
    // The same id again, with its old text: nothing of the deleted text comes back with it.
    const columns = Object.keys(row);
    await s.sql(
      `INSERT INTO follow_up (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      columns.map((c) => row[c]),
    );
    for (const term of ["乙", "乙丙", "亥"]) expect(await total("followUps", term), `inserted again: ${term}`).toBe(0);
    expect(await found("followUps", row.id, row.content.slice(0, 1)), "its own text").toBe(1);
  });

  // SQLite's triggers fire on an update of the searched text (or the id) only; PostgreSQL's GIN indexes are
  // the table's own.
  it.skipIf(onPostgres)(
    "is written again in the index by an update of its searched text, not of another column",
    async () => {
      const [row] = await s.sql(`SELECT id, content, "nextStep" FROM follow_up ORDER BY id LIMIT 1`);
      const grams = gramTable("follow_up");
      const short = TERMS.filter((t) => [...t].length <= 2);
      await s.sql(`UPDATE follow_up SET content = ? WHERE id = ?`, [VALUE, row.id]);
      try {
        for (const term of short) expect(await found("followUps", row.id, term), `updated: ${term}`).toBe(1);
        // The row taken out of the grams table (terms of 1 and 2 characters) by hand: only a trigger puts it back.
        await s.sql(`DELETE FROM ${grams} WHERE rowid = ?`, [row.id]);
        await s.sql(`UPDATE follow_up SET "nextStep" = ?, version = version + 1 WHERE id = ?`, ["下一步安排", row.id]);
        for (const term of short) expect(await found("followUps", row.id, term), `another column: ${term}`).toBe(0);
        await s.sql(`UPDATE follow_up SET staff = staff WHERE id = ?`, [row.id]);
        for (const term of short) expect(await found("followUps", row.id, term), `a searched column: ${term}`).toBe(1);
      } finally {
        await s.sql(`UPDATE follow_up SET content = ?, "nextStep" = ? WHERE id = ?`, [
          row.content,
          row.nextStep,
          row.id,
        ]);
      }
      for (const term of short) expect(await found("followUps", row.id, term), `restored: ${term}`).toBe(0);
    },
  );

  it.skipIf(onPostgres)("gets an update trigger that fired on every update made again, the index kept", async () => {
    const name = `${ftsTable("follow_up")}_au`;
    const [{ sql }] = await s.sql(`SELECT sql FROM sqlite_master WHERE name = ?`, [name]);
    const [row] = await s.sql(`SELECT id, content FROM follow_up ORDER BY id LIMIT 1`);
    await s.sql(`UPDATE follow_up SET content = ? WHERE id = ?`, [VALUE, row.id]);
    try {
      await s.sql(`DROP TRIGGER "${name}"`);
      await s.sql(sql.replace(/ AFTER UPDATE OF .*? ON /, " AFTER UPDATE ON "));
      // Out of the grams table by hand: a rebuild would put it back.
      await s.sql(`DELETE FROM ${gramTable("follow_up")} WHERE rowid = ?`, [row.id]);
      await ensureSearchIndex(s.ds);
      expect((await s.sql(`SELECT sql FROM sqlite_master WHERE name = ?`, [name]))[0].sql).toBe(sql);
      expect(await found("followUps", row.id, "亥"), "not rebuilt").toBe(0);
    } finally {
      await s.sql(`UPDATE follow_up SET content = ? WHERE id = ?`, [row.content, row.id]);
    }
    expect(await found("followUps", row.id, row.content.slice(0, 1)), "its own text, written again").toBe(1);
  });

  it("is found by a letter exactly as LIKE / ILIKE find it (the index folds more cases than LIKE)", async () => {
    const [row] = await s.sql(`SELECT id, content FROM follow_up ORDER BY id LIMIT 1`);
    // The Kelvin sign folds to k in FTS5, not in SQLite's LIKE; Ä to ä in both FTS5 and ILIKE, not in LIKE.
    await s.sql(`UPDATE follow_up SET content = ? WHERE id = ?`, ["\u212AÄx", row.id]);
    try {
      for (const term of ["k", "K", "ä", "Ä", "x", "X", "äx", "\u212A"]) {
        const [{ n }] = await s.sql(
          `SELECT COUNT(*) AS n FROM follow_up WHERE id = ? AND (content ${onPostgres ? "ILIKE" : "LIKE"} ? OR staff ${onPostgres ? "ILIKE" : "LIKE"} ?)`,
          [row.id, `%${term}%`, `%${term}%`],
        );
        expect(await found("followUps", row.id, term), term).toBe(Number(n));
      }
    } finally {
      await s.sql(`UPDATE follow_up SET content = ? WHERE id = ?`, [row.content, row.id]);
    }
  });
});

describe("the plan of a search", () => {
  // The list's own query, as the API makes it, explained.
  const plan = (q: string) =>
    s.ds.transaction(async (m) => {
      const [sql, params] = visibleRows(m, SYSTEM, { q }, "enterprises").getQueryAndParameters();
      if (!onPostgres) return JSON.stringify(await m.query(`EXPLAIN QUERY PLAN ${sql}`, params));
      // The seeded table is small enough for a scan to be cheaper: the index must still serve.
      await m.query(`SET LOCAL enable_seqscan = off`);
      return (await m.query(`EXPLAIN ${sql}`, params)).map((r: { "QUERY PLAN": string }) => r["QUERY PLAN"]).join("\n");
    });

  // PostgreSQL: a page of few found rows (the count said how many) is read from the ids the grams indexes
  // find, not along the order's index testing every row (the planner takes a reference for half the table).
  it.runIf(onPostgres)("reads a page of few found rows from the found ids", async () => {
    const text = await s.ds.transaction(async (m) => {
      const sql = applySort(
        visibleSql(m, SYSTEM, { q: "光电" }, "enterprises"),
        resourceByKey.enterprises,
        ["id", "ASC"],
        SYSTEM,
      );
      const found = await sql.count(m);
      expect(found).toBeGreaterThan(0);
      expect(found).toBeLessThanOrEqual(40 * 25);
      const [page, params] = (sql.paged(0, 25) as unknown as { sql(s: string, o: boolean): [string, unknown[]] }).sql(
        "*",
        true,
      );
      expect(page).toContain(`"e"."id" = ANY(ARRAY(SELECT "e"."id" FROM`);
      await m.query(`SET LOCAL enable_seqscan = off`);
      return (await m.query(`EXPLAIN ${page}`, params))
        .map((r: { "QUERY PLAN": string }) => r["QUERY PLAN"])
        .join("\n");
    });
    expect(text).toContain(gramIndex("enterprise", "name"));
    expect(text).not.toContain("Seq Scan on enterprise");
  });

  // PostgreSQL: the count of a term of 1 or 2 characters is the grams indexes' alone (one key of lower(text)'s
  // characters and pairs is what ILIKE finds); a longer term's is checked by ILIKE. The answers: errors.test.ts.
  it.runIf(onPostgres).each([
    ["光电", false],
    ["智能装备", true],
  ])("counts “%s” with ILIKE on the table's rows: %s", async (q, ilike) => {
    const sql = visibleSql(s.ds.manager, SYSTEM, { q }, "enterprises");
    const [count] = (sql as unknown as { sql(s: string, o: boolean): [string, unknown[]] }).sql("COUNT(*)", false);
    expect(count).toContain(`search_grams("e"."name")`);
    expect(count.includes(`"e"."name" ILIKE`)).toBe(ilike);
  });

  // SQLite: the grams table for 1 and 2 characters, the trigram table for more; PostgreSQL: the grams indexes.
  it.each([
    ["光电", gramTable("enterprise")],
    ["光", gramTable("enterprise")],
    ["智能装备", ftsTable("enterprise")],
  ])("reads the index for “%s”, not the table", async (q, fts) => {
    const text = await plan(q);
    if (onPostgres) {
      expect(text).toContain(gramIndex("enterprise", "name"));
      expect(text).not.toContain("Seq Scan on enterprise");
    } else {
      expect(text).toContain(`SCAN ${fts} VIRTUAL TABLE INDEX`);
      expect(text).not.toMatch(/SCAN e\b|SCAN enterprise\b/);
    }
  });
});

// Adding a searchable text field is a change to its description and a generated migration, nothing else:
// the migration rebuilds the table on SQLite (which drops the search triggers) or adds a column on
// PostgreSQL, and the next start puts the search index right, so the field's values are found by q.
import type { MigrationInterface, QueryRunner } from "typeorm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { resourceByKey } from "../../entities/registry";
import { openDatabase } from "../../server/db";
import { migrations } from "../../server/migrations/index";
import { listQuery, onPostgres, startServer, type TestServer } from "../helpers";

// 1. The developer's change to entities/enterprise.ts.
resourceByKey.enterprises.fields.businessScope = { label: "经营范围", type: "text", max: 2000, search: true };

let s: TestServer;
let generated: string[] = [];
beforeAll(async () => {
  s = await startServer({
    // 2. `npm run migration:generate`: the schema builder's SQL from the checked-in migrations to the
    //    described schema, kept as a migration of the list (what server/migrations/generate.ts writes).
    //    The generator opens the database as the server does (server/migrations/generate.ts), before the
    //    new column exists.
    beforeOpen: async (target) => {
      const ds = await openDatabase(target);
      generated = (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
      await ds.destroy();
      class AddBusinessScope1900000000000 implements MigrationInterface {
        name = "AddBusinessScope1900000000000";
        async up(q: QueryRunner) {
          for (const sql of generated) await q.query(sql);
        }
        async down() {}
      }
      migrations[onPostgres ? "postgres" : "sqlite"].push(AddBusinessScope1900000000000);
    },
  });
  // 3. The server started as `npm start` starts it: migrations, then the seeds (startServer).
});
afterAll(() => s?.close());

it("the generated migration is the one that used to break search", () => {
  expect(generated.length).toBeGreaterThan(0);
  // SQLite cannot add the column in place here: the table is rebuilt, and its triggers go with it.
  if (!onPostgres) expect(generated.some((q) => /DROP TABLE "enterprise"/.test(q))).toBe(true);
});

it("finds the new field's values by q, with terms of 2, 3 and 5 characters", async () => {
  const ent = (await (await s.api(`/enterprises${listQuery({ range: [0, 0] })}`)).json())[0];
  const res = await s.json("PUT", `/enterprises/${ent.id}`, {
    ...ent,
    businessScope: "工业机器人减速器研发与制造",
  });
  expect(res.status, await res.clone().text()).toBe(200);
  for (const q of ["减速", "减速器", "机器人减速"]) {
    const list = await (await s.api(`/enterprises${listQuery({ filter: { q }, range: [0, 99] })}`)).json();
    expect(
      list.map((e: { id: number }) => e.id),
      q,
    ).toContain(ent.id);
  }
  // Records written before the change are still found by their other fields through the index.
  const byName = await s.api(`/enterprises${listQuery({ filter: { q: ent.name.slice(0, 4), id: ent.id } })}`);
  expect(((await byName.json()) as unknown[]).length).toBe(1);
});

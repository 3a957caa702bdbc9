// The checked-in migrations build exactly the schema the descriptions describe (on SQLite, and in the
// "postgres" project on PostgreSQL).
import { expect, it } from "vitest";
import { SEARCH_INDEX } from "../server/entitySchemas";
import { openDatabase } from "../server/db";
import { SEARCH_COLUMNS } from "../server/migrations/sqlite/1795831032154-SearchIndex";
import { freshDatabase } from "./helpers";

it("leaves nothing for the schema builder to change", async () => {
  const db = await freshDatabase();
  const ds = await openDatabase(db.target);
  const pending = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  await db.drop();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

it("indexes for search exactly the columns the list search uses (a change needs a new migration)", () => {
  expect(SEARCH_INDEX).toEqual(SEARCH_COLUMNS);
});

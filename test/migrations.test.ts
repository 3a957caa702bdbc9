// The checked-in migrations build exactly the schema the descriptions describe.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { openDatabase } from "../server/db";

it("leaves nothing for the schema builder to change", async () => {
  const dir = mkdtempSync(join(tmpdir(), "giants-migrations-"));
  const ds = await openDatabase(join(dir, "m.sqlite"));
  const pending = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  rmSync(dir, { recursive: true, force: true });
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

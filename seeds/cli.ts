// npm run seed -- [--scale N] [--reset]: seeds the database at DATABASE_URL / DATABASE_PATH (default data/app.sqlite).
import { parseArgs } from "node:util";
import { resources } from "../entities/registry";
import { serverOnly } from "../server/entitySchemas";
import { databaseKind, openDatabase } from "../server/db";
import { seedIfEmpty } from "./index";

const { values } = parseArgs({
  options: { scale: { type: "string", default: "1" }, reset: { type: "boolean", default: false } },
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1) {
  console.error("--scale 应为正整数");
  process.exit(2);
}
const ds = await openDatabase();
if (values.reset) {
  // Every table, sessions and archive rows too; foreign keys are checked once all are empty.
  const tables = [...resources, ...Object.values(serverOnly)].map((r) => `"${r.table}"`);
  if (databaseKind(ds) === "postgres") await ds.query(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY`);
  else
    await ds.transaction(async (m) => {
      await m.query("PRAGMA defer_foreign_keys = ON");
      for (const t of tables) await m.query(`DELETE FROM ${t}`);
    });
}
const started = Date.now();
const summary = await seedIfEmpty(ds, scale);
console.log(
  summary
    ? `已写入（规模 ×${scale}，${Date.now() - started} 毫秒）：${summary}`
    : "数据库已有数据，未写入。如需重建请加 --reset",
);
await ds.destroy();

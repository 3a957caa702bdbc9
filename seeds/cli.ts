// npm run seed -- [--scale N] [--reset]: seeds the database at DATABASE_PATH (default data/app.sqlite).
import { parseArgs } from "node:util";
import { resources } from "../entities/fields";
import { openDatabase } from "../server/db";
import { seedIfEmpty } from "./index";

const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, reset: { type: "boolean", default: false } } });
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1) {
  console.error("--scale 应为正整数");
  process.exit(2);
}
const ds = await openDatabase();
if (values.reset) {
  await ds.transaction(async (m) => {
    for (const r of [...resources].reverse()) await m.clear(r.entity).catch(() => m.query(`DELETE FROM "${r.table}"`));
  });
}
const started = Date.now();
const summary = await seedIfEmpty(ds, scale);
console.log(summary ? `已写入（规模 ×${scale}，${Date.now() - started} 毫秒）：${summary}` : "数据库已有数据，未写入。如需重建请加 --reset");
await ds.destroy();

// Writes a migration with the SQL that brings a migrated database to the entities' schema.
// Usage: npm run migration:generate -- Name
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../db";

const name = (process.argv[2] ?? "").replace(/[^A-Za-z0-9]/g, "");
if (!name) throw new Error("usage: npm run migration:generate -- Name");
const file = join(tmpdir(), `migration-${process.pid}.sqlite`);
const ds = await openDatabase(file);
const sql = await ds.driver.createSchemaBuilder().log();
await ds.destroy();
rmSync(file, { force: true });
if (sql.upQueries.length === 0) {
  console.log("实体与迁移一致，无需新迁移");
  process.exit(0);
}
const stamp = Date.now();
const cls = `${name}${stamp}`;
const q = (qs: { query: string }[]) => qs.map((x) => `    await q.query(${JSON.stringify(x.query)});`).join("\n");
const dir = new URL(".", import.meta.url).pathname;
writeFileSync(
  join(dir, `${stamp}-${name}.ts`),
  `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${cls} implements MigrationInterface {
  name = "${cls}";

  async up(q: QueryRunner) {
${q(sql.upQueries)}
  }

  async down(q: QueryRunner) {
${q(sql.downQueries.reverse())}
  }
}
`,
);
const index = join(dir, "index.ts");
const src = readFileSync(index, "utf8")
  .replace(/^(\/\/.*\n)/, `$1import { ${cls} } from "./${stamp}-${name}";\n`)
  .replace(/= \[(.*)\];/, (_, list) => `= [${list ? `${list}, ` : ""}${cls}];`);
writeFileSync(index, src);
console.log(`已生成迁移 ${stamp}-${name}.ts（${sql.upQueries.length} 条语句）`);

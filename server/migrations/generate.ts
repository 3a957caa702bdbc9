// Writes a migration with the SQL that brings a migrated database to the entities' schema.
// Usage: npm run migration:generate -- Name            (SQLite, on a scratch file)
//        DATABASE_URL=postgres://… npm run migration:generate -- Name
//                                                      (PostgreSQL, on a scratch database it creates and drops)
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresDatabase, isPostgresUrl, openDatabase } from "../db";

const name = (process.argv[2] ?? "").replace(/[^A-Za-z0-9]/g, "");
if (!name) throw new Error("usage: npm run migration:generate -- Name");
const url = process.env.DATABASE_URL ?? "";
const kind = isPostgresUrl(url) ? "postgres" : "sqlite";

async function scratch<T>(work: (target: string) => Promise<T>) {
  if (kind === "sqlite") {
    const file = join(tmpdir(), `migration-${process.pid}.sqlite`);
    try {
      return await work(file);
    } finally {
      rmSync(file, { force: true });
    }
  }
  const db = await createPostgresDatabase(url, `migration_${process.pid}`);
  try {
    return await work(db.url);
  } finally {
    await db.drop();
  }
}

const sql = await scratch(async (target) => {
  const ds = await openDatabase(target);
  try {
    return await ds.driver.createSchemaBuilder().log();
  } finally {
    await ds.destroy();
  }
});
if (sql.upQueries.length === 0) {
  console.log("实体与迁移一致，无需新迁移");
  process.exit(0);
}
const stamp = Date.now();
const cls = `${name}${stamp}`;
const q = (qs: { query: string }[]) => qs.map((x) => `    await q.query(${JSON.stringify(x.query)});`).join("\n");
const dir = new URL(".", import.meta.url).pathname;
writeFileSync(
  join(dir, kind, `${stamp}-${name}.ts`),
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
  .replace(/(\nexport const)/, `\nimport { ${cls} } from "./${kind}/${stamp}-${name}";$1`)
  .replace(new RegExp(`(  ${kind}: \\[)(.*)\\]`), (_, head, list) => `${head}${list ? `${list}, ` : ""}${cls}]`);
writeFileSync(index, src);
console.log(`已生成 ${kind} 迁移 ${stamp}-${name}.ts（${sql.upQueries.length} 条语句）`);

import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text indexes for the list search (q) on the large tables: SQLite FTS5 with the trigram
 * tokenizer, kept in step by triggers. Terms of three or more characters use them; shorter terms
 * (the tokenizer cannot match them) scan with LIKE.
 */

/** The columns indexed, as they were when this migration was written (a migration never changes). */
export const SEARCH_COLUMNS: Record<string, string[]> = {
  enterprise: ["name", "creditCode", "industry", "mainProducts", "contactName"],
  registration: ["suggestions"],
  follow_up: ["content", "staff"],
  trainee: ["name"],
  diagnostic: ["expert", "findings"],
  tech_demand: ["title", "industryProducts", "details"],
  audit_log: ["username", "summary"],
};

export class SearchIndex1795831032154 implements MigrationInterface {
  name = "SearchIndex1795831032154";

  async up(q: QueryRunner) {
    if (q.connection.driver.options.type !== "better-sqlite3") return;
    for (const [table, fields] of Object.entries(SEARCH_COLUMNS)) {
      const cols = fields.map((f) => `"${f}"`).join(", ");
      const news = fields.map((f) => `new."${f}"`).join(", ");
      const olds = fields.map((f) => `old."${f}"`).join(", ");
      await q.query(
        `CREATE VIRTUAL TABLE "${table}_fts" USING fts5(${cols}, content='${table}', content_rowid='id', tokenize='trigram')`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_fts_ai" AFTER INSERT ON "${table}" BEGIN INSERT INTO "${table}_fts"(rowid, ${cols}) VALUES (new.id, ${news}); END`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_fts_ad" AFTER DELETE ON "${table}" BEGIN INSERT INTO "${table}_fts"("${table}_fts", rowid, ${cols}) VALUES ('delete', old.id, ${olds}); END`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_fts_au" AFTER UPDATE ON "${table}" BEGIN INSERT INTO "${table}_fts"("${table}_fts", rowid, ${cols}) VALUES ('delete', old.id, ${olds}); INSERT INTO "${table}_fts"(rowid, ${cols}) VALUES (new.id, ${news}); END`,
      );
      await q.query(`INSERT INTO "${table}_fts"("${table}_fts") VALUES ('rebuild')`);
    }
  }

  async down(q: QueryRunner) {
    if (q.connection.driver.options.type !== "better-sqlite3") return;
    for (const table of Object.keys(SEARCH_COLUMNS)) {
      for (const t of ["ai", "ad", "au"]) await q.query(`DROP TRIGGER IF EXISTS "${table}_fts_${t}"`);
      await q.query(`DROP TABLE IF EXISTS "${table}_fts"`);
    }
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";
import { SEARCH_COLUMNS } from "../sqlite/1795831032154-SearchIndex";

/**
 * The list search (q) on PostgreSQL: pg_trgm GIN indexes on the same columns that SQLite's FTS5
 * tables cover, so `ILIKE '%term%'` of three or more characters is an index scan, not a table scan.
 */
export class SearchIndex1795835357057 implements MigrationInterface {
  name = "SearchIndex1795835357057";

  async up(q: QueryRunner) {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const [table, fields] of Object.entries(SEARCH_COLUMNS))
      for (const f of fields)
        await q.query(`CREATE INDEX "${table}_${f}_trgm" ON "${table}" USING gin ("${f}" gin_trgm_ops)`);
  }

  async down(q: QueryRunner) {
    for (const [table, fields] of Object.entries(SEARCH_COLUMNS))
      for (const f of fields) await q.query(`DROP INDEX IF EXISTS "${table}_${f}_trgm"`);
  }
}

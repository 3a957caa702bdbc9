import type { MigrationInterface, QueryRunner } from "typeorm";
import { fillSortKeys } from "../sortKeys";

// Enterprises' names are sorted by pinyin through a stored key (entities/sortKey.ts): the key column,
// the list indexes on it in the name's place, and the key of every existing enterprise.

export class NameSortKeys1795970503178 implements MigrationInterface {
  name = "NameSortKeys1795970503178";

  async up(q: QueryRunner) {
    await q.query('DROP INDEX "public"."IDX_be6098e1e3a87e23721caed15d"');
    await q.query('DROP INDEX "public"."IDX_97895979ff3f4c4e03b77082c2"');
    await q.query('ALTER TABLE "enterprise" ADD "nameSortKey" character varying(801)');
    await q.query('CREATE INDEX "IDX_b970b7b1dabe31177307f771d1" ON "enterprise"  ("nameSortKey") ');
    await q.query(
      'CREATE INDEX "IDX_f4f2d72df6fbe654d1aa1bd9dd" ON "enterprise"  ("cityId", "priorityIndustry", "nameSortKey") ',
    );
    await q.query('CREATE INDEX "IDX_2859a7ef2a88ad846f0f8798e5" ON "enterprise"  ("cityId", "nameSortKey") ');
    await fillSortKeys(q, "enterprise", "name");
  }

  async down(q: QueryRunner) {
    await q.query('DROP INDEX "public"."IDX_2859a7ef2a88ad846f0f8798e5"');
    await q.query('DROP INDEX "public"."IDX_f4f2d72df6fbe654d1aa1bd9dd"');
    await q.query('DROP INDEX "public"."IDX_b970b7b1dabe31177307f771d1"');
    await q.query('ALTER TABLE "enterprise" DROP COLUMN "nameSortKey"');
    await q.query('CREATE INDEX "IDX_97895979ff3f4c4e03b77082c2" ON "enterprise" USING btree ("name", "cityId") ');
    await q.query(
      'CREATE INDEX "IDX_be6098e1e3a87e23721caed15d" ON "enterprise" USING btree ("name", "cityId", "priorityIndustry") ',
    );
  }
}

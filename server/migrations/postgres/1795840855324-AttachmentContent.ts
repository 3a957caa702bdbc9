import type { MigrationInterface, QueryRunner } from "typeorm";

export class AttachmentContent1795840855324 implements MigrationInterface {
  name = "AttachmentContent1795840855324";

  async up(q: QueryRunner) {
    await q.query('CREATE INDEX "IDX_6ebb77b3cb008899ef9c042011" ON "attachment"  ("sha256") ');
  }

  async down(q: QueryRunner) {
    await q.query('DROP INDEX "public"."IDX_6ebb77b3cb008899ef9c042011"');
  }
}

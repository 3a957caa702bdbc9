import type { MigrationInterface, QueryRunner } from "typeorm";

export class Notices1795967949275 implements MigrationInterface {
  name = "Notices1795967949275";

  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE "notice" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "kind" character varying(40) NOT NULL, "title" character varying(200) NOT NULL, "body" text, "link" character varying(300), "read" boolean NOT NULL DEFAULT false, "dedupeKey" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_70be1e0bd651e2dc8435e916b2a" UNIQUE ("dedupeKey"), CONSTRAINT "PK_705062b14410ff1a04998f86d72" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_d0d4b8dac89a99634b7e1fde05" ON "notice"  ("userId") ');
    await q.query('CREATE INDEX "IDX_99d91bee159f3034886c4713d0" ON "notice"  ("kind") ');
    await q.query('CREATE INDEX "IDX_6fc15d97b26129d7c08e1572f8" ON "notice"  ("read") ');
    await q.query('CREATE INDEX "IDX_e03bbca17d37a9208ab8404ab6" ON "notice"  ("userId", "read") ');
    await q.query('ALTER TABLE "app_user" ADD "email" character varying(100)');
    await q.query(
      'ALTER TABLE "notice" ADD CONSTRAINT "FK_d0d4b8dac89a99634b7e1fde052" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner) {
    await q.query('ALTER TABLE "notice" DROP CONSTRAINT "FK_d0d4b8dac89a99634b7e1fde052"');
    await q.query('ALTER TABLE "app_user" DROP COLUMN "email"');
    await q.query('DROP INDEX "public"."IDX_e03bbca17d37a9208ab8404ab6"');
    await q.query('DROP INDEX "public"."IDX_6fc15d97b26129d7c08e1572f8"');
    await q.query('DROP INDEX "public"."IDX_99d91bee159f3034886c4713d0"');
    await q.query('DROP INDEX "public"."IDX_d0d4b8dac89a99634b7e1fde05"');
    await q.query('DROP TABLE "notice"');
  }
}

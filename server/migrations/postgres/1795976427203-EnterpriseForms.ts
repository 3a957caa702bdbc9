import type { MigrationInterface, QueryRunner } from "typeorm";

export class EnterpriseForms1795976427203 implements MigrationInterface {
  name = "EnterpriseForms1795976427203";

  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE "invitation" ("id" SERIAL NOT NULL, "codeHash" character varying(64) NOT NULL, "enterpriseId" integer NOT NULL, "createdBy" integer NOT NULL, "expiresAt" character varying(30) NOT NULL, "usedAt" character varying(30), "usedBy" integer, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_210afb926f8d4bdaaadcb2c431c" UNIQUE ("codeHash"), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))',
    );
    await q.query('ALTER TABLE "registration" ADD "formStatus" character varying(40)');
    await q.query('ALTER TABLE "registration" ADD "formReturnReason" text');
    await q.query('ALTER TABLE "trainee" ADD "formStatus" character varying(40)');
    await q.query('ALTER TABLE "trainee" ADD "formReturnReason" text');
    await q.query('ALTER TABLE "tech_demand" ADD "formStatus" character varying(40)');
    await q.query('ALTER TABLE "tech_demand" ADD "formReturnReason" text');
    await q.query('ALTER TABLE "app_user" ADD "enterpriseId" integer');
    await q.query('ALTER TABLE "registration" ALTER COLUMN "nominatedAt" DROP NOT NULL');
    await q.query('CREATE INDEX "IDX_a74b38213620fffad45ea14f9b" ON "registration"  ("formStatus") ');
    await q.query('CREATE INDEX "IDX_0b5b7bb204f96bbc640ad70ef4" ON "trainee"  ("formStatus") ');
    await q.query('CREATE INDEX "IDX_16f58176d608f78e6f4ba3183a" ON "tech_demand"  ("formStatus") ');
    await q.query('CREATE INDEX "IDX_e657bb8ce5b051f3b57a8b8f7c" ON "app_user"  ("enterpriseId") ');
    await q.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_e657bb8ce5b051f3b57a8b8f7c7" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner) {
    await q.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_e657bb8ce5b051f3b57a8b8f7c7"');
    await q.query('DROP INDEX "public"."IDX_e657bb8ce5b051f3b57a8b8f7c"');
    await q.query('DROP INDEX "public"."IDX_16f58176d608f78e6f4ba3183a"');
    await q.query('DROP INDEX "public"."IDX_0b5b7bb204f96bbc640ad70ef4"');
    await q.query('DROP INDEX "public"."IDX_a74b38213620fffad45ea14f9b"');
    await q.query('ALTER TABLE "registration" ALTER COLUMN "nominatedAt" SET NOT NULL');
    await q.query('ALTER TABLE "app_user" DROP COLUMN "enterpriseId"');
    await q.query('ALTER TABLE "tech_demand" DROP COLUMN "formReturnReason"');
    await q.query('ALTER TABLE "tech_demand" DROP COLUMN "formStatus"');
    await q.query('ALTER TABLE "trainee" DROP COLUMN "formReturnReason"');
    await q.query('ALTER TABLE "trainee" DROP COLUMN "formStatus"');
    await q.query('ALTER TABLE "registration" DROP COLUMN "formReturnReason"');
    await q.query('ALTER TABLE "registration" DROP COLUMN "formStatus"');
    await q.query('DROP TABLE "invitation"');
  }
}

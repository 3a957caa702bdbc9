import type { MigrationInterface, QueryRunner } from "typeorm";

export class CustomFields1796474838643 implements MigrationInterface {
  name = "CustomFields1796474838643";

  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE "custom_field" ("id" SERIAL NOT NULL, "resource" character varying(40) NOT NULL, "key" character varying(40) NOT NULL, "label" character varying(40) NOT NULL, "type" character varying(40) NOT NULL, "options" text, "ref" character varying(40), "required" boolean NOT NULL DEFAULT false, "min" double precision, "max" double precision, "help" character varying(200), "section" character varying(40), "list" boolean NOT NULL DEFAULT false, "search" boolean NOT NULL DEFAULT false, "filter" boolean NOT NULL DEFAULT false, "sort" boolean NOT NULL DEFAULT false, "export" boolean NOT NULL DEFAULT true, "import" boolean NOT NULL DEFAULT true, "roundId" integer, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_70c7eb2dfb5b81c051a6ba3ace8" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_d20e65877c84e8a34c92b27d66" ON "custom_field"  ("resource") ');
    await q.query('CREATE INDEX "IDX_7db5df2c1d8b5bc1d8f9f1d87c" ON "custom_field"  ("key") ');
    await q.query('CREATE INDEX "IDX_9113c896029554a8e2e738ffde" ON "custom_field"  ("label") ');
    await q.query('CREATE INDEX "IDX_bd5032e5d82483574850048128" ON "custom_field"  ("type") ');
    await q.query('CREATE INDEX "IDX_1fe6fa548521272ba95891b038" ON "custom_field"  ("roundId") ');
    await q.query('ALTER TABLE "city" ADD "custom" jsonb');
    await q.query('ALTER TABLE "enterprise" ADD "custom" jsonb');
    await q.query('ALTER TABLE "registration" ADD "custom" jsonb');
    await q.query('ALTER TABLE "follow_up" ADD "custom" jsonb');
    await q.query('ALTER TABLE "trainee" ADD "custom" jsonb');
    await q.query('ALTER TABLE "training_class" ADD "custom" jsonb');
    await q.query('ALTER TABLE "class_session" ADD "custom" jsonb');
    await q.query('ALTER TABLE "attendance" ADD "custom" jsonb');
    await q.query('ALTER TABLE "diagnostic" ADD "custom" jsonb');
    await q.query('ALTER TABLE "diagnosis_dimension" ADD "custom" jsonb');
    await q.query('ALTER TABLE "maturity_level" ADD "custom" jsonb');
    await q.query('ALTER TABLE "tech_demand" ADD "custom" jsonb');
    await q.query('ALTER TABLE "review_criterion" ADD "custom" jsonb');
    await q.query('ALTER TABLE "demand_review" ADD "custom" jsonb');
    await q.query('ALTER TABLE "selected_project" ADD "custom" jsonb');
    await q.query(
      'ALTER TABLE "custom_field" ADD CONSTRAINT "FK_1fe6fa548521272ba95891b0386" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner) {
    await q.query('ALTER TABLE "custom_field" DROP CONSTRAINT "FK_1fe6fa548521272ba95891b0386"');
    await q.query('ALTER TABLE "selected_project" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "demand_review" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "review_criterion" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "tech_demand" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "maturity_level" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "diagnosis_dimension" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "diagnostic" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "attendance" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "class_session" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "training_class" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "trainee" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "follow_up" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "registration" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "enterprise" DROP COLUMN "custom"');
    await q.query('ALTER TABLE "city" DROP COLUMN "custom"');
    await q.query('DROP INDEX "public"."IDX_1fe6fa548521272ba95891b038"');
    await q.query('DROP INDEX "public"."IDX_bd5032e5d82483574850048128"');
    await q.query('DROP INDEX "public"."IDX_9113c896029554a8e2e738ffde"');
    await q.query('DROP INDEX "public"."IDX_7db5df2c1d8b5bc1d8f9f1d87c"');
    await q.query('DROP INDEX "public"."IDX_d20e65877c84e8a34c92b27d66"');
    await q.query('DROP TABLE "custom_field"');
  }
}

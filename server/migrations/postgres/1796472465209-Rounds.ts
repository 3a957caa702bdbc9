import type { MigrationInterface, QueryRunner } from "typeorm";

export class Rounds1796472465209 implements MigrationInterface {
  name = "Rounds1796472465209";

  async up(q: QueryRunner) {
    await q.query('DROP INDEX "public"."IDX_8c68cefec7ed3a618a5d0721a3"');
    await q.query('DROP INDEX "public"."IDX_2c23a3f1f364bd768788564765"');
    await q.query(
      'CREATE TABLE "round" ("id" SERIAL NOT NULL, "name" character varying(40) NOT NULL, "year" integer NOT NULL, "batch" integer NOT NULL DEFAULT \'1\', "status" character varying(40) NOT NULL DEFAULT \'preparing\', "noticeNo" character varying(60), "noticeDate" character varying(10), "quotaRatio" double precision NOT NULL DEFAULT \'30\', "quotaRounding" character varying(40) NOT NULL DEFAULT \'ceil\', "deadline" character varying(10) NOT NULL, "cityDeadlines" text, "attendanceThreshold" double precision NOT NULL DEFAULT \'90\', "trainingShare" double precision NOT NULL DEFAULT \'30\', "qualityDiagnoses" integer NOT NULL DEFAULT \'200\', "managementDiagnoses" integer NOT NULL DEFAULT \'100\', "techDemands" integer NOT NULL DEFAULT \'100\', "selectedProjects" integer NOT NULL DEFAULT \'16\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_634cc4361dff4c27c13b3c23441" UNIQUE ("name"), CONSTRAINT "PK_34bd959f3f4a90eb86e4ae24d2d" PRIMARY KEY ("id"))',
    );
    // Today's data is 2025 年第一批: the notice's settings, each city's own deadline where it had one.
    await q.query(
      `INSERT INTO "round" ("id", "name", "year", "batch", "status", "quotaRatio", "quotaRounding", "deadline", "cityDeadlines", "attendanceThreshold", "trainingShare", "qualityDiagnoses", "managementDiagnoses", "techDemands", "selectedProjects", "version")
       VALUES (1, '2025 年第一批', 2025, 1, 'active', 30, 'ceil', '2025-06-25',
         (SELECT COALESCE(json_agg(json_build_object('cityId', "id", 'deadline', "deadline")), '[]'::json)::text FROM "city" WHERE "deadline" IS NOT NULL AND "deadline" <> '2025-06-25'),
         90, 30, 200, 100, 100, 16, 1)`,
    );
    await q.query(`SELECT setval(pg_get_serial_sequence('"round"', 'id'), 1)`);
    await q.query('CREATE INDEX "IDX_da37ad7edd94fb29ea6d76b37b" ON "round"  ("year") ');
    await q.query('CREATE INDEX "IDX_f912cc055ac4f5cba3c7ba2649" ON "round"  ("batch") ');
    await q.query('CREATE INDEX "IDX_9dfc20e02a5290c455c88bc4ae" ON "round"  ("status") ');
    await q.query('CREATE INDEX "IDX_0710169263e919fcfc21534a16" ON "round"  ("noticeDate") ');
    await q.query('CREATE UNIQUE INDEX "IDX_a9da3c084d3d7950336462028a" ON "round"  ("year", "batch") ');
    await q.query('ALTER TABLE "city" DROP COLUMN "deadline"');
    await q.query('ALTER TABLE "registration" ADD "roundId" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "registration" ALTER COLUMN "roundId" DROP DEFAULT');
    await q.query('ALTER TABLE "trainee" ADD "roundId" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "trainee" ALTER COLUMN "roundId" DROP DEFAULT');
    await q.query('ALTER TABLE "training_class" ADD "roundId" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "training_class" ALTER COLUMN "roundId" DROP DEFAULT');
    await q.query('ALTER TABLE "diagnostic" ADD "roundId" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "diagnostic" ALTER COLUMN "roundId" DROP DEFAULT');
    await q.query('ALTER TABLE "tech_demand" ADD "roundId" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "tech_demand" ALTER COLUMN "roundId" DROP DEFAULT');
    await q.query('ALTER TABLE "demand_review" ADD "roundId" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "demand_review" ALTER COLUMN "roundId" DROP DEFAULT');
    await q.query('ALTER TABLE "selected_project" ADD "roundId" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "selected_project" ALTER COLUMN "roundId" DROP DEFAULT');
    await q.query('ALTER TABLE "selection_round" ADD "roundId" integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE "selection_round" ALTER COLUMN "roundId" DROP DEFAULT');
    await q.query('ALTER TABLE "selection_round" ADD CONSTRAINT "UQ_fca8e7034f202f138d4a7d84df2" UNIQUE ("roundId")');
    await q.query('ALTER TABLE "trainee" DROP CONSTRAINT "UQ_ba2d5e49fa37002757edc75fcde"');
    await q.query('ALTER TABLE "training_class" DROP CONSTRAINT "UQ_d7e1e2a2534116e871539b81745"');
    await q.query('ALTER TABLE "selection_round" DROP CONSTRAINT "UQ_73eb7b37270a7f52a739b8e687a"');
    await q.query('CREATE INDEX "IDX_a0d9bff7b3b9e652fd7bdecbe3" ON "registration"  ("roundId") ');
    await q.query('CREATE INDEX "IDX_ba2d5e49fa37002757edc75fcd" ON "trainee"  ("idNumber") ');
    await q.query('CREATE INDEX "IDX_0b6731e6cd87f11975d5e8894b" ON "trainee"  ("roundId") ');
    await q.query('CREATE UNIQUE INDEX "IDX_caf4b531e89186d07c40f81cc6" ON "trainee"  ("idNumber", "roundId") ');
    await q.query('CREATE INDEX "IDX_7a08ec3c9f579af6463f517944" ON "trainee"  ("enterpriseId", "roundId") ');
    await q.query('CREATE INDEX "IDX_d7e1e2a2534116e871539b8174" ON "training_class"  ("name") ');
    await q.query('CREATE INDEX "IDX_f51cc6dd6714528f9c34b2a3ec" ON "training_class"  ("roundId") ');
    await q.query('CREATE UNIQUE INDEX "IDX_8d32d2d240b9653fb867ce996f" ON "training_class"  ("name", "roundId") ');
    await q.query('CREATE INDEX "IDX_2e37c6e7203ac8e771d97e7a28" ON "diagnostic"  ("roundId") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_864ddcca8c3cfb3326ab60924e" ON "diagnostic"  ("enterpriseId", "kind", "roundId") ',
    );
    await q.query('CREATE INDEX "IDX_df6b0950b002950142f99d2e4a" ON "tech_demand"  ("roundId") ');
    await q.query('CREATE INDEX "IDX_50d821b5a666ef827c392289ed" ON "demand_review"  ("roundId") ');
    await q.query('CREATE INDEX "IDX_8fa7e68a6e5696d874e7a576c8" ON "selected_project"  ("roundId") ');
    await q.query(
      'ALTER TABLE "registration" ADD CONSTRAINT "FK_a0d9bff7b3b9e652fd7bdecbe3e" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "trainee" ADD CONSTRAINT "FK_0b6731e6cd87f11975d5e8894b5" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "training_class" ADD CONSTRAINT "FK_f51cc6dd6714528f9c34b2a3ecc" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "diagnostic" ADD CONSTRAINT "FK_2e37c6e7203ac8e771d97e7a28d" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "tech_demand" ADD CONSTRAINT "FK_df6b0950b002950142f99d2e4ac" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "demand_review" ADD CONSTRAINT "FK_50d821b5a666ef827c392289eda" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "selected_project" ADD CONSTRAINT "FK_8fa7e68a6e5696d874e7a576c8d" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "selection_round" ADD CONSTRAINT "FK_fca8e7034f202f138d4a7d84df2" FOREIGN KEY ("roundId") REFERENCES "round"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner) {
    await q.query('ALTER TABLE "selection_round" DROP CONSTRAINT "FK_fca8e7034f202f138d4a7d84df2"');
    await q.query('ALTER TABLE "selected_project" DROP CONSTRAINT "FK_8fa7e68a6e5696d874e7a576c8d"');
    await q.query('ALTER TABLE "demand_review" DROP CONSTRAINT "FK_50d821b5a666ef827c392289eda"');
    await q.query('ALTER TABLE "tech_demand" DROP CONSTRAINT "FK_df6b0950b002950142f99d2e4ac"');
    await q.query('ALTER TABLE "diagnostic" DROP CONSTRAINT "FK_2e37c6e7203ac8e771d97e7a28d"');
    await q.query('ALTER TABLE "training_class" DROP CONSTRAINT "FK_f51cc6dd6714528f9c34b2a3ecc"');
    await q.query('ALTER TABLE "trainee" DROP CONSTRAINT "FK_0b6731e6cd87f11975d5e8894b5"');
    await q.query('ALTER TABLE "registration" DROP CONSTRAINT "FK_a0d9bff7b3b9e652fd7bdecbe3e"');
    await q.query('DROP INDEX "public"."IDX_8fa7e68a6e5696d874e7a576c8"');
    await q.query('DROP INDEX "public"."IDX_50d821b5a666ef827c392289ed"');
    await q.query('DROP INDEX "public"."IDX_df6b0950b002950142f99d2e4a"');
    await q.query('DROP INDEX "public"."IDX_864ddcca8c3cfb3326ab60924e"');
    await q.query('DROP INDEX "public"."IDX_2e37c6e7203ac8e771d97e7a28"');
    await q.query('DROP INDEX "public"."IDX_8d32d2d240b9653fb867ce996f"');
    await q.query('DROP INDEX "public"."IDX_f51cc6dd6714528f9c34b2a3ec"');
    await q.query('DROP INDEX "public"."IDX_d7e1e2a2534116e871539b8174"');
    await q.query('DROP INDEX "public"."IDX_7a08ec3c9f579af6463f517944"');
    await q.query('DROP INDEX "public"."IDX_caf4b531e89186d07c40f81cc6"');
    await q.query('DROP INDEX "public"."IDX_0b6731e6cd87f11975d5e8894b"');
    await q.query('DROP INDEX "public"."IDX_ba2d5e49fa37002757edc75fcd"');
    await q.query('DROP INDEX "public"."IDX_a0d9bff7b3b9e652fd7bdecbe3"');
    await q.query('ALTER TABLE "selection_round" ADD CONSTRAINT "UQ_73eb7b37270a7f52a739b8e687a" UNIQUE ("year")');
    await q.query('ALTER TABLE "training_class" ADD CONSTRAINT "UQ_d7e1e2a2534116e871539b81745" UNIQUE ("name")');
    await q.query('ALTER TABLE "trainee" ADD CONSTRAINT "UQ_ba2d5e49fa37002757edc75fcde" UNIQUE ("idNumber")');
    await q.query('ALTER TABLE "selection_round" DROP CONSTRAINT "UQ_fca8e7034f202f138d4a7d84df2"');
    await q.query('ALTER TABLE "selection_round" DROP COLUMN "roundId"');
    await q.query('ALTER TABLE "selected_project" DROP COLUMN "roundId"');
    await q.query('ALTER TABLE "demand_review" DROP COLUMN "roundId"');
    await q.query('ALTER TABLE "tech_demand" DROP COLUMN "roundId"');
    await q.query('ALTER TABLE "diagnostic" DROP COLUMN "roundId"');
    await q.query('ALTER TABLE "training_class" DROP COLUMN "roundId"');
    await q.query('ALTER TABLE "trainee" DROP COLUMN "roundId"');
    await q.query('ALTER TABLE "registration" DROP COLUMN "roundId"');
    await q.query('ALTER TABLE "city" ADD "deadline" character varying(10) NOT NULL DEFAULT \'2025-06-25\'');
    await q.query('DROP INDEX "public"."IDX_a9da3c084d3d7950336462028a"');
    await q.query('DROP INDEX "public"."IDX_0710169263e919fcfc21534a16"');
    await q.query('DROP INDEX "public"."IDX_9dfc20e02a5290c455c88bc4ae"');
    await q.query('DROP INDEX "public"."IDX_f912cc055ac4f5cba3c7ba2649"');
    await q.query('DROP INDEX "public"."IDX_da37ad7edd94fb29ea6d76b37b"');
    await q.query('DROP TABLE "round"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_2c23a3f1f364bd768788564765" ON "diagnostic" USING btree ("enterpriseId", "kind", "year") ',
    );
    await q.query('CREATE INDEX "IDX_8c68cefec7ed3a618a5d0721a3" ON "trainee" USING btree ("enterpriseId", "year") ');
  }
}

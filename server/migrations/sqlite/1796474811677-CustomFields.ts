import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 自定义字段: the table of the department's field descriptions, and one JSON column `custom` on every
 * table that may hold their values. Written by hand in place (ADD COLUMN), not as the generator's table
 * rebuilds: adding a nullable column needs none.
 */
const TABLES = [
  "city",
  "enterprise",
  "registration",
  "follow_up",
  "trainee",
  "training_class",
  "class_session",
  "attendance",
  "diagnostic",
  "diagnosis_dimension",
  "maturity_level",
  "tech_demand",
  "review_criterion",
  "demand_review",
  "selected_project",
];

export class CustomFields1796474811677 implements MigrationInterface {
  name = "CustomFields1796474811677";

  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE "custom_field" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "resource" varchar(40) NOT NULL, "key" varchar(40) NOT NULL, "label" varchar(40) NOT NULL, "type" varchar(40) NOT NULL, "options" text, "ref" varchar(40), "required" boolean NOT NULL DEFAULT (0), "min" double precision, "max" double precision, "help" varchar(200), "section" varchar(40), "list" boolean NOT NULL DEFAULT (0), "search" boolean NOT NULL DEFAULT (0), "filter" boolean NOT NULL DEFAULT (0), "sort" boolean NOT NULL DEFAULT (0), "export" boolean NOT NULL DEFAULT (1), "import" boolean NOT NULL DEFAULT (1), "roundId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "FK_1fe6fa548521272ba95891b0386" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query('CREATE INDEX "IDX_d20e65877c84e8a34c92b27d66" ON "custom_field" ("resource") ');
    await q.query('CREATE INDEX "IDX_7db5df2c1d8b5bc1d8f9f1d87c" ON "custom_field" ("key") ');
    await q.query('CREATE INDEX "IDX_9113c896029554a8e2e738ffde" ON "custom_field" ("label") ');
    await q.query('CREATE INDEX "IDX_bd5032e5d82483574850048128" ON "custom_field" ("type") ');
    await q.query('CREATE INDEX "IDX_1fe6fa548521272ba95891b038" ON "custom_field" ("roundId") ');
    for (const table of TABLES) await q.query(`ALTER TABLE "${table}" ADD COLUMN "custom" text`);
  }

  async down(q: QueryRunner) {
    for (const table of TABLES) await q.query(`ALTER TABLE "${table}" DROP COLUMN "custom"`);
    await q.query(`DROP TABLE "custom_field"`);
  }
}

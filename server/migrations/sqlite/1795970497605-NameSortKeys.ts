import type { MigrationInterface, QueryRunner } from "typeorm";
import { fillSortKeys } from "../sortKeys";

// Enterprises' names are sorted by pinyin through a stored key (entities/sortKey.ts): the key column,
// the list indexes on it in the name's place, and the key of every existing enterprise.

export class NameSortKeys1795970497605 implements MigrationInterface {
  name = "NameSortKeys1795970497605";

  async up(q: QueryRunner) {
    await q.query('DROP INDEX "IDX_97895979ff3f4c4e03b77082c2"');
    await q.query('DROP INDEX "IDX_be6098e1e3a87e23721caed15d"');
    await q.query('DROP INDEX "IDX_0c69767192d543c3ce90ef9d69"');
    await q.query('DROP INDEX "IDX_8838bb8d8b6ea86e442c30a052"');
    await q.query('DROP INDEX "IDX_9a493c31fab2e1fe92e621145a"');
    await q.query('DROP INDEX "IDX_9160e70872b6da2582428df300"');
    await q.query('DROP INDEX "IDX_6677438725fe6697880798f016"');
    await q.query('DROP INDEX "IDX_9504e603a35b26f8bf89d59aa5"');
    await q.query('DROP INDEX "IDX_3d32bd051e09c56d1017e738f7"');
    await q.query('DROP INDEX "IDX_c2bc3074fd71747792f40bd950"');
    await q.query('DROP INDEX "IDX_34ac117e931e7866c68acb08ee"');
    await q.query('DROP INDEX "IDX_70666d7782127a1eeec8a3ac82"');
    await q.query('DROP INDEX "IDX_64950446e3e62bce439e2048e5"');
    await q.query('DROP INDEX "IDX_80dcc2fc1133ddbd9a6545ee75"');
    await q.query('DROP INDEX "IDX_d1f06709694a0ea6730d1e6c38"');
    await q.query(
      'CREATE TABLE "temporary_enterprise" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "creditCode" varchar(18) NOT NULL, "creditCodeConfirmed" boolean NOT NULL DEFAULT (0), "cityId" integer NOT NULL, "address" varchar(200), "keyGiantStatus" varchar(40) NOT NULL DEFAULT (\'none\'), "giantBatch" varchar(40) NOT NULL, "validUntil" varchar(10) NOT NULL, "reviewStatus" varchar(40) NOT NULL DEFAULT (\'notDue\'), "industry" varchar(50) NOT NULL, "priorityIndustry" varchar(40) NOT NULL DEFAULT (\'other\'), "mainProducts" text, "legalRepresentative" varchar(20), "contactName" varchar(20) NOT NULL, "contactTitle" varchar(30), "contactPhone" varchar(20) NOT NULL, "contactEmail" varchar(100), "website" varchar(200), "listed" boolean NOT NULL DEFAULT (0), "ipoPlan" boolean NOT NULL DEFAULT (0), "ipoProgress" varchar(40), "ipoBoard" varchar(40), "titles" text, "titlesOther" varchar(200), "remark" text, "typicalCase" boolean NOT NULL DEFAULT (0), "caseWriteUp" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "nameSortKey" varchar(801), CONSTRAINT "UQ_ee1b8b9f32a67f2afc71e527d03" UNIQUE ("creditCode"), CONSTRAINT "UQ_9cb1264e50e7d3b48229da3bed6" UNIQUE ("name"), CONSTRAINT "FK_d1f06709694a0ea6730d1e6c386" FOREIGN KEY ("cityId") REFERENCES "city" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_enterprise"("id", "name", "creditCode", "creditCodeConfirmed", "cityId", "address", "keyGiantStatus", "giantBatch", "validUntil", "reviewStatus", "industry", "priorityIndustry", "mainProducts", "legalRepresentative", "contactName", "contactTitle", "contactPhone", "contactEmail", "website", "listed", "ipoPlan", "ipoProgress", "ipoBoard", "titles", "titlesOther", "remark", "typicalCase", "caseWriteUp", "createdAt", "updatedAt", "version") SELECT "id", "name", "creditCode", "creditCodeConfirmed", "cityId", "address", "keyGiantStatus", "giantBatch", "validUntil", "reviewStatus", "industry", "priorityIndustry", "mainProducts", "legalRepresentative", "contactName", "contactTitle", "contactPhone", "contactEmail", "website", "listed", "ipoPlan", "ipoProgress", "ipoBoard", "titles", "titlesOther", "remark", "typicalCase", "caseWriteUp", "createdAt", "updatedAt", "version" FROM "enterprise"',
    );
    await q.query('DROP TABLE "enterprise"');
    await q.query('ALTER TABLE "temporary_enterprise" RENAME TO "enterprise"');
    await q.query('CREATE INDEX "IDX_0c69767192d543c3ce90ef9d69" ON "enterprise" ("typicalCase") ');
    await q.query('CREATE INDEX "IDX_8838bb8d8b6ea86e442c30a052" ON "enterprise" ("ipoBoard") ');
    await q.query('CREATE INDEX "IDX_9a493c31fab2e1fe92e621145a" ON "enterprise" ("ipoProgress") ');
    await q.query('CREATE INDEX "IDX_9160e70872b6da2582428df300" ON "enterprise" ("ipoPlan") ');
    await q.query('CREATE INDEX "IDX_6677438725fe6697880798f016" ON "enterprise" ("listed") ');
    await q.query('CREATE INDEX "IDX_9504e603a35b26f8bf89d59aa5" ON "enterprise" ("contactName") ');
    await q.query('CREATE INDEX "IDX_3d32bd051e09c56d1017e738f7" ON "enterprise" ("priorityIndustry") ');
    await q.query('CREATE INDEX "IDX_c2bc3074fd71747792f40bd950" ON "enterprise" ("industry") ');
    await q.query('CREATE INDEX "IDX_34ac117e931e7866c68acb08ee" ON "enterprise" ("reviewStatus") ');
    await q.query('CREATE INDEX "IDX_70666d7782127a1eeec8a3ac82" ON "enterprise" ("validUntil") ');
    await q.query('CREATE INDEX "IDX_64950446e3e62bce439e2048e5" ON "enterprise" ("giantBatch") ');
    await q.query('CREATE INDEX "IDX_80dcc2fc1133ddbd9a6545ee75" ON "enterprise" ("keyGiantStatus") ');
    await q.query('CREATE INDEX "IDX_d1f06709694a0ea6730d1e6c38" ON "enterprise" ("cityId") ');
    await q.query('CREATE INDEX "IDX_b970b7b1dabe31177307f771d1" ON "enterprise" ("nameSortKey") ');
    await q.query(
      'CREATE INDEX "IDX_f4f2d72df6fbe654d1aa1bd9dd" ON "enterprise" ("cityId", "priorityIndustry", "nameSortKey") ',
    );
    await q.query('CREATE INDEX "IDX_2859a7ef2a88ad846f0f8798e5" ON "enterprise" ("cityId", "nameSortKey") ');
    await fillSortKeys(q, "enterprise", "name");
  }

  async down(q: QueryRunner) {
    await q.query('DROP INDEX "IDX_2859a7ef2a88ad846f0f8798e5"');
    await q.query('DROP INDEX "IDX_f4f2d72df6fbe654d1aa1bd9dd"');
    await q.query('DROP INDEX "IDX_b970b7b1dabe31177307f771d1"');
    await q.query('DROP INDEX "IDX_d1f06709694a0ea6730d1e6c38"');
    await q.query('DROP INDEX "IDX_80dcc2fc1133ddbd9a6545ee75"');
    await q.query('DROP INDEX "IDX_64950446e3e62bce439e2048e5"');
    await q.query('DROP INDEX "IDX_70666d7782127a1eeec8a3ac82"');
    await q.query('DROP INDEX "IDX_34ac117e931e7866c68acb08ee"');
    await q.query('DROP INDEX "IDX_c2bc3074fd71747792f40bd950"');
    await q.query('DROP INDEX "IDX_3d32bd051e09c56d1017e738f7"');
    await q.query('DROP INDEX "IDX_9504e603a35b26f8bf89d59aa5"');
    await q.query('DROP INDEX "IDX_6677438725fe6697880798f016"');
    await q.query('DROP INDEX "IDX_9160e70872b6da2582428df300"');
    await q.query('DROP INDEX "IDX_9a493c31fab2e1fe92e621145a"');
    await q.query('DROP INDEX "IDX_8838bb8d8b6ea86e442c30a052"');
    await q.query('DROP INDEX "IDX_0c69767192d543c3ce90ef9d69"');
    await q.query('ALTER TABLE "enterprise" RENAME TO "temporary_enterprise"');
    await q.query(
      'CREATE TABLE "enterprise" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "creditCode" varchar(18) NOT NULL, "creditCodeConfirmed" boolean NOT NULL DEFAULT (0), "cityId" integer NOT NULL, "address" varchar(200), "keyGiantStatus" varchar(40) NOT NULL DEFAULT (\'none\'), "giantBatch" varchar(40) NOT NULL, "validUntil" varchar(10) NOT NULL, "reviewStatus" varchar(40) NOT NULL DEFAULT (\'notDue\'), "industry" varchar(50) NOT NULL, "priorityIndustry" varchar(40) NOT NULL DEFAULT (\'other\'), "mainProducts" text, "legalRepresentative" varchar(20), "contactName" varchar(20) NOT NULL, "contactTitle" varchar(30), "contactPhone" varchar(20) NOT NULL, "contactEmail" varchar(100), "website" varchar(200), "listed" boolean NOT NULL DEFAULT (0), "ipoPlan" boolean NOT NULL DEFAULT (0), "ipoProgress" varchar(40), "ipoBoard" varchar(40), "titles" text, "titlesOther" varchar(200), "remark" text, "typicalCase" boolean NOT NULL DEFAULT (0), "caseWriteUp" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_ee1b8b9f32a67f2afc71e527d03" UNIQUE ("creditCode"), CONSTRAINT "UQ_9cb1264e50e7d3b48229da3bed6" UNIQUE ("name"), CONSTRAINT "FK_d1f06709694a0ea6730d1e6c386" FOREIGN KEY ("cityId") REFERENCES "city" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "enterprise"("id", "name", "creditCode", "creditCodeConfirmed", "cityId", "address", "keyGiantStatus", "giantBatch", "validUntil", "reviewStatus", "industry", "priorityIndustry", "mainProducts", "legalRepresentative", "contactName", "contactTitle", "contactPhone", "contactEmail", "website", "listed", "ipoPlan", "ipoProgress", "ipoBoard", "titles", "titlesOther", "remark", "typicalCase", "caseWriteUp", "createdAt", "updatedAt", "version") SELECT "id", "name", "creditCode", "creditCodeConfirmed", "cityId", "address", "keyGiantStatus", "giantBatch", "validUntil", "reviewStatus", "industry", "priorityIndustry", "mainProducts", "legalRepresentative", "contactName", "contactTitle", "contactPhone", "contactEmail", "website", "listed", "ipoPlan", "ipoProgress", "ipoBoard", "titles", "titlesOther", "remark", "typicalCase", "caseWriteUp", "createdAt", "updatedAt", "version" FROM "temporary_enterprise"',
    );
    await q.query('DROP TABLE "temporary_enterprise"');
    await q.query('CREATE INDEX "IDX_d1f06709694a0ea6730d1e6c38" ON "enterprise" ("cityId") ');
    await q.query('CREATE INDEX "IDX_80dcc2fc1133ddbd9a6545ee75" ON "enterprise" ("keyGiantStatus") ');
    await q.query('CREATE INDEX "IDX_64950446e3e62bce439e2048e5" ON "enterprise" ("giantBatch") ');
    await q.query('CREATE INDEX "IDX_70666d7782127a1eeec8a3ac82" ON "enterprise" ("validUntil") ');
    await q.query('CREATE INDEX "IDX_34ac117e931e7866c68acb08ee" ON "enterprise" ("reviewStatus") ');
    await q.query('CREATE INDEX "IDX_c2bc3074fd71747792f40bd950" ON "enterprise" ("industry") ');
    await q.query('CREATE INDEX "IDX_3d32bd051e09c56d1017e738f7" ON "enterprise" ("priorityIndustry") ');
    await q.query('CREATE INDEX "IDX_9504e603a35b26f8bf89d59aa5" ON "enterprise" ("contactName") ');
    await q.query('CREATE INDEX "IDX_6677438725fe6697880798f016" ON "enterprise" ("listed") ');
    await q.query('CREATE INDEX "IDX_9160e70872b6da2582428df300" ON "enterprise" ("ipoPlan") ');
    await q.query('CREATE INDEX "IDX_9a493c31fab2e1fe92e621145a" ON "enterprise" ("ipoProgress") ');
    await q.query('CREATE INDEX "IDX_8838bb8d8b6ea86e442c30a052" ON "enterprise" ("ipoBoard") ');
    await q.query('CREATE INDEX "IDX_0c69767192d543c3ce90ef9d69" ON "enterprise" ("typicalCase") ');
    await q.query(
      'CREATE INDEX "IDX_be6098e1e3a87e23721caed15d" ON "enterprise" ("cityId", "priorityIndustry", "name") ',
    );
    await q.query('CREATE INDEX "IDX_97895979ff3f4c4e03b77082c2" ON "enterprise" ("cityId", "name") ');
  }
}

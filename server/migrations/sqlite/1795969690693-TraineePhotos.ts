import type { MigrationInterface, QueryRunner } from "typeorm";
import { movePhotosBack, movePhotosToArchive } from "../traineePhotos";

/** The photos leave the trainee table for the archive (attachments of kind traineePhoto), then the column goes. */
export class TraineePhotos1795969690693 implements MigrationInterface {
  name = "TraineePhotos1795969690693";

  async up(q: QueryRunner) {
    await movePhotosToArchive(q);
    // The column goes in place (SQLite 3.35+), not by rebuilding the table: a rebuild would copy only the
    // columns known when this was written and drop any a later migration added (run out of order, as
    // test/api/photos.test.ts does to rebuild a database from before this change).
    await q.query('ALTER TABLE "trainee" DROP COLUMN "photo"');
  }

  async down(q: QueryRunner) {
    await q.query('DROP INDEX "IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query('DROP INDEX "IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "IDX_8c68cefec7ed3a618a5d0721a3"');
    await q.query('ALTER TABLE "trainee" RENAME TO "temporary_trainee"');
    await q.query(
      'CREATE TABLE "trainee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(20) NOT NULL, "gender" varchar(40) NOT NULL, "photo" text, "politicalStatus" varchar(40), "ethnicity" varchar(40) NOT NULL DEFAULT (\'01\'), "idNumber" varchar(18) NOT NULL, "mobile" varchar(20) NOT NULL, "email" varchar(100), "title" varchar(50) NOT NULL, "managementYears" integer, "address" varchar(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "intendedClass" varchar(40) NOT NULL, "classId" integer, "admissionStatus" varchar(40) NOT NULL DEFAULT (\'applied\'), "admissionNoticeNo" varchar(30), "certificateNo" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "UQ_ba2d5e49fa37002757edc75fcde" UNIQUE ("idNumber"), CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "trainee"("id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version") SELECT "id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version" FROM "temporary_trainee"',
    );
    await q.query('DROP TABLE "temporary_trainee"');
    await q.query('CREATE INDEX "IDX_a17064b696a8263e0fd7b5a3c0" ON "trainee" ("name") ');
    await q.query('CREATE INDEX "IDX_b9d7b91f791ea364e2be3a4fa3" ON "trainee" ("gender") ');
    await q.query('CREATE INDEX "IDX_49965efa0c0097530528d2e0d7" ON "trainee" ("politicalStatus") ');
    await q.query('CREATE INDEX "IDX_32005c94d71f0defa13cfdd42b" ON "trainee" ("ethnicity") ');
    await q.query('CREATE INDEX "IDX_be316298d12bc79ce5727c566e" ON "trainee" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_5f37686c2b748ac111a5a2d8fe" ON "trainee" ("year") ');
    await q.query('CREATE INDEX "IDX_9b19fa85101b5fa8d3ba7517be" ON "trainee" ("intendedClass") ');
    await q.query('CREATE INDEX "IDX_273b9cd94a3f5324fe0865140e" ON "trainee" ("classId") ');
    await q.query('CREATE INDEX "IDX_309b0775b572dd30e043a3f58c" ON "trainee" ("admissionStatus") ');
    await q.query('CREATE INDEX "IDX_8c68cefec7ed3a618a5d0721a3" ON "trainee" ("enterpriseId", "year") ');
    await movePhotosBack(q);
  }
}

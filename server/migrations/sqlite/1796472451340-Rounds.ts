import type { MigrationInterface, QueryRunner } from "typeorm";

export class Rounds1796472451340 implements MigrationInterface {
  name = "Rounds1796472451340";

  async up(q: QueryRunner) {
    await q.query('DROP INDEX "IDX_8c68cefec7ed3a618a5d0721a3"');
    await q.query('DROP INDEX "IDX_2c23a3f1f364bd768788564765"');
    await q.query(
      'CREATE TABLE "round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(40) NOT NULL, "year" integer NOT NULL, "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'preparing\'), "noticeNo" varchar(60), "noticeDate" varchar(10), "quotaRatio" double precision NOT NULL DEFAULT (30), "quotaRounding" varchar(40) NOT NULL DEFAULT (\'ceil\'), "deadline" varchar(10) NOT NULL, "cityDeadlines" text, "attendanceThreshold" double precision NOT NULL DEFAULT (90), "trainingShare" double precision NOT NULL DEFAULT (30), "qualityDiagnoses" integer NOT NULL DEFAULT (200), "managementDiagnoses" integer NOT NULL DEFAULT (100), "techDemands" integer NOT NULL DEFAULT (100), "selectedProjects" integer NOT NULL DEFAULT (16), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_634cc4361dff4c27c13b3c23441" UNIQUE ("name"))',
    );
    // Today's data is 2025 年第一批: the notice's settings, each city's own deadline where it had one.
    await q.query(
      `INSERT INTO "round" ("id", "name", "year", "batch", "status", "noticeNo", "noticeDate", "quotaRatio", "quotaRounding", "deadline", "cityDeadlines", "attendanceThreshold", "trainingShare", "qualityDiagnoses", "managementDiagnoses", "techDemands", "selectedProjects", "createdAt", "updatedAt", "version")
       VALUES (1, '2025 年第一批', 2025, 1, 'active', NULL, NULL, 30, 'ceil', '2025-06-25',
         (SELECT json_group_array(json_object('cityId', "id", 'deadline', "deadline")) FROM "city" WHERE "deadline" IS NOT NULL AND "deadline" <> '2025-06-25'),
         90, 30, 200, 100, 100, 16, datetime('now'), datetime('now'), 1)`,
    );
    await q.query('CREATE INDEX "IDX_da37ad7edd94fb29ea6d76b37b" ON "round" ("year") ');
    await q.query('CREATE INDEX "IDX_f912cc055ac4f5cba3c7ba2649" ON "round" ("batch") ');
    await q.query('CREATE INDEX "IDX_9dfc20e02a5290c455c88bc4ae" ON "round" ("status") ');
    await q.query('CREATE INDEX "IDX_0710169263e919fcfc21534a16" ON "round" ("noticeDate") ');
    await q.query('CREATE UNIQUE INDEX "IDX_a9da3c084d3d7950336462028a" ON "round" ("year", "batch") ');
    await q.query('DROP INDEX "IDX_1d17aa393acc5aa495b0b6d5b2"');
    await q.query('DROP INDEX "IDX_bdd61dafdfa82373645ccb7f22"');
    await q.query(
      'CREATE TABLE "temporary_city" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(6) NOT NULL, "name" varchar(20) NOT NULL, "kind" varchar(40) NOT NULL, "validGiants" integer NOT NULL DEFAULT (0), "contactName" varchar(20), "contactPhone" varchar(30), "contactEmail" varchar(100), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_f8c0858628830a35f19efdc0ecf" UNIQUE ("name"), CONSTRAINT "UQ_b94ae715aad0d13e62f585ff11b" UNIQUE ("code"))',
    );
    await q.query(
      'INSERT INTO "temporary_city"("id", "code", "name", "kind", "validGiants", "contactName", "contactPhone", "contactEmail", "createdAt", "updatedAt", "version") SELECT "id", "code", "name", "kind", "validGiants", "contactName", "contactPhone", "contactEmail", "createdAt", "updatedAt", "version" FROM "city"',
    );
    await q.query('DROP TABLE "city"');
    await q.query('ALTER TABLE "temporary_city" RENAME TO "city"');
    await q.query('CREATE INDEX "IDX_1d17aa393acc5aa495b0b6d5b2" ON "city" ("validGiants") ');
    await q.query('CREATE INDEX "IDX_bdd61dafdfa82373645ccb7f22" ON "city" ("kind") ');
    await q.query('DROP INDEX "IDX_a74b38213620fffad45ea14f9b"');
    await q.query('DROP INDEX "IDX_31ce9744cca2b5be325b9a2767"');
    await q.query('DROP INDEX "IDX_731bd514181f84026767d6b0c5"');
    await q.query('DROP INDEX "IDX_164e6d64daa622acee78809386"');
    await q.query('DROP INDEX "IDX_fecec899bc9d9ae757d4ebe8dd"');
    await q.query('DROP INDEX "IDX_2c6b3c2cc770b90218abcb8801"');
    await q.query('DROP INDEX "IDX_4b6ebfba0fc0b0174a1d235479"');
    await q.query('DROP INDEX "IDX_172f19f77fda93c69eb219bdd0"');
    await q.query('DROP INDEX "IDX_12518f9b39f68625d47e729de8"');
    await q.query('DROP INDEX "IDX_62c30e9474b4da696eaf950847"');
    await q.query('DROP INDEX "IDX_bb214ffce16f5ac4e51cb1392f"');
    await q.query('DROP INDEX "IDX_0d045b3ac345fcf0688d45fa34"');
    await q.query('DROP INDEX "IDX_08abee2ff0147012b6aacb0804"');
    await q.query(
      'CREATE TABLE "temporary_registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'nominated\'), "nominatedAt" varchar(10), "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT (0), "needQuality" boolean NOT NULL DEFAULT (0), "qualityMode" varchar(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT (0), "managementMode" varchar(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" varchar(200), "needTech" boolean NOT NULL DEFAULT (0), "techOnSite" boolean NOT NULL DEFAULT (0), "techMonth" integer, "suggestions" text, "signedBy" varchar(20), "declaredAt" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_registration"("id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", 1 FROM "registration"',
    );
    await q.query('DROP TABLE "registration"');
    await q.query('ALTER TABLE "temporary_registration" RENAME TO "registration"');
    await q.query('CREATE INDEX "IDX_a74b38213620fffad45ea14f9b" ON "registration" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_31ce9744cca2b5be325b9a2767" ON "registration" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_731bd514181f84026767d6b0c5" ON "registration" ("year") ');
    await q.query('CREATE INDEX "IDX_164e6d64daa622acee78809386" ON "registration" ("batch") ');
    await q.query('CREATE INDEX "IDX_fecec899bc9d9ae757d4ebe8dd" ON "registration" ("status") ');
    await q.query('CREATE INDEX "IDX_2c6b3c2cc770b90218abcb8801" ON "registration" ("nominatedAt") ');
    await q.query('CREATE INDEX "IDX_4b6ebfba0fc0b0174a1d235479" ON "registration" ("needTraining") ');
    await q.query('CREATE INDEX "IDX_172f19f77fda93c69eb219bdd0" ON "registration" ("needQuality") ');
    await q.query('CREATE INDEX "IDX_12518f9b39f68625d47e729de8" ON "registration" ("qualityMode") ');
    await q.query('CREATE INDEX "IDX_62c30e9474b4da696eaf950847" ON "registration" ("needManagement") ');
    await q.query('CREATE INDEX "IDX_bb214ffce16f5ac4e51cb1392f" ON "registration" ("managementMode") ');
    await q.query('CREATE INDEX "IDX_0d045b3ac345fcf0688d45fa34" ON "registration" ("needTech") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_08abee2ff0147012b6aacb0804" ON "registration" ("enterpriseId", "year", "batch") ',
    );
    await q.query('DROP INDEX "IDX_0b5b7bb204f96bbc640ad70ef4"');
    await q.query('DROP INDEX "IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query(
      'CREATE TABLE "temporary_trainee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(20) NOT NULL, "gender" varchar(40) NOT NULL, "politicalStatus" varchar(40), "ethnicity" varchar(40) NOT NULL DEFAULT (\'01\'), "idNumber" varchar(18) NOT NULL, "mobile" varchar(20) NOT NULL, "email" varchar(100), "title" varchar(50) NOT NULL, "managementYears" integer, "address" varchar(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "intendedClass" varchar(40) NOT NULL, "classId" integer, "admissionStatus" varchar(40) NOT NULL DEFAULT (\'applied\'), "admissionNoticeNo" varchar(30), "certificateNo" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_trainee"("id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", 1 FROM "trainee"',
    );
    await q.query('DROP TABLE "trainee"');
    await q.query('ALTER TABLE "temporary_trainee" RENAME TO "trainee"');
    await q.query('CREATE INDEX "IDX_0b5b7bb204f96bbc640ad70ef4" ON "trainee" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_309b0775b572dd30e043a3f58c" ON "trainee" ("admissionStatus") ');
    await q.query('CREATE INDEX "IDX_273b9cd94a3f5324fe0865140e" ON "trainee" ("classId") ');
    await q.query('CREATE INDEX "IDX_9b19fa85101b5fa8d3ba7517be" ON "trainee" ("intendedClass") ');
    await q.query('CREATE INDEX "IDX_5f37686c2b748ac111a5a2d8fe" ON "trainee" ("year") ');
    await q.query('CREATE INDEX "IDX_be316298d12bc79ce5727c566e" ON "trainee" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_32005c94d71f0defa13cfdd42b" ON "trainee" ("ethnicity") ');
    await q.query('CREATE INDEX "IDX_49965efa0c0097530528d2e0d7" ON "trainee" ("politicalStatus") ');
    await q.query('CREATE INDEX "IDX_b9d7b91f791ea364e2be3a4fa3" ON "trainee" ("gender") ');
    await q.query('CREATE INDEX "IDX_a17064b696a8263e0fd7b5a3c0" ON "trainee" ("name") ');
    await q.query('DROP INDEX "IDX_00abad81c286ac511d80d744ab"');
    await q.query('DROP INDEX "IDX_f01204a61cc73dbf3d30f5fb83"');
    await q.query('DROP INDEX "IDX_13d77af492d5a715d2895252e8"');
    await q.query('DROP INDEX "IDX_e920cb5e81862d208a35e58e10"');
    await q.query('DROP INDEX "IDX_071666e944224985861cd545f5"');
    await q.query(
      'CREATE TABLE "temporary_training_class" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(40) NOT NULL, "tracks" text, "year" integer NOT NULL DEFAULT (2025), "provider" varchar(50) NOT NULL DEFAULT (\'华中科技大学\'), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "sessionCount" integer NOT NULL DEFAULT (6), "daysPerSession" integer NOT NULL DEFAULT (3), "capacity" integer NOT NULL, "location" varchar(100), "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "remark" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL)',
    );
    await q.query(
      'INSERT INTO "temporary_training_class"("id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", 1 FROM "training_class"',
    );
    await q.query('DROP TABLE "training_class"');
    await q.query('ALTER TABLE "temporary_training_class" RENAME TO "training_class"');
    await q.query('CREATE INDEX "IDX_00abad81c286ac511d80d744ab" ON "training_class" ("status") ');
    await q.query('CREATE INDEX "IDX_f01204a61cc73dbf3d30f5fb83" ON "training_class" ("endDate") ');
    await q.query('CREATE INDEX "IDX_13d77af492d5a715d2895252e8" ON "training_class" ("startDate") ');
    await q.query('CREATE INDEX "IDX_e920cb5e81862d208a35e58e10" ON "training_class" ("year") ');
    await q.query('CREATE INDEX "IDX_071666e944224985861cd545f5" ON "training_class" ("kind") ');
    await q.query('DROP INDEX "IDX_4982fa3300c8c14eb8c90e45f9"');
    await q.query('DROP INDEX "IDX_08808b401e073bca2c31a2c795"');
    await q.query('DROP INDEX "IDX_c21e77c2205bf6f2d228b7beee"');
    await q.query('DROP INDEX "IDX_b5fc15842d376acb2a9561e0fc"');
    await q.query('DROP INDEX "IDX_2d30f399f9f640b5ae5ce44870"');
    await q.query('DROP INDEX "IDX_e003515ce987cb840a03c2631d"');
    await q.query('DROP INDEX "IDX_9dd7581fdc07c3353eb5c6d377"');
    await q.query('DROP INDEX "IDX_c2c73487de26287cef60af8d02"');
    await q.query('DROP INDEX "IDX_920ae249848e9f8545be014f36"');
    await q.query('DROP INDEX "IDX_581b59e6455fe5cb5f94ddf87e"');
    await q.query('DROP INDEX "IDX_3783f64e1564bf072a4d9d5831"');
    await q.query('DROP INDEX "IDX_7de379d79f6991d4a82d9a7d80"');
    await q.query(
      'CREATE TABLE "temporary_diagnostic" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "kind" varchar(40) NOT NULL, "year" integer NOT NULL DEFAULT (2025), "mode" varchar(40) NOT NULL, "expectedMonth" integer, "focus" text, "provider" varchar(50) NOT NULL DEFAULT (\'广州赛宝认证中心服务有限公司\'), "status" varchar(40) NOT NULL DEFAULT (\'requested\'), "scheduledDate" varchar(10), "expert" varchar(50), "scores" text, "totalScore" double precision, "levelId" integer, "findings" text, "recommendations" text, "reportFile" varchar(300), "reportDeliveredAt" varchar(10), "cancelReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "FK_c21e77c2205bf6f2d228b7beeec" FOREIGN KEY ("levelId") REFERENCES "maturity_level" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3783f64e1564bf072a4d9d58317" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7de379d79f6991d4a82d9a7d80f" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_diagnostic"("id", "enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider", "status", "scheduledDate", "expert", "scores", "totalScore", "levelId", "findings", "recommendations", "reportFile", "reportDeliveredAt", "cancelReason", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider", "status", "scheduledDate", "expert", "scores", "totalScore", "levelId", "findings", "recommendations", "reportFile", "reportDeliveredAt", "cancelReason", "createdAt", "updatedAt", "version", 1 FROM "diagnostic"',
    );
    await q.query('DROP TABLE "diagnostic"');
    await q.query('ALTER TABLE "temporary_diagnostic" RENAME TO "diagnostic"');
    await q.query('CREATE INDEX "IDX_4982fa3300c8c14eb8c90e45f9" ON "diagnostic" ("kind", "status") ');
    await q.query('CREATE INDEX "IDX_08808b401e073bca2c31a2c795" ON "diagnostic" ("reportDeliveredAt") ');
    await q.query('CREATE INDEX "IDX_c21e77c2205bf6f2d228b7beee" ON "diagnostic" ("levelId") ');
    await q.query('CREATE INDEX "IDX_b5fc15842d376acb2a9561e0fc" ON "diagnostic" ("totalScore") ');
    await q.query('CREATE INDEX "IDX_2d30f399f9f640b5ae5ce44870" ON "diagnostic" ("expert") ');
    await q.query('CREATE INDEX "IDX_e003515ce987cb840a03c2631d" ON "diagnostic" ("scheduledDate") ');
    await q.query('CREATE INDEX "IDX_9dd7581fdc07c3353eb5c6d377" ON "diagnostic" ("status") ');
    await q.query('CREATE INDEX "IDX_c2c73487de26287cef60af8d02" ON "diagnostic" ("mode") ');
    await q.query('CREATE INDEX "IDX_920ae249848e9f8545be014f36" ON "diagnostic" ("year") ');
    await q.query('CREATE INDEX "IDX_581b59e6455fe5cb5f94ddf87e" ON "diagnostic" ("kind") ');
    await q.query('CREATE INDEX "IDX_3783f64e1564bf072a4d9d5831" ON "diagnostic" ("registrationId") ');
    await q.query('CREATE INDEX "IDX_7de379d79f6991d4a82d9a7d80" ON "diagnostic" ("enterpriseId") ');
    await q.query('DROP INDEX "IDX_16f58176d608f78e6f4ba3183a"');
    await q.query('DROP INDEX "IDX_322ba807214a48c64b82ba05fb"');
    await q.query('DROP INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb"');
    await q.query('DROP INDEX "IDX_b87d2750dd1a4fa189d393dedf"');
    await q.query('DROP INDEX "IDX_c12c88a279e356c13eba08ecfc"');
    await q.query('DROP INDEX "IDX_b516478b670c90a3951bb06826"');
    await q.query('DROP INDEX "IDX_597d57a5216c01eb4f5140fe36"');
    await q.query('DROP INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc"');
    await q.query('DROP INDEX "IDX_c9cd6cad34a63bc25be9361559"');
    await q.query('DROP INDEX "IDX_d9ff48f8f29066e5c7c25d3349"');
    await q.query('DROP INDEX "IDX_6341e206d6432ee8152fc2b259"');
    await q.query('DROP INDEX "IDX_0e93746da946379783f7a8cd4a"');
    await q.query('DROP INDEX "IDX_2710d90afeea1932bed2caa37b"');
    await q.query(
      'CREATE TABLE "temporary_tech_demand" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "year" integer NOT NULL DEFAULT (2025), "industryProducts" varchar(200) NOT NULL, "enterpriseType" varchar(40) NOT NULL DEFAULT (\'giant\'), "contactName" varchar(20) NOT NULL, "contactTitle" varchar(30), "contactPhone" varchar(20) NOT NULL, "categories" text NOT NULL, "details" text NOT NULL, "basis" text, "timeRequirement" varchar(200), "targets" text NOT NULL, "necessity" text, "budget" double precision, "pastCooperation" text, "publishable" boolean NOT NULL DEFAULT (1), "onSite" boolean NOT NULL DEFAULT (0), "status" varchar(40) NOT NULL DEFAULT (\'submitted\'), "score" double precision, "reviewCount" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "FK_2cf7fe617ae50d579f2a2c3cbb3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b87d2750dd1a4fa189d393dedff" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_tech_demand"("id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", 1 FROM "tech_demand"',
    );
    await q.query('DROP TABLE "tech_demand"');
    await q.query('ALTER TABLE "temporary_tech_demand" RENAME TO "tech_demand"');
    await q.query('CREATE INDEX "IDX_16f58176d608f78e6f4ba3183a" ON "tech_demand" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_322ba807214a48c64b82ba05fb" ON "tech_demand" ("title") ');
    await q.query('CREATE INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb" ON "tech_demand" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_b87d2750dd1a4fa189d393dedf" ON "tech_demand" ("registrationId") ');
    await q.query('CREATE INDEX "IDX_c12c88a279e356c13eba08ecfc" ON "tech_demand" ("year") ');
    await q.query('CREATE INDEX "IDX_b516478b670c90a3951bb06826" ON "tech_demand" ("industryProducts") ');
    await q.query('CREATE INDEX "IDX_597d57a5216c01eb4f5140fe36" ON "tech_demand" ("enterpriseType") ');
    await q.query('CREATE INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc" ON "tech_demand" ("budget") ');
    await q.query('CREATE INDEX "IDX_c9cd6cad34a63bc25be9361559" ON "tech_demand" ("publishable") ');
    await q.query('CREATE INDEX "IDX_d9ff48f8f29066e5c7c25d3349" ON "tech_demand" ("onSite") ');
    await q.query('CREATE INDEX "IDX_6341e206d6432ee8152fc2b259" ON "tech_demand" ("status") ');
    await q.query('CREATE INDEX "IDX_0e93746da946379783f7a8cd4a" ON "tech_demand" ("score") ');
    await q.query('CREATE INDEX "IDX_2710d90afeea1932bed2caa37b" ON "tech_demand" ("reviewCount") ');
    await q.query('DROP INDEX "IDX_501aec13dcc44cf9a2c1dad113"');
    await q.query('DROP INDEX "IDX_a6f1dc696f25179d8bc3a42896"');
    await q.query('DROP INDEX "IDX_751020213ba3d26e51ec80c001"');
    await q.query('DROP INDEX "IDX_15b89995f681382a5d8a125fc3"');
    await q.query('DROP INDEX "IDX_3f0c65be8ef9ae466717aa99f1"');
    await q.query('DROP INDEX "IDX_32bc3d2fc4578de7f0a2be744f"');
    await q.query(
      'CREATE TABLE "temporary_demand_review" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "demandId" integer NOT NULL, "reviewerName" varchar(20) NOT NULL, "reviewerOrg" varchar(100), "recused" boolean NOT NULL DEFAULT (0), "recusalReason" varchar(200), "scores" text, "totalScore" double precision, "comment" text, "reviewedAt" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "FK_32bc3d2fc4578de7f0a2be744fb" FOREIGN KEY ("demandId") REFERENCES "tech_demand" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_demand_review"("id", "demandId", "reviewerName", "reviewerOrg", "recused", "recusalReason", "scores", "totalScore", "comment", "reviewedAt", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "demandId", "reviewerName", "reviewerOrg", "recused", "recusalReason", "scores", "totalScore", "comment", "reviewedAt", "createdAt", "updatedAt", "version", 1 FROM "demand_review"',
    );
    await q.query('DROP TABLE "demand_review"');
    await q.query('ALTER TABLE "temporary_demand_review" RENAME TO "demand_review"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_501aec13dcc44cf9a2c1dad113" ON "demand_review" ("demandId", "reviewerName") ',
    );
    await q.query('CREATE INDEX "IDX_a6f1dc696f25179d8bc3a42896" ON "demand_review" ("reviewedAt") ');
    await q.query('CREATE INDEX "IDX_751020213ba3d26e51ec80c001" ON "demand_review" ("totalScore") ');
    await q.query('CREATE INDEX "IDX_15b89995f681382a5d8a125fc3" ON "demand_review" ("recused") ');
    await q.query('CREATE INDEX "IDX_3f0c65be8ef9ae466717aa99f1" ON "demand_review" ("reviewerName") ');
    await q.query('CREATE INDEX "IDX_32bc3d2fc4578de7f0a2be744f" ON "demand_review" ("demandId") ');
    await q.query('DROP INDEX "IDX_4635f95ea6ee437678810d5143"');
    await q.query('DROP INDEX "IDX_8e1ab4d10d388981c1d8975ed0"');
    await q.query('DROP INDEX "IDX_56abfe176fe120434c4f3b4283"');
    await q.query('DROP INDEX "IDX_a73b161f6b9b5caf0f68047bf1"');
    await q.query('DROP INDEX "IDX_536fa1399681d39d68119d7ef6"');
    await q.query('DROP INDEX "IDX_d46460c288952e5c0cc2448c33"');
    await q.query('DROP INDEX "IDX_7d1e56253c48e4f14a8b958443"');
    await q.query('DROP INDEX "IDX_f810274805c3209b23882375d6"');
    await q.query('DROP INDEX "IDX_1f3bf16d0d93d294d33d241367"');
    await q.query(
      'CREATE TABLE "temporary_selected_project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "demandId" integer NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "rank" integer, "score" double precision, "services" text NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "progress" integer NOT NULL DEFAULT (0), "milestones" text, "startDate" varchar(10), "endDate" varchar(10), "outcome" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_d0016aeb9334cd64ec66f47cd4e" UNIQUE ("demandId"), CONSTRAINT "FK_f810274805c3209b23882375d66" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_d0016aeb9334cd64ec66f47cd4e" FOREIGN KEY ("demandId") REFERENCES "tech_demand" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_selected_project"("id", "name", "demandId", "enterpriseId", "year", "rank", "score", "services", "status", "progress", "milestones", "startDate", "endDate", "outcome", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "name", "demandId", "enterpriseId", "year", "rank", "score", "services", "status", "progress", "milestones", "startDate", "endDate", "outcome", "createdAt", "updatedAt", "version", 1 FROM "selected_project"',
    );
    await q.query('DROP TABLE "selected_project"');
    await q.query('ALTER TABLE "temporary_selected_project" RENAME TO "selected_project"');
    await q.query('CREATE INDEX "IDX_4635f95ea6ee437678810d5143" ON "selected_project" ("endDate") ');
    await q.query('CREATE INDEX "IDX_8e1ab4d10d388981c1d8975ed0" ON "selected_project" ("startDate") ');
    await q.query('CREATE INDEX "IDX_56abfe176fe120434c4f3b4283" ON "selected_project" ("progress") ');
    await q.query('CREATE INDEX "IDX_a73b161f6b9b5caf0f68047bf1" ON "selected_project" ("status") ');
    await q.query('CREATE INDEX "IDX_536fa1399681d39d68119d7ef6" ON "selected_project" ("score") ');
    await q.query('CREATE INDEX "IDX_d46460c288952e5c0cc2448c33" ON "selected_project" ("rank") ');
    await q.query('CREATE INDEX "IDX_7d1e56253c48e4f14a8b958443" ON "selected_project" ("year") ');
    await q.query('CREATE INDEX "IDX_f810274805c3209b23882375d6" ON "selected_project" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_1f3bf16d0d93d294d33d241367" ON "selected_project" ("name") ');
    await q.query(
      'CREATE TABLE "temporary_selection_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'open\'), "params" text, "lockedAt" varchar(30), "lockedBy" varchar(40), "reopenReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_f5239e83948103c1e1e6f3f7d37" UNIQUE ("roundId"))',
    );
    await q.query(
      'INSERT INTO "temporary_selection_round"("id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", 1 FROM "selection_round"',
    );
    await q.query('DROP TABLE "selection_round"');
    await q.query('ALTER TABLE "temporary_selection_round" RENAME TO "selection_round"');
    await q.query('DROP INDEX "IDX_0b5b7bb204f96bbc640ad70ef4"');
    await q.query('DROP INDEX "IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query(
      'CREATE TABLE "temporary_trainee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(20) NOT NULL, "gender" varchar(40) NOT NULL, "politicalStatus" varchar(40), "ethnicity" varchar(40) NOT NULL DEFAULT (\'01\'), "idNumber" varchar(18) NOT NULL, "mobile" varchar(20) NOT NULL, "email" varchar(100), "title" varchar(50) NOT NULL, "managementYears" integer, "address" varchar(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "intendedClass" varchar(40) NOT NULL, "classId" integer, "admissionStatus" varchar(40) NOT NULL DEFAULT (\'applied\'), "admissionNoticeNo" varchar(30), "certificateNo" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_trainee"("id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId" FROM "trainee"',
    );
    await q.query('DROP TABLE "trainee"');
    await q.query('ALTER TABLE "temporary_trainee" RENAME TO "trainee"');
    await q.query('CREATE INDEX "IDX_0b5b7bb204f96bbc640ad70ef4" ON "trainee" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_309b0775b572dd30e043a3f58c" ON "trainee" ("admissionStatus") ');
    await q.query('CREATE INDEX "IDX_273b9cd94a3f5324fe0865140e" ON "trainee" ("classId") ');
    await q.query('CREATE INDEX "IDX_9b19fa85101b5fa8d3ba7517be" ON "trainee" ("intendedClass") ');
    await q.query('CREATE INDEX "IDX_5f37686c2b748ac111a5a2d8fe" ON "trainee" ("year") ');
    await q.query('CREATE INDEX "IDX_be316298d12bc79ce5727c566e" ON "trainee" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_32005c94d71f0defa13cfdd42b" ON "trainee" ("ethnicity") ');
    await q.query('CREATE INDEX "IDX_49965efa0c0097530528d2e0d7" ON "trainee" ("politicalStatus") ');
    await q.query('CREATE INDEX "IDX_b9d7b91f791ea364e2be3a4fa3" ON "trainee" ("gender") ');
    await q.query('CREATE INDEX "IDX_a17064b696a8263e0fd7b5a3c0" ON "trainee" ("name") ');
    await q.query('DROP INDEX "IDX_00abad81c286ac511d80d744ab"');
    await q.query('DROP INDEX "IDX_f01204a61cc73dbf3d30f5fb83"');
    await q.query('DROP INDEX "IDX_13d77af492d5a715d2895252e8"');
    await q.query('DROP INDEX "IDX_e920cb5e81862d208a35e58e10"');
    await q.query('DROP INDEX "IDX_071666e944224985861cd545f5"');
    await q.query(
      'CREATE TABLE "temporary_training_class" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(40) NOT NULL, "tracks" text, "year" integer NOT NULL DEFAULT (2025), "provider" varchar(50) NOT NULL DEFAULT (\'华中科技大学\'), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "sessionCount" integer NOT NULL DEFAULT (6), "daysPerSession" integer NOT NULL DEFAULT (3), "capacity" integer NOT NULL, "location" varchar(100), "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "remark" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL)',
    );
    await q.query(
      'INSERT INTO "temporary_training_class"("id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId" FROM "training_class"',
    );
    await q.query('DROP TABLE "training_class"');
    await q.query('ALTER TABLE "temporary_training_class" RENAME TO "training_class"');
    await q.query('CREATE INDEX "IDX_00abad81c286ac511d80d744ab" ON "training_class" ("status") ');
    await q.query('CREATE INDEX "IDX_f01204a61cc73dbf3d30f5fb83" ON "training_class" ("endDate") ');
    await q.query('CREATE INDEX "IDX_13d77af492d5a715d2895252e8" ON "training_class" ("startDate") ');
    await q.query('CREATE INDEX "IDX_e920cb5e81862d208a35e58e10" ON "training_class" ("year") ');
    await q.query('CREATE INDEX "IDX_071666e944224985861cd545f5" ON "training_class" ("kind") ');
    await q.query(
      'CREATE TABLE "temporary_selection_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'open\'), "params" text, "lockedAt" varchar(30), "lockedBy" varchar(40), "reopenReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_f5239e83948103c1e1e6f3f7d37" UNIQUE ("roundId"))',
    );
    await q.query(
      'INSERT INTO "temporary_selection_round"("id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId" FROM "selection_round"',
    );
    await q.query('DROP TABLE "selection_round"');
    await q.query('ALTER TABLE "temporary_selection_round" RENAME TO "selection_round"');
    await q.query('CREATE INDEX "IDX_a0d9bff7b3b9e652fd7bdecbe3" ON "registration" ("roundId") ');
    await q.query('CREATE INDEX "IDX_ba2d5e49fa37002757edc75fcd" ON "trainee" ("idNumber") ');
    await q.query('CREATE INDEX "IDX_0b6731e6cd87f11975d5e8894b" ON "trainee" ("roundId") ');
    await q.query('CREATE UNIQUE INDEX "IDX_caf4b531e89186d07c40f81cc6" ON "trainee" ("idNumber", "roundId") ');
    await q.query('CREATE INDEX "IDX_7a08ec3c9f579af6463f517944" ON "trainee" ("enterpriseId", "roundId") ');
    await q.query('CREATE INDEX "IDX_d7e1e2a2534116e871539b8174" ON "training_class" ("name") ');
    await q.query('CREATE INDEX "IDX_f51cc6dd6714528f9c34b2a3ec" ON "training_class" ("roundId") ');
    await q.query('CREATE UNIQUE INDEX "IDX_8d32d2d240b9653fb867ce996f" ON "training_class" ("name", "roundId") ');
    await q.query('CREATE INDEX "IDX_2e37c6e7203ac8e771d97e7a28" ON "diagnostic" ("roundId") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_864ddcca8c3cfb3326ab60924e" ON "diagnostic" ("enterpriseId", "kind", "roundId") ',
    );
    await q.query('CREATE INDEX "IDX_df6b0950b002950142f99d2e4a" ON "tech_demand" ("roundId") ');
    await q.query('CREATE INDEX "IDX_50d821b5a666ef827c392289ed" ON "demand_review" ("roundId") ');
    await q.query('CREATE INDEX "IDX_8fa7e68a6e5696d874e7a576c8" ON "selected_project" ("roundId") ');
    await q.query('DROP INDEX "IDX_a74b38213620fffad45ea14f9b"');
    await q.query('DROP INDEX "IDX_31ce9744cca2b5be325b9a2767"');
    await q.query('DROP INDEX "IDX_731bd514181f84026767d6b0c5"');
    await q.query('DROP INDEX "IDX_164e6d64daa622acee78809386"');
    await q.query('DROP INDEX "IDX_fecec899bc9d9ae757d4ebe8dd"');
    await q.query('DROP INDEX "IDX_2c6b3c2cc770b90218abcb8801"');
    await q.query('DROP INDEX "IDX_4b6ebfba0fc0b0174a1d235479"');
    await q.query('DROP INDEX "IDX_172f19f77fda93c69eb219bdd0"');
    await q.query('DROP INDEX "IDX_12518f9b39f68625d47e729de8"');
    await q.query('DROP INDEX "IDX_62c30e9474b4da696eaf950847"');
    await q.query('DROP INDEX "IDX_bb214ffce16f5ac4e51cb1392f"');
    await q.query('DROP INDEX "IDX_0d045b3ac345fcf0688d45fa34"');
    await q.query('DROP INDEX "IDX_08abee2ff0147012b6aacb0804"');
    await q.query('DROP INDEX "IDX_a0d9bff7b3b9e652fd7bdecbe3"');
    await q.query(
      'CREATE TABLE "temporary_registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'nominated\'), "nominatedAt" varchar(10), "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT (0), "needQuality" boolean NOT NULL DEFAULT (0), "qualityMode" varchar(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT (0), "managementMode" varchar(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" varchar(200), "needTech" boolean NOT NULL DEFAULT (0), "techOnSite" boolean NOT NULL DEFAULT (0), "techMonth" integer, "suggestions" text, "signedBy" varchar(20), "declaredAt" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a0d9bff7b3b9e652fd7bdecbe3e" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_registration"("id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId" FROM "registration"',
    );
    await q.query('DROP TABLE "registration"');
    await q.query('ALTER TABLE "temporary_registration" RENAME TO "registration"');
    await q.query('CREATE INDEX "IDX_a74b38213620fffad45ea14f9b" ON "registration" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_31ce9744cca2b5be325b9a2767" ON "registration" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_731bd514181f84026767d6b0c5" ON "registration" ("year") ');
    await q.query('CREATE INDEX "IDX_164e6d64daa622acee78809386" ON "registration" ("batch") ');
    await q.query('CREATE INDEX "IDX_fecec899bc9d9ae757d4ebe8dd" ON "registration" ("status") ');
    await q.query('CREATE INDEX "IDX_2c6b3c2cc770b90218abcb8801" ON "registration" ("nominatedAt") ');
    await q.query('CREATE INDEX "IDX_4b6ebfba0fc0b0174a1d235479" ON "registration" ("needTraining") ');
    await q.query('CREATE INDEX "IDX_172f19f77fda93c69eb219bdd0" ON "registration" ("needQuality") ');
    await q.query('CREATE INDEX "IDX_12518f9b39f68625d47e729de8" ON "registration" ("qualityMode") ');
    await q.query('CREATE INDEX "IDX_62c30e9474b4da696eaf950847" ON "registration" ("needManagement") ');
    await q.query('CREATE INDEX "IDX_bb214ffce16f5ac4e51cb1392f" ON "registration" ("managementMode") ');
    await q.query('CREATE INDEX "IDX_0d045b3ac345fcf0688d45fa34" ON "registration" ("needTech") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_08abee2ff0147012b6aacb0804" ON "registration" ("enterpriseId", "year", "batch") ',
    );
    await q.query('CREATE INDEX "IDX_a0d9bff7b3b9e652fd7bdecbe3" ON "registration" ("roundId") ');
    await q.query('DROP INDEX "IDX_0b5b7bb204f96bbc640ad70ef4"');
    await q.query('DROP INDEX "IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query('DROP INDEX "IDX_ba2d5e49fa37002757edc75fcd"');
    await q.query('DROP INDEX "IDX_0b6731e6cd87f11975d5e8894b"');
    await q.query('DROP INDEX "IDX_caf4b531e89186d07c40f81cc6"');
    await q.query('DROP INDEX "IDX_7a08ec3c9f579af6463f517944"');
    await q.query(
      'CREATE TABLE "temporary_trainee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(20) NOT NULL, "gender" varchar(40) NOT NULL, "politicalStatus" varchar(40), "ethnicity" varchar(40) NOT NULL DEFAULT (\'01\'), "idNumber" varchar(18) NOT NULL, "mobile" varchar(20) NOT NULL, "email" varchar(100), "title" varchar(50) NOT NULL, "managementYears" integer, "address" varchar(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "intendedClass" varchar(40) NOT NULL, "classId" integer, "admissionStatus" varchar(40) NOT NULL DEFAULT (\'applied\'), "admissionNoticeNo" varchar(30), "certificateNo" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_0b6731e6cd87f11975d5e8894b5" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_trainee"("id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId" FROM "trainee"',
    );
    await q.query('DROP TABLE "trainee"');
    await q.query('ALTER TABLE "temporary_trainee" RENAME TO "trainee"');
    await q.query('CREATE INDEX "IDX_0b5b7bb204f96bbc640ad70ef4" ON "trainee" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_309b0775b572dd30e043a3f58c" ON "trainee" ("admissionStatus") ');
    await q.query('CREATE INDEX "IDX_273b9cd94a3f5324fe0865140e" ON "trainee" ("classId") ');
    await q.query('CREATE INDEX "IDX_9b19fa85101b5fa8d3ba7517be" ON "trainee" ("intendedClass") ');
    await q.query('CREATE INDEX "IDX_5f37686c2b748ac111a5a2d8fe" ON "trainee" ("year") ');
    await q.query('CREATE INDEX "IDX_be316298d12bc79ce5727c566e" ON "trainee" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_32005c94d71f0defa13cfdd42b" ON "trainee" ("ethnicity") ');
    await q.query('CREATE INDEX "IDX_49965efa0c0097530528d2e0d7" ON "trainee" ("politicalStatus") ');
    await q.query('CREATE INDEX "IDX_b9d7b91f791ea364e2be3a4fa3" ON "trainee" ("gender") ');
    await q.query('CREATE INDEX "IDX_a17064b696a8263e0fd7b5a3c0" ON "trainee" ("name") ');
    await q.query('CREATE INDEX "IDX_ba2d5e49fa37002757edc75fcd" ON "trainee" ("idNumber") ');
    await q.query('CREATE INDEX "IDX_0b6731e6cd87f11975d5e8894b" ON "trainee" ("roundId") ');
    await q.query('CREATE UNIQUE INDEX "IDX_caf4b531e89186d07c40f81cc6" ON "trainee" ("idNumber", "roundId") ');
    await q.query('CREATE INDEX "IDX_7a08ec3c9f579af6463f517944" ON "trainee" ("enterpriseId", "roundId") ');
    await q.query('DROP INDEX "IDX_00abad81c286ac511d80d744ab"');
    await q.query('DROP INDEX "IDX_f01204a61cc73dbf3d30f5fb83"');
    await q.query('DROP INDEX "IDX_13d77af492d5a715d2895252e8"');
    await q.query('DROP INDEX "IDX_e920cb5e81862d208a35e58e10"');
    await q.query('DROP INDEX "IDX_071666e944224985861cd545f5"');
    await q.query('DROP INDEX "IDX_d7e1e2a2534116e871539b8174"');
    await q.query('DROP INDEX "IDX_f51cc6dd6714528f9c34b2a3ec"');
    await q.query('DROP INDEX "IDX_8d32d2d240b9653fb867ce996f"');
    await q.query(
      'CREATE TABLE "temporary_training_class" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(40) NOT NULL, "tracks" text, "year" integer NOT NULL DEFAULT (2025), "provider" varchar(50) NOT NULL DEFAULT (\'华中科技大学\'), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "sessionCount" integer NOT NULL DEFAULT (6), "daysPerSession" integer NOT NULL DEFAULT (3), "capacity" integer NOT NULL, "location" varchar(100), "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "remark" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "FK_f51cc6dd6714528f9c34b2a3ecc" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_training_class"("id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId" FROM "training_class"',
    );
    await q.query('DROP TABLE "training_class"');
    await q.query('ALTER TABLE "temporary_training_class" RENAME TO "training_class"');
    await q.query('CREATE INDEX "IDX_00abad81c286ac511d80d744ab" ON "training_class" ("status") ');
    await q.query('CREATE INDEX "IDX_f01204a61cc73dbf3d30f5fb83" ON "training_class" ("endDate") ');
    await q.query('CREATE INDEX "IDX_13d77af492d5a715d2895252e8" ON "training_class" ("startDate") ');
    await q.query('CREATE INDEX "IDX_e920cb5e81862d208a35e58e10" ON "training_class" ("year") ');
    await q.query('CREATE INDEX "IDX_071666e944224985861cd545f5" ON "training_class" ("kind") ');
    await q.query('CREATE INDEX "IDX_d7e1e2a2534116e871539b8174" ON "training_class" ("name") ');
    await q.query('CREATE INDEX "IDX_f51cc6dd6714528f9c34b2a3ec" ON "training_class" ("roundId") ');
    await q.query('CREATE UNIQUE INDEX "IDX_8d32d2d240b9653fb867ce996f" ON "training_class" ("name", "roundId") ');
    await q.query('DROP INDEX "IDX_4982fa3300c8c14eb8c90e45f9"');
    await q.query('DROP INDEX "IDX_08808b401e073bca2c31a2c795"');
    await q.query('DROP INDEX "IDX_c21e77c2205bf6f2d228b7beee"');
    await q.query('DROP INDEX "IDX_b5fc15842d376acb2a9561e0fc"');
    await q.query('DROP INDEX "IDX_2d30f399f9f640b5ae5ce44870"');
    await q.query('DROP INDEX "IDX_e003515ce987cb840a03c2631d"');
    await q.query('DROP INDEX "IDX_9dd7581fdc07c3353eb5c6d377"');
    await q.query('DROP INDEX "IDX_c2c73487de26287cef60af8d02"');
    await q.query('DROP INDEX "IDX_920ae249848e9f8545be014f36"');
    await q.query('DROP INDEX "IDX_581b59e6455fe5cb5f94ddf87e"');
    await q.query('DROP INDEX "IDX_3783f64e1564bf072a4d9d5831"');
    await q.query('DROP INDEX "IDX_7de379d79f6991d4a82d9a7d80"');
    await q.query('DROP INDEX "IDX_2e37c6e7203ac8e771d97e7a28"');
    await q.query('DROP INDEX "IDX_864ddcca8c3cfb3326ab60924e"');
    await q.query(
      'CREATE TABLE "temporary_diagnostic" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "kind" varchar(40) NOT NULL, "year" integer NOT NULL DEFAULT (2025), "mode" varchar(40) NOT NULL, "expectedMonth" integer, "focus" text, "provider" varchar(50) NOT NULL DEFAULT (\'广州赛宝认证中心服务有限公司\'), "status" varchar(40) NOT NULL DEFAULT (\'requested\'), "scheduledDate" varchar(10), "expert" varchar(50), "scores" text, "totalScore" double precision, "levelId" integer, "findings" text, "recommendations" text, "reportFile" varchar(300), "reportDeliveredAt" varchar(10), "cancelReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "FK_c21e77c2205bf6f2d228b7beeec" FOREIGN KEY ("levelId") REFERENCES "maturity_level" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3783f64e1564bf072a4d9d58317" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7de379d79f6991d4a82d9a7d80f" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2e37c6e7203ac8e771d97e7a28d" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_diagnostic"("id", "enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider", "status", "scheduledDate", "expert", "scores", "totalScore", "levelId", "findings", "recommendations", "reportFile", "reportDeliveredAt", "cancelReason", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider", "status", "scheduledDate", "expert", "scores", "totalScore", "levelId", "findings", "recommendations", "reportFile", "reportDeliveredAt", "cancelReason", "createdAt", "updatedAt", "version", "roundId" FROM "diagnostic"',
    );
    await q.query('DROP TABLE "diagnostic"');
    await q.query('ALTER TABLE "temporary_diagnostic" RENAME TO "diagnostic"');
    await q.query('CREATE INDEX "IDX_4982fa3300c8c14eb8c90e45f9" ON "diagnostic" ("kind", "status") ');
    await q.query('CREATE INDEX "IDX_08808b401e073bca2c31a2c795" ON "diagnostic" ("reportDeliveredAt") ');
    await q.query('CREATE INDEX "IDX_c21e77c2205bf6f2d228b7beee" ON "diagnostic" ("levelId") ');
    await q.query('CREATE INDEX "IDX_b5fc15842d376acb2a9561e0fc" ON "diagnostic" ("totalScore") ');
    await q.query('CREATE INDEX "IDX_2d30f399f9f640b5ae5ce44870" ON "diagnostic" ("expert") ');
    await q.query('CREATE INDEX "IDX_e003515ce987cb840a03c2631d" ON "diagnostic" ("scheduledDate") ');
    await q.query('CREATE INDEX "IDX_9dd7581fdc07c3353eb5c6d377" ON "diagnostic" ("status") ');
    await q.query('CREATE INDEX "IDX_c2c73487de26287cef60af8d02" ON "diagnostic" ("mode") ');
    await q.query('CREATE INDEX "IDX_920ae249848e9f8545be014f36" ON "diagnostic" ("year") ');
    await q.query('CREATE INDEX "IDX_581b59e6455fe5cb5f94ddf87e" ON "diagnostic" ("kind") ');
    await q.query('CREATE INDEX "IDX_3783f64e1564bf072a4d9d5831" ON "diagnostic" ("registrationId") ');
    await q.query('CREATE INDEX "IDX_7de379d79f6991d4a82d9a7d80" ON "diagnostic" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_2e37c6e7203ac8e771d97e7a28" ON "diagnostic" ("roundId") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_864ddcca8c3cfb3326ab60924e" ON "diagnostic" ("enterpriseId", "kind", "roundId") ',
    );
    await q.query('DROP INDEX "IDX_16f58176d608f78e6f4ba3183a"');
    await q.query('DROP INDEX "IDX_322ba807214a48c64b82ba05fb"');
    await q.query('DROP INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb"');
    await q.query('DROP INDEX "IDX_b87d2750dd1a4fa189d393dedf"');
    await q.query('DROP INDEX "IDX_c12c88a279e356c13eba08ecfc"');
    await q.query('DROP INDEX "IDX_b516478b670c90a3951bb06826"');
    await q.query('DROP INDEX "IDX_597d57a5216c01eb4f5140fe36"');
    await q.query('DROP INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc"');
    await q.query('DROP INDEX "IDX_c9cd6cad34a63bc25be9361559"');
    await q.query('DROP INDEX "IDX_d9ff48f8f29066e5c7c25d3349"');
    await q.query('DROP INDEX "IDX_6341e206d6432ee8152fc2b259"');
    await q.query('DROP INDEX "IDX_0e93746da946379783f7a8cd4a"');
    await q.query('DROP INDEX "IDX_2710d90afeea1932bed2caa37b"');
    await q.query('DROP INDEX "IDX_df6b0950b002950142f99d2e4a"');
    await q.query(
      'CREATE TABLE "temporary_tech_demand" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "year" integer NOT NULL DEFAULT (2025), "industryProducts" varchar(200) NOT NULL, "enterpriseType" varchar(40) NOT NULL DEFAULT (\'giant\'), "contactName" varchar(20) NOT NULL, "contactTitle" varchar(30), "contactPhone" varchar(20) NOT NULL, "categories" text NOT NULL, "details" text NOT NULL, "basis" text, "timeRequirement" varchar(200), "targets" text NOT NULL, "necessity" text, "budget" double precision, "pastCooperation" text, "publishable" boolean NOT NULL DEFAULT (1), "onSite" boolean NOT NULL DEFAULT (0), "status" varchar(40) NOT NULL DEFAULT (\'submitted\'), "score" double precision, "reviewCount" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "FK_2cf7fe617ae50d579f2a2c3cbb3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b87d2750dd1a4fa189d393dedff" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_df6b0950b002950142f99d2e4ac" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_tech_demand"("id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId" FROM "tech_demand"',
    );
    await q.query('DROP TABLE "tech_demand"');
    await q.query('ALTER TABLE "temporary_tech_demand" RENAME TO "tech_demand"');
    await q.query('CREATE INDEX "IDX_16f58176d608f78e6f4ba3183a" ON "tech_demand" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_322ba807214a48c64b82ba05fb" ON "tech_demand" ("title") ');
    await q.query('CREATE INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb" ON "tech_demand" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_b87d2750dd1a4fa189d393dedf" ON "tech_demand" ("registrationId") ');
    await q.query('CREATE INDEX "IDX_c12c88a279e356c13eba08ecfc" ON "tech_demand" ("year") ');
    await q.query('CREATE INDEX "IDX_b516478b670c90a3951bb06826" ON "tech_demand" ("industryProducts") ');
    await q.query('CREATE INDEX "IDX_597d57a5216c01eb4f5140fe36" ON "tech_demand" ("enterpriseType") ');
    await q.query('CREATE INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc" ON "tech_demand" ("budget") ');
    await q.query('CREATE INDEX "IDX_c9cd6cad34a63bc25be9361559" ON "tech_demand" ("publishable") ');
    await q.query('CREATE INDEX "IDX_d9ff48f8f29066e5c7c25d3349" ON "tech_demand" ("onSite") ');
    await q.query('CREATE INDEX "IDX_6341e206d6432ee8152fc2b259" ON "tech_demand" ("status") ');
    await q.query('CREATE INDEX "IDX_0e93746da946379783f7a8cd4a" ON "tech_demand" ("score") ');
    await q.query('CREATE INDEX "IDX_2710d90afeea1932bed2caa37b" ON "tech_demand" ("reviewCount") ');
    await q.query('CREATE INDEX "IDX_df6b0950b002950142f99d2e4a" ON "tech_demand" ("roundId") ');
    await q.query('DROP INDEX "IDX_501aec13dcc44cf9a2c1dad113"');
    await q.query('DROP INDEX "IDX_a6f1dc696f25179d8bc3a42896"');
    await q.query('DROP INDEX "IDX_751020213ba3d26e51ec80c001"');
    await q.query('DROP INDEX "IDX_15b89995f681382a5d8a125fc3"');
    await q.query('DROP INDEX "IDX_3f0c65be8ef9ae466717aa99f1"');
    await q.query('DROP INDEX "IDX_32bc3d2fc4578de7f0a2be744f"');
    await q.query('DROP INDEX "IDX_50d821b5a666ef827c392289ed"');
    await q.query(
      'CREATE TABLE "temporary_demand_review" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "demandId" integer NOT NULL, "reviewerName" varchar(20) NOT NULL, "reviewerOrg" varchar(100), "recused" boolean NOT NULL DEFAULT (0), "recusalReason" varchar(200), "scores" text, "totalScore" double precision, "comment" text, "reviewedAt" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "FK_32bc3d2fc4578de7f0a2be744fb" FOREIGN KEY ("demandId") REFERENCES "tech_demand" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_50d821b5a666ef827c392289eda" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_demand_review"("id", "demandId", "reviewerName", "reviewerOrg", "recused", "recusalReason", "scores", "totalScore", "comment", "reviewedAt", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "demandId", "reviewerName", "reviewerOrg", "recused", "recusalReason", "scores", "totalScore", "comment", "reviewedAt", "createdAt", "updatedAt", "version", "roundId" FROM "demand_review"',
    );
    await q.query('DROP TABLE "demand_review"');
    await q.query('ALTER TABLE "temporary_demand_review" RENAME TO "demand_review"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_501aec13dcc44cf9a2c1dad113" ON "demand_review" ("demandId", "reviewerName") ',
    );
    await q.query('CREATE INDEX "IDX_a6f1dc696f25179d8bc3a42896" ON "demand_review" ("reviewedAt") ');
    await q.query('CREATE INDEX "IDX_751020213ba3d26e51ec80c001" ON "demand_review" ("totalScore") ');
    await q.query('CREATE INDEX "IDX_15b89995f681382a5d8a125fc3" ON "demand_review" ("recused") ');
    await q.query('CREATE INDEX "IDX_3f0c65be8ef9ae466717aa99f1" ON "demand_review" ("reviewerName") ');
    await q.query('CREATE INDEX "IDX_32bc3d2fc4578de7f0a2be744f" ON "demand_review" ("demandId") ');
    await q.query('CREATE INDEX "IDX_50d821b5a666ef827c392289ed" ON "demand_review" ("roundId") ');
    await q.query('DROP INDEX "IDX_4635f95ea6ee437678810d5143"');
    await q.query('DROP INDEX "IDX_8e1ab4d10d388981c1d8975ed0"');
    await q.query('DROP INDEX "IDX_56abfe176fe120434c4f3b4283"');
    await q.query('DROP INDEX "IDX_a73b161f6b9b5caf0f68047bf1"');
    await q.query('DROP INDEX "IDX_536fa1399681d39d68119d7ef6"');
    await q.query('DROP INDEX "IDX_d46460c288952e5c0cc2448c33"');
    await q.query('DROP INDEX "IDX_7d1e56253c48e4f14a8b958443"');
    await q.query('DROP INDEX "IDX_f810274805c3209b23882375d6"');
    await q.query('DROP INDEX "IDX_1f3bf16d0d93d294d33d241367"');
    await q.query('DROP INDEX "IDX_8fa7e68a6e5696d874e7a576c8"');
    await q.query(
      'CREATE TABLE "temporary_selected_project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "demandId" integer NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "rank" integer, "score" double precision, "services" text NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "progress" integer NOT NULL DEFAULT (0), "milestones" text, "startDate" varchar(10), "endDate" varchar(10), "outcome" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_d0016aeb9334cd64ec66f47cd4e" UNIQUE ("demandId"), CONSTRAINT "FK_f810274805c3209b23882375d66" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_d0016aeb9334cd64ec66f47cd4e" FOREIGN KEY ("demandId") REFERENCES "tech_demand" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_8fa7e68a6e5696d874e7a576c8d" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_selected_project"("id", "name", "demandId", "enterpriseId", "year", "rank", "score", "services", "status", "progress", "milestones", "startDate", "endDate", "outcome", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "name", "demandId", "enterpriseId", "year", "rank", "score", "services", "status", "progress", "milestones", "startDate", "endDate", "outcome", "createdAt", "updatedAt", "version", "roundId" FROM "selected_project"',
    );
    await q.query('DROP TABLE "selected_project"');
    await q.query('ALTER TABLE "temporary_selected_project" RENAME TO "selected_project"');
    await q.query('CREATE INDEX "IDX_4635f95ea6ee437678810d5143" ON "selected_project" ("endDate") ');
    await q.query('CREATE INDEX "IDX_8e1ab4d10d388981c1d8975ed0" ON "selected_project" ("startDate") ');
    await q.query('CREATE INDEX "IDX_56abfe176fe120434c4f3b4283" ON "selected_project" ("progress") ');
    await q.query('CREATE INDEX "IDX_a73b161f6b9b5caf0f68047bf1" ON "selected_project" ("status") ');
    await q.query('CREATE INDEX "IDX_536fa1399681d39d68119d7ef6" ON "selected_project" ("score") ');
    await q.query('CREATE INDEX "IDX_d46460c288952e5c0cc2448c33" ON "selected_project" ("rank") ');
    await q.query('CREATE INDEX "IDX_7d1e56253c48e4f14a8b958443" ON "selected_project" ("year") ');
    await q.query('CREATE INDEX "IDX_f810274805c3209b23882375d6" ON "selected_project" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_1f3bf16d0d93d294d33d241367" ON "selected_project" ("name") ');
    await q.query('CREATE INDEX "IDX_8fa7e68a6e5696d874e7a576c8" ON "selected_project" ("roundId") ');
    await q.query(
      'CREATE TABLE "temporary_selection_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'open\'), "params" text, "lockedAt" varchar(30), "lockedBy" varchar(40), "reopenReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_f5239e83948103c1e1e6f3f7d37" UNIQUE ("roundId"), CONSTRAINT "FK_fca8e7034f202f138d4a7d84df2" FOREIGN KEY ("roundId") REFERENCES "round" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_selection_round"("id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId" FROM "selection_round"',
    );
    await q.query('DROP TABLE "selection_round"');
    await q.query('ALTER TABLE "temporary_selection_round" RENAME TO "selection_round"');
  }

  async down(q: QueryRunner) {
    await q.query('ALTER TABLE "selection_round" RENAME TO "temporary_selection_round"');
    await q.query(
      'CREATE TABLE "selection_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'open\'), "params" text, "lockedAt" varchar(30), "lockedBy" varchar(40), "reopenReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_73eb7b37270a7f52a739b8e687a" UNIQUE ("year"), CONSTRAINT "UQ_f5239e83948103c1e1e6f3f7d37" UNIQUE ("roundId"))',
    );
    await q.query(
      'INSERT INTO "selection_round"("id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId" FROM "temporary_selection_round"',
    );
    await q.query('DROP TABLE "temporary_selection_round"');
    await q.query('DROP INDEX "IDX_8fa7e68a6e5696d874e7a576c8"');
    await q.query('DROP INDEX "IDX_1f3bf16d0d93d294d33d241367"');
    await q.query('DROP INDEX "IDX_f810274805c3209b23882375d6"');
    await q.query('DROP INDEX "IDX_7d1e56253c48e4f14a8b958443"');
    await q.query('DROP INDEX "IDX_d46460c288952e5c0cc2448c33"');
    await q.query('DROP INDEX "IDX_536fa1399681d39d68119d7ef6"');
    await q.query('DROP INDEX "IDX_a73b161f6b9b5caf0f68047bf1"');
    await q.query('DROP INDEX "IDX_56abfe176fe120434c4f3b4283"');
    await q.query('DROP INDEX "IDX_8e1ab4d10d388981c1d8975ed0"');
    await q.query('DROP INDEX "IDX_4635f95ea6ee437678810d5143"');
    await q.query('ALTER TABLE "selected_project" RENAME TO "temporary_selected_project"');
    await q.query(
      'CREATE TABLE "selected_project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "demandId" integer NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "rank" integer, "score" double precision, "services" text NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "progress" integer NOT NULL DEFAULT (0), "milestones" text, "startDate" varchar(10), "endDate" varchar(10), "outcome" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_d0016aeb9334cd64ec66f47cd4e" UNIQUE ("demandId"), CONSTRAINT "FK_f810274805c3209b23882375d66" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_d0016aeb9334cd64ec66f47cd4e" FOREIGN KEY ("demandId") REFERENCES "tech_demand" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "selected_project"("id", "name", "demandId", "enterpriseId", "year", "rank", "score", "services", "status", "progress", "milestones", "startDate", "endDate", "outcome", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "name", "demandId", "enterpriseId", "year", "rank", "score", "services", "status", "progress", "milestones", "startDate", "endDate", "outcome", "createdAt", "updatedAt", "version", "roundId" FROM "temporary_selected_project"',
    );
    await q.query('DROP TABLE "temporary_selected_project"');
    await q.query('CREATE INDEX "IDX_8fa7e68a6e5696d874e7a576c8" ON "selected_project" ("roundId") ');
    await q.query('CREATE INDEX "IDX_1f3bf16d0d93d294d33d241367" ON "selected_project" ("name") ');
    await q.query('CREATE INDEX "IDX_f810274805c3209b23882375d6" ON "selected_project" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_7d1e56253c48e4f14a8b958443" ON "selected_project" ("year") ');
    await q.query('CREATE INDEX "IDX_d46460c288952e5c0cc2448c33" ON "selected_project" ("rank") ');
    await q.query('CREATE INDEX "IDX_536fa1399681d39d68119d7ef6" ON "selected_project" ("score") ');
    await q.query('CREATE INDEX "IDX_a73b161f6b9b5caf0f68047bf1" ON "selected_project" ("status") ');
    await q.query('CREATE INDEX "IDX_56abfe176fe120434c4f3b4283" ON "selected_project" ("progress") ');
    await q.query('CREATE INDEX "IDX_8e1ab4d10d388981c1d8975ed0" ON "selected_project" ("startDate") ');
    await q.query('CREATE INDEX "IDX_4635f95ea6ee437678810d5143" ON "selected_project" ("endDate") ');
    await q.query('DROP INDEX "IDX_50d821b5a666ef827c392289ed"');
    await q.query('DROP INDEX "IDX_32bc3d2fc4578de7f0a2be744f"');
    await q.query('DROP INDEX "IDX_3f0c65be8ef9ae466717aa99f1"');
    await q.query('DROP INDEX "IDX_15b89995f681382a5d8a125fc3"');
    await q.query('DROP INDEX "IDX_751020213ba3d26e51ec80c001"');
    await q.query('DROP INDEX "IDX_a6f1dc696f25179d8bc3a42896"');
    await q.query('DROP INDEX "IDX_501aec13dcc44cf9a2c1dad113"');
    await q.query('ALTER TABLE "demand_review" RENAME TO "temporary_demand_review"');
    await q.query(
      'CREATE TABLE "demand_review" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "demandId" integer NOT NULL, "reviewerName" varchar(20) NOT NULL, "reviewerOrg" varchar(100), "recused" boolean NOT NULL DEFAULT (0), "recusalReason" varchar(200), "scores" text, "totalScore" double precision, "comment" text, "reviewedAt" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "FK_32bc3d2fc4578de7f0a2be744fb" FOREIGN KEY ("demandId") REFERENCES "tech_demand" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "demand_review"("id", "demandId", "reviewerName", "reviewerOrg", "recused", "recusalReason", "scores", "totalScore", "comment", "reviewedAt", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "demandId", "reviewerName", "reviewerOrg", "recused", "recusalReason", "scores", "totalScore", "comment", "reviewedAt", "createdAt", "updatedAt", "version", "roundId" FROM "temporary_demand_review"',
    );
    await q.query('DROP TABLE "temporary_demand_review"');
    await q.query('CREATE INDEX "IDX_50d821b5a666ef827c392289ed" ON "demand_review" ("roundId") ');
    await q.query('CREATE INDEX "IDX_32bc3d2fc4578de7f0a2be744f" ON "demand_review" ("demandId") ');
    await q.query('CREATE INDEX "IDX_3f0c65be8ef9ae466717aa99f1" ON "demand_review" ("reviewerName") ');
    await q.query('CREATE INDEX "IDX_15b89995f681382a5d8a125fc3" ON "demand_review" ("recused") ');
    await q.query('CREATE INDEX "IDX_751020213ba3d26e51ec80c001" ON "demand_review" ("totalScore") ');
    await q.query('CREATE INDEX "IDX_a6f1dc696f25179d8bc3a42896" ON "demand_review" ("reviewedAt") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_501aec13dcc44cf9a2c1dad113" ON "demand_review" ("demandId", "reviewerName") ',
    );
    await q.query('DROP INDEX "IDX_df6b0950b002950142f99d2e4a"');
    await q.query('DROP INDEX "IDX_2710d90afeea1932bed2caa37b"');
    await q.query('DROP INDEX "IDX_0e93746da946379783f7a8cd4a"');
    await q.query('DROP INDEX "IDX_6341e206d6432ee8152fc2b259"');
    await q.query('DROP INDEX "IDX_d9ff48f8f29066e5c7c25d3349"');
    await q.query('DROP INDEX "IDX_c9cd6cad34a63bc25be9361559"');
    await q.query('DROP INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc"');
    await q.query('DROP INDEX "IDX_597d57a5216c01eb4f5140fe36"');
    await q.query('DROP INDEX "IDX_b516478b670c90a3951bb06826"');
    await q.query('DROP INDEX "IDX_c12c88a279e356c13eba08ecfc"');
    await q.query('DROP INDEX "IDX_b87d2750dd1a4fa189d393dedf"');
    await q.query('DROP INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb"');
    await q.query('DROP INDEX "IDX_322ba807214a48c64b82ba05fb"');
    await q.query('DROP INDEX "IDX_16f58176d608f78e6f4ba3183a"');
    await q.query('ALTER TABLE "tech_demand" RENAME TO "temporary_tech_demand"');
    await q.query(
      'CREATE TABLE "tech_demand" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "year" integer NOT NULL DEFAULT (2025), "industryProducts" varchar(200) NOT NULL, "enterpriseType" varchar(40) NOT NULL DEFAULT (\'giant\'), "contactName" varchar(20) NOT NULL, "contactTitle" varchar(30), "contactPhone" varchar(20) NOT NULL, "categories" text NOT NULL, "details" text NOT NULL, "basis" text, "timeRequirement" varchar(200), "targets" text NOT NULL, "necessity" text, "budget" double precision, "pastCooperation" text, "publishable" boolean NOT NULL DEFAULT (1), "onSite" boolean NOT NULL DEFAULT (0), "status" varchar(40) NOT NULL DEFAULT (\'submitted\'), "score" double precision, "reviewCount" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "FK_2cf7fe617ae50d579f2a2c3cbb3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b87d2750dd1a4fa189d393dedff" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "tech_demand"("id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId" FROM "temporary_tech_demand"',
    );
    await q.query('DROP TABLE "temporary_tech_demand"');
    await q.query('CREATE INDEX "IDX_df6b0950b002950142f99d2e4a" ON "tech_demand" ("roundId") ');
    await q.query('CREATE INDEX "IDX_2710d90afeea1932bed2caa37b" ON "tech_demand" ("reviewCount") ');
    await q.query('CREATE INDEX "IDX_0e93746da946379783f7a8cd4a" ON "tech_demand" ("score") ');
    await q.query('CREATE INDEX "IDX_6341e206d6432ee8152fc2b259" ON "tech_demand" ("status") ');
    await q.query('CREATE INDEX "IDX_d9ff48f8f29066e5c7c25d3349" ON "tech_demand" ("onSite") ');
    await q.query('CREATE INDEX "IDX_c9cd6cad34a63bc25be9361559" ON "tech_demand" ("publishable") ');
    await q.query('CREATE INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc" ON "tech_demand" ("budget") ');
    await q.query('CREATE INDEX "IDX_597d57a5216c01eb4f5140fe36" ON "tech_demand" ("enterpriseType") ');
    await q.query('CREATE INDEX "IDX_b516478b670c90a3951bb06826" ON "tech_demand" ("industryProducts") ');
    await q.query('CREATE INDEX "IDX_c12c88a279e356c13eba08ecfc" ON "tech_demand" ("year") ');
    await q.query('CREATE INDEX "IDX_b87d2750dd1a4fa189d393dedf" ON "tech_demand" ("registrationId") ');
    await q.query('CREATE INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb" ON "tech_demand" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_322ba807214a48c64b82ba05fb" ON "tech_demand" ("title") ');
    await q.query('CREATE INDEX "IDX_16f58176d608f78e6f4ba3183a" ON "tech_demand" ("formStatus") ');
    await q.query('DROP INDEX "IDX_864ddcca8c3cfb3326ab60924e"');
    await q.query('DROP INDEX "IDX_2e37c6e7203ac8e771d97e7a28"');
    await q.query('DROP INDEX "IDX_7de379d79f6991d4a82d9a7d80"');
    await q.query('DROP INDEX "IDX_3783f64e1564bf072a4d9d5831"');
    await q.query('DROP INDEX "IDX_581b59e6455fe5cb5f94ddf87e"');
    await q.query('DROP INDEX "IDX_920ae249848e9f8545be014f36"');
    await q.query('DROP INDEX "IDX_c2c73487de26287cef60af8d02"');
    await q.query('DROP INDEX "IDX_9dd7581fdc07c3353eb5c6d377"');
    await q.query('DROP INDEX "IDX_e003515ce987cb840a03c2631d"');
    await q.query('DROP INDEX "IDX_2d30f399f9f640b5ae5ce44870"');
    await q.query('DROP INDEX "IDX_b5fc15842d376acb2a9561e0fc"');
    await q.query('DROP INDEX "IDX_c21e77c2205bf6f2d228b7beee"');
    await q.query('DROP INDEX "IDX_08808b401e073bca2c31a2c795"');
    await q.query('DROP INDEX "IDX_4982fa3300c8c14eb8c90e45f9"');
    await q.query('ALTER TABLE "diagnostic" RENAME TO "temporary_diagnostic"');
    await q.query(
      'CREATE TABLE "diagnostic" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "kind" varchar(40) NOT NULL, "year" integer NOT NULL DEFAULT (2025), "mode" varchar(40) NOT NULL, "expectedMonth" integer, "focus" text, "provider" varchar(50) NOT NULL DEFAULT (\'广州赛宝认证中心服务有限公司\'), "status" varchar(40) NOT NULL DEFAULT (\'requested\'), "scheduledDate" varchar(10), "expert" varchar(50), "scores" text, "totalScore" double precision, "levelId" integer, "findings" text, "recommendations" text, "reportFile" varchar(300), "reportDeliveredAt" varchar(10), "cancelReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "FK_c21e77c2205bf6f2d228b7beeec" FOREIGN KEY ("levelId") REFERENCES "maturity_level" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3783f64e1564bf072a4d9d58317" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7de379d79f6991d4a82d9a7d80f" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "diagnostic"("id", "enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider", "status", "scheduledDate", "expert", "scores", "totalScore", "levelId", "findings", "recommendations", "reportFile", "reportDeliveredAt", "cancelReason", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider", "status", "scheduledDate", "expert", "scores", "totalScore", "levelId", "findings", "recommendations", "reportFile", "reportDeliveredAt", "cancelReason", "createdAt", "updatedAt", "version", "roundId" FROM "temporary_diagnostic"',
    );
    await q.query('DROP TABLE "temporary_diagnostic"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_864ddcca8c3cfb3326ab60924e" ON "diagnostic" ("enterpriseId", "kind", "roundId") ',
    );
    await q.query('CREATE INDEX "IDX_2e37c6e7203ac8e771d97e7a28" ON "diagnostic" ("roundId") ');
    await q.query('CREATE INDEX "IDX_7de379d79f6991d4a82d9a7d80" ON "diagnostic" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_3783f64e1564bf072a4d9d5831" ON "diagnostic" ("registrationId") ');
    await q.query('CREATE INDEX "IDX_581b59e6455fe5cb5f94ddf87e" ON "diagnostic" ("kind") ');
    await q.query('CREATE INDEX "IDX_920ae249848e9f8545be014f36" ON "diagnostic" ("year") ');
    await q.query('CREATE INDEX "IDX_c2c73487de26287cef60af8d02" ON "diagnostic" ("mode") ');
    await q.query('CREATE INDEX "IDX_9dd7581fdc07c3353eb5c6d377" ON "diagnostic" ("status") ');
    await q.query('CREATE INDEX "IDX_e003515ce987cb840a03c2631d" ON "diagnostic" ("scheduledDate") ');
    await q.query('CREATE INDEX "IDX_2d30f399f9f640b5ae5ce44870" ON "diagnostic" ("expert") ');
    await q.query('CREATE INDEX "IDX_b5fc15842d376acb2a9561e0fc" ON "diagnostic" ("totalScore") ');
    await q.query('CREATE INDEX "IDX_c21e77c2205bf6f2d228b7beee" ON "diagnostic" ("levelId") ');
    await q.query('CREATE INDEX "IDX_08808b401e073bca2c31a2c795" ON "diagnostic" ("reportDeliveredAt") ');
    await q.query('CREATE INDEX "IDX_4982fa3300c8c14eb8c90e45f9" ON "diagnostic" ("kind", "status") ');
    await q.query('DROP INDEX "IDX_8d32d2d240b9653fb867ce996f"');
    await q.query('DROP INDEX "IDX_f51cc6dd6714528f9c34b2a3ec"');
    await q.query('DROP INDEX "IDX_d7e1e2a2534116e871539b8174"');
    await q.query('DROP INDEX "IDX_071666e944224985861cd545f5"');
    await q.query('DROP INDEX "IDX_e920cb5e81862d208a35e58e10"');
    await q.query('DROP INDEX "IDX_13d77af492d5a715d2895252e8"');
    await q.query('DROP INDEX "IDX_f01204a61cc73dbf3d30f5fb83"');
    await q.query('DROP INDEX "IDX_00abad81c286ac511d80d744ab"');
    await q.query('ALTER TABLE "training_class" RENAME TO "temporary_training_class"');
    await q.query(
      'CREATE TABLE "training_class" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(40) NOT NULL, "tracks" text, "year" integer NOT NULL DEFAULT (2025), "provider" varchar(50) NOT NULL DEFAULT (\'华中科技大学\'), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "sessionCount" integer NOT NULL DEFAULT (6), "daysPerSession" integer NOT NULL DEFAULT (3), "capacity" integer NOT NULL, "location" varchar(100), "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "remark" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_d7e1e2a2534116e871539b81745" UNIQUE ("name"))',
    );
    await q.query(
      'INSERT INTO "training_class"("id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId" FROM "temporary_training_class"',
    );
    await q.query('DROP TABLE "temporary_training_class"');
    await q.query('CREATE UNIQUE INDEX "IDX_8d32d2d240b9653fb867ce996f" ON "training_class" ("name", "roundId") ');
    await q.query('CREATE INDEX "IDX_f51cc6dd6714528f9c34b2a3ec" ON "training_class" ("roundId") ');
    await q.query('CREATE INDEX "IDX_d7e1e2a2534116e871539b8174" ON "training_class" ("name") ');
    await q.query('CREATE INDEX "IDX_071666e944224985861cd545f5" ON "training_class" ("kind") ');
    await q.query('CREATE INDEX "IDX_e920cb5e81862d208a35e58e10" ON "training_class" ("year") ');
    await q.query('CREATE INDEX "IDX_13d77af492d5a715d2895252e8" ON "training_class" ("startDate") ');
    await q.query('CREATE INDEX "IDX_f01204a61cc73dbf3d30f5fb83" ON "training_class" ("endDate") ');
    await q.query('CREATE INDEX "IDX_00abad81c286ac511d80d744ab" ON "training_class" ("status") ');
    await q.query('DROP INDEX "IDX_7a08ec3c9f579af6463f517944"');
    await q.query('DROP INDEX "IDX_caf4b531e89186d07c40f81cc6"');
    await q.query('DROP INDEX "IDX_0b6731e6cd87f11975d5e8894b"');
    await q.query('DROP INDEX "IDX_ba2d5e49fa37002757edc75fcd"');
    await q.query('DROP INDEX "IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query('DROP INDEX "IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "IDX_0b5b7bb204f96bbc640ad70ef4"');
    await q.query('ALTER TABLE "trainee" RENAME TO "temporary_trainee"');
    await q.query(
      'CREATE TABLE "trainee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(20) NOT NULL, "gender" varchar(40) NOT NULL, "politicalStatus" varchar(40), "ethnicity" varchar(40) NOT NULL DEFAULT (\'01\'), "idNumber" varchar(18) NOT NULL, "mobile" varchar(20) NOT NULL, "email" varchar(100), "title" varchar(50) NOT NULL, "managementYears" integer, "address" varchar(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "intendedClass" varchar(40) NOT NULL, "classId" integer, "admissionStatus" varchar(40) NOT NULL DEFAULT (\'applied\'), "admissionNoticeNo" varchar(30), "certificateNo" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "UQ_ba2d5e49fa37002757edc75fcde" UNIQUE ("idNumber"), CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "trainee"("id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId" FROM "temporary_trainee"',
    );
    await q.query('DROP TABLE "temporary_trainee"');
    await q.query('CREATE INDEX "IDX_7a08ec3c9f579af6463f517944" ON "trainee" ("enterpriseId", "roundId") ');
    await q.query('CREATE UNIQUE INDEX "IDX_caf4b531e89186d07c40f81cc6" ON "trainee" ("idNumber", "roundId") ');
    await q.query('CREATE INDEX "IDX_0b6731e6cd87f11975d5e8894b" ON "trainee" ("roundId") ');
    await q.query('CREATE INDEX "IDX_ba2d5e49fa37002757edc75fcd" ON "trainee" ("idNumber") ');
    await q.query('CREATE INDEX "IDX_a17064b696a8263e0fd7b5a3c0" ON "trainee" ("name") ');
    await q.query('CREATE INDEX "IDX_b9d7b91f791ea364e2be3a4fa3" ON "trainee" ("gender") ');
    await q.query('CREATE INDEX "IDX_49965efa0c0097530528d2e0d7" ON "trainee" ("politicalStatus") ');
    await q.query('CREATE INDEX "IDX_32005c94d71f0defa13cfdd42b" ON "trainee" ("ethnicity") ');
    await q.query('CREATE INDEX "IDX_be316298d12bc79ce5727c566e" ON "trainee" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_5f37686c2b748ac111a5a2d8fe" ON "trainee" ("year") ');
    await q.query('CREATE INDEX "IDX_9b19fa85101b5fa8d3ba7517be" ON "trainee" ("intendedClass") ');
    await q.query('CREATE INDEX "IDX_273b9cd94a3f5324fe0865140e" ON "trainee" ("classId") ');
    await q.query('CREATE INDEX "IDX_309b0775b572dd30e043a3f58c" ON "trainee" ("admissionStatus") ');
    await q.query('CREATE INDEX "IDX_0b5b7bb204f96bbc640ad70ef4" ON "trainee" ("formStatus") ');
    await q.query('DROP INDEX "IDX_a0d9bff7b3b9e652fd7bdecbe3"');
    await q.query('DROP INDEX "IDX_08abee2ff0147012b6aacb0804"');
    await q.query('DROP INDEX "IDX_0d045b3ac345fcf0688d45fa34"');
    await q.query('DROP INDEX "IDX_bb214ffce16f5ac4e51cb1392f"');
    await q.query('DROP INDEX "IDX_62c30e9474b4da696eaf950847"');
    await q.query('DROP INDEX "IDX_12518f9b39f68625d47e729de8"');
    await q.query('DROP INDEX "IDX_172f19f77fda93c69eb219bdd0"');
    await q.query('DROP INDEX "IDX_4b6ebfba0fc0b0174a1d235479"');
    await q.query('DROP INDEX "IDX_2c6b3c2cc770b90218abcb8801"');
    await q.query('DROP INDEX "IDX_fecec899bc9d9ae757d4ebe8dd"');
    await q.query('DROP INDEX "IDX_164e6d64daa622acee78809386"');
    await q.query('DROP INDEX "IDX_731bd514181f84026767d6b0c5"');
    await q.query('DROP INDEX "IDX_31ce9744cca2b5be325b9a2767"');
    await q.query('DROP INDEX "IDX_a74b38213620fffad45ea14f9b"');
    await q.query('ALTER TABLE "registration" RENAME TO "temporary_registration"');
    await q.query(
      'CREATE TABLE "registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'nominated\'), "nominatedAt" varchar(10), "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT (0), "needQuality" boolean NOT NULL DEFAULT (0), "qualityMode" varchar(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT (0), "managementMode" varchar(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" varchar(200), "needTech" boolean NOT NULL DEFAULT (0), "techOnSite" boolean NOT NULL DEFAULT (0), "techMonth" integer, "suggestions" text, "signedBy" varchar(20), "declaredAt" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "registration"("id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId" FROM "temporary_registration"',
    );
    await q.query('DROP TABLE "temporary_registration"');
    await q.query('CREATE INDEX "IDX_a0d9bff7b3b9e652fd7bdecbe3" ON "registration" ("roundId") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_08abee2ff0147012b6aacb0804" ON "registration" ("enterpriseId", "year", "batch") ',
    );
    await q.query('CREATE INDEX "IDX_0d045b3ac345fcf0688d45fa34" ON "registration" ("needTech") ');
    await q.query('CREATE INDEX "IDX_bb214ffce16f5ac4e51cb1392f" ON "registration" ("managementMode") ');
    await q.query('CREATE INDEX "IDX_62c30e9474b4da696eaf950847" ON "registration" ("needManagement") ');
    await q.query('CREATE INDEX "IDX_12518f9b39f68625d47e729de8" ON "registration" ("qualityMode") ');
    await q.query('CREATE INDEX "IDX_172f19f77fda93c69eb219bdd0" ON "registration" ("needQuality") ');
    await q.query('CREATE INDEX "IDX_4b6ebfba0fc0b0174a1d235479" ON "registration" ("needTraining") ');
    await q.query('CREATE INDEX "IDX_2c6b3c2cc770b90218abcb8801" ON "registration" ("nominatedAt") ');
    await q.query('CREATE INDEX "IDX_fecec899bc9d9ae757d4ebe8dd" ON "registration" ("status") ');
    await q.query('CREATE INDEX "IDX_164e6d64daa622acee78809386" ON "registration" ("batch") ');
    await q.query('CREATE INDEX "IDX_731bd514181f84026767d6b0c5" ON "registration" ("year") ');
    await q.query('CREATE INDEX "IDX_31ce9744cca2b5be325b9a2767" ON "registration" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_a74b38213620fffad45ea14f9b" ON "registration" ("formStatus") ');
    await q.query('DROP INDEX "IDX_8fa7e68a6e5696d874e7a576c8"');
    await q.query('DROP INDEX "IDX_50d821b5a666ef827c392289ed"');
    await q.query('DROP INDEX "IDX_df6b0950b002950142f99d2e4a"');
    await q.query('DROP INDEX "IDX_864ddcca8c3cfb3326ab60924e"');
    await q.query('DROP INDEX "IDX_2e37c6e7203ac8e771d97e7a28"');
    await q.query('DROP INDEX "IDX_8d32d2d240b9653fb867ce996f"');
    await q.query('DROP INDEX "IDX_f51cc6dd6714528f9c34b2a3ec"');
    await q.query('DROP INDEX "IDX_d7e1e2a2534116e871539b8174"');
    await q.query('DROP INDEX "IDX_7a08ec3c9f579af6463f517944"');
    await q.query('DROP INDEX "IDX_caf4b531e89186d07c40f81cc6"');
    await q.query('DROP INDEX "IDX_0b6731e6cd87f11975d5e8894b"');
    await q.query('DROP INDEX "IDX_ba2d5e49fa37002757edc75fcd"');
    await q.query('DROP INDEX "IDX_a0d9bff7b3b9e652fd7bdecbe3"');
    await q.query('ALTER TABLE "selection_round" RENAME TO "temporary_selection_round"');
    await q.query(
      'CREATE TABLE "selection_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'open\'), "params" text, "lockedAt" varchar(30), "lockedBy" varchar(40), "reopenReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_73eb7b37270a7f52a739b8e687a" UNIQUE ("year"), CONSTRAINT "UQ_f5239e83948103c1e1e6f3f7d37" UNIQUE ("roundId"))',
    );
    await q.query(
      'INSERT INTO "selection_round"("id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version", "roundId" FROM "temporary_selection_round"',
    );
    await q.query('DROP TABLE "temporary_selection_round"');
    await q.query('DROP INDEX "IDX_071666e944224985861cd545f5"');
    await q.query('DROP INDEX "IDX_e920cb5e81862d208a35e58e10"');
    await q.query('DROP INDEX "IDX_13d77af492d5a715d2895252e8"');
    await q.query('DROP INDEX "IDX_f01204a61cc73dbf3d30f5fb83"');
    await q.query('DROP INDEX "IDX_00abad81c286ac511d80d744ab"');
    await q.query('ALTER TABLE "training_class" RENAME TO "temporary_training_class"');
    await q.query(
      'CREATE TABLE "training_class" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(40) NOT NULL, "tracks" text, "year" integer NOT NULL DEFAULT (2025), "provider" varchar(50) NOT NULL DEFAULT (\'华中科技大学\'), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "sessionCount" integer NOT NULL DEFAULT (6), "daysPerSession" integer NOT NULL DEFAULT (3), "capacity" integer NOT NULL, "location" varchar(100), "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "remark" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "roundId" integer NOT NULL, CONSTRAINT "UQ_d7e1e2a2534116e871539b81745" UNIQUE ("name"))',
    );
    await q.query(
      'INSERT INTO "training_class"("id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId") SELECT "id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version", "roundId" FROM "temporary_training_class"',
    );
    await q.query('DROP TABLE "temporary_training_class"');
    await q.query('CREATE INDEX "IDX_071666e944224985861cd545f5" ON "training_class" ("kind") ');
    await q.query('CREATE INDEX "IDX_e920cb5e81862d208a35e58e10" ON "training_class" ("year") ');
    await q.query('CREATE INDEX "IDX_13d77af492d5a715d2895252e8" ON "training_class" ("startDate") ');
    await q.query('CREATE INDEX "IDX_f01204a61cc73dbf3d30f5fb83" ON "training_class" ("endDate") ');
    await q.query('CREATE INDEX "IDX_00abad81c286ac511d80d744ab" ON "training_class" ("status") ');
    await q.query('DROP INDEX "IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query('DROP INDEX "IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "IDX_0b5b7bb204f96bbc640ad70ef4"');
    await q.query('ALTER TABLE "trainee" RENAME TO "temporary_trainee"');
    await q.query(
      'CREATE TABLE "trainee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(20) NOT NULL, "gender" varchar(40) NOT NULL, "politicalStatus" varchar(40), "ethnicity" varchar(40) NOT NULL DEFAULT (\'01\'), "idNumber" varchar(18) NOT NULL, "mobile" varchar(20) NOT NULL, "email" varchar(100), "title" varchar(50) NOT NULL, "managementYears" integer, "address" varchar(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "intendedClass" varchar(40) NOT NULL, "classId" integer, "admissionStatus" varchar(40) NOT NULL DEFAULT (\'applied\'), "admissionNoticeNo" varchar(30), "certificateNo" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, "roundId" integer NOT NULL, CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "UQ_ba2d5e49fa37002757edc75fcde" UNIQUE ("idNumber"), CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "trainee"("id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId") SELECT "id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason", "roundId" FROM "temporary_trainee"',
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
    await q.query('CREATE INDEX "IDX_0b5b7bb204f96bbc640ad70ef4" ON "trainee" ("formStatus") ');
    await q.query('ALTER TABLE "selection_round" RENAME TO "temporary_selection_round"');
    await q.query(
      'CREATE TABLE "selection_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'open\'), "params" text, "lockedAt" varchar(30), "lockedBy" varchar(40), "reopenReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_73eb7b37270a7f52a739b8e687a" UNIQUE ("year"))',
    );
    await q.query(
      'INSERT INTO "selection_round"("id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version") SELECT "id", "year", "status", "params", "lockedAt", "lockedBy", "reopenReason", "createdAt", "updatedAt", "version" FROM "temporary_selection_round"',
    );
    await q.query('DROP TABLE "temporary_selection_round"');
    await q.query('DROP INDEX "IDX_1f3bf16d0d93d294d33d241367"');
    await q.query('DROP INDEX "IDX_f810274805c3209b23882375d6"');
    await q.query('DROP INDEX "IDX_7d1e56253c48e4f14a8b958443"');
    await q.query('DROP INDEX "IDX_d46460c288952e5c0cc2448c33"');
    await q.query('DROP INDEX "IDX_536fa1399681d39d68119d7ef6"');
    await q.query('DROP INDEX "IDX_a73b161f6b9b5caf0f68047bf1"');
    await q.query('DROP INDEX "IDX_56abfe176fe120434c4f3b4283"');
    await q.query('DROP INDEX "IDX_8e1ab4d10d388981c1d8975ed0"');
    await q.query('DROP INDEX "IDX_4635f95ea6ee437678810d5143"');
    await q.query('ALTER TABLE "selected_project" RENAME TO "temporary_selected_project"');
    await q.query(
      'CREATE TABLE "selected_project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "demandId" integer NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "rank" integer, "score" double precision, "services" text NOT NULL, "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "progress" integer NOT NULL DEFAULT (0), "milestones" text, "startDate" varchar(10), "endDate" varchar(10), "outcome" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_d0016aeb9334cd64ec66f47cd4e" UNIQUE ("demandId"), CONSTRAINT "FK_f810274805c3209b23882375d66" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_d0016aeb9334cd64ec66f47cd4e" FOREIGN KEY ("demandId") REFERENCES "tech_demand" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "selected_project"("id", "name", "demandId", "enterpriseId", "year", "rank", "score", "services", "status", "progress", "milestones", "startDate", "endDate", "outcome", "createdAt", "updatedAt", "version") SELECT "id", "name", "demandId", "enterpriseId", "year", "rank", "score", "services", "status", "progress", "milestones", "startDate", "endDate", "outcome", "createdAt", "updatedAt", "version" FROM "temporary_selected_project"',
    );
    await q.query('DROP TABLE "temporary_selected_project"');
    await q.query('CREATE INDEX "IDX_1f3bf16d0d93d294d33d241367" ON "selected_project" ("name") ');
    await q.query('CREATE INDEX "IDX_f810274805c3209b23882375d6" ON "selected_project" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_7d1e56253c48e4f14a8b958443" ON "selected_project" ("year") ');
    await q.query('CREATE INDEX "IDX_d46460c288952e5c0cc2448c33" ON "selected_project" ("rank") ');
    await q.query('CREATE INDEX "IDX_536fa1399681d39d68119d7ef6" ON "selected_project" ("score") ');
    await q.query('CREATE INDEX "IDX_a73b161f6b9b5caf0f68047bf1" ON "selected_project" ("status") ');
    await q.query('CREATE INDEX "IDX_56abfe176fe120434c4f3b4283" ON "selected_project" ("progress") ');
    await q.query('CREATE INDEX "IDX_8e1ab4d10d388981c1d8975ed0" ON "selected_project" ("startDate") ');
    await q.query('CREATE INDEX "IDX_4635f95ea6ee437678810d5143" ON "selected_project" ("endDate") ');
    await q.query('DROP INDEX "IDX_32bc3d2fc4578de7f0a2be744f"');
    await q.query('DROP INDEX "IDX_3f0c65be8ef9ae466717aa99f1"');
    await q.query('DROP INDEX "IDX_15b89995f681382a5d8a125fc3"');
    await q.query('DROP INDEX "IDX_751020213ba3d26e51ec80c001"');
    await q.query('DROP INDEX "IDX_a6f1dc696f25179d8bc3a42896"');
    await q.query('DROP INDEX "IDX_501aec13dcc44cf9a2c1dad113"');
    await q.query('ALTER TABLE "demand_review" RENAME TO "temporary_demand_review"');
    await q.query(
      'CREATE TABLE "demand_review" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "demandId" integer NOT NULL, "reviewerName" varchar(20) NOT NULL, "reviewerOrg" varchar(100), "recused" boolean NOT NULL DEFAULT (0), "recusalReason" varchar(200), "scores" text, "totalScore" double precision, "comment" text, "reviewedAt" varchar(10) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "FK_32bc3d2fc4578de7f0a2be744fb" FOREIGN KEY ("demandId") REFERENCES "tech_demand" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "demand_review"("id", "demandId", "reviewerName", "reviewerOrg", "recused", "recusalReason", "scores", "totalScore", "comment", "reviewedAt", "createdAt", "updatedAt", "version") SELECT "id", "demandId", "reviewerName", "reviewerOrg", "recused", "recusalReason", "scores", "totalScore", "comment", "reviewedAt", "createdAt", "updatedAt", "version" FROM "temporary_demand_review"',
    );
    await q.query('DROP TABLE "temporary_demand_review"');
    await q.query('CREATE INDEX "IDX_32bc3d2fc4578de7f0a2be744f" ON "demand_review" ("demandId") ');
    await q.query('CREATE INDEX "IDX_3f0c65be8ef9ae466717aa99f1" ON "demand_review" ("reviewerName") ');
    await q.query('CREATE INDEX "IDX_15b89995f681382a5d8a125fc3" ON "demand_review" ("recused") ');
    await q.query('CREATE INDEX "IDX_751020213ba3d26e51ec80c001" ON "demand_review" ("totalScore") ');
    await q.query('CREATE INDEX "IDX_a6f1dc696f25179d8bc3a42896" ON "demand_review" ("reviewedAt") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_501aec13dcc44cf9a2c1dad113" ON "demand_review" ("demandId", "reviewerName") ',
    );
    await q.query('DROP INDEX "IDX_2710d90afeea1932bed2caa37b"');
    await q.query('DROP INDEX "IDX_0e93746da946379783f7a8cd4a"');
    await q.query('DROP INDEX "IDX_6341e206d6432ee8152fc2b259"');
    await q.query('DROP INDEX "IDX_d9ff48f8f29066e5c7c25d3349"');
    await q.query('DROP INDEX "IDX_c9cd6cad34a63bc25be9361559"');
    await q.query('DROP INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc"');
    await q.query('DROP INDEX "IDX_597d57a5216c01eb4f5140fe36"');
    await q.query('DROP INDEX "IDX_b516478b670c90a3951bb06826"');
    await q.query('DROP INDEX "IDX_c12c88a279e356c13eba08ecfc"');
    await q.query('DROP INDEX "IDX_b87d2750dd1a4fa189d393dedf"');
    await q.query('DROP INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb"');
    await q.query('DROP INDEX "IDX_322ba807214a48c64b82ba05fb"');
    await q.query('DROP INDEX "IDX_16f58176d608f78e6f4ba3183a"');
    await q.query('ALTER TABLE "tech_demand" RENAME TO "temporary_tech_demand"');
    await q.query(
      'CREATE TABLE "tech_demand" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "year" integer NOT NULL DEFAULT (2025), "industryProducts" varchar(200) NOT NULL, "enterpriseType" varchar(40) NOT NULL DEFAULT (\'giant\'), "contactName" varchar(20) NOT NULL, "contactTitle" varchar(30), "contactPhone" varchar(20) NOT NULL, "categories" text NOT NULL, "details" text NOT NULL, "basis" text, "timeRequirement" varchar(200), "targets" text NOT NULL, "necessity" text, "budget" double precision, "pastCooperation" text, "publishable" boolean NOT NULL DEFAULT (1), "onSite" boolean NOT NULL DEFAULT (0), "status" varchar(40) NOT NULL DEFAULT (\'submitted\'), "score" double precision, "reviewCount" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, CONSTRAINT "FK_2cf7fe617ae50d579f2a2c3cbb3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b87d2750dd1a4fa189d393dedff" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "tech_demand"("id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason") SELECT "id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason" FROM "temporary_tech_demand"',
    );
    await q.query('DROP TABLE "temporary_tech_demand"');
    await q.query('CREATE INDEX "IDX_2710d90afeea1932bed2caa37b" ON "tech_demand" ("reviewCount") ');
    await q.query('CREATE INDEX "IDX_0e93746da946379783f7a8cd4a" ON "tech_demand" ("score") ');
    await q.query('CREATE INDEX "IDX_6341e206d6432ee8152fc2b259" ON "tech_demand" ("status") ');
    await q.query('CREATE INDEX "IDX_d9ff48f8f29066e5c7c25d3349" ON "tech_demand" ("onSite") ');
    await q.query('CREATE INDEX "IDX_c9cd6cad34a63bc25be9361559" ON "tech_demand" ("publishable") ');
    await q.query('CREATE INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc" ON "tech_demand" ("budget") ');
    await q.query('CREATE INDEX "IDX_597d57a5216c01eb4f5140fe36" ON "tech_demand" ("enterpriseType") ');
    await q.query('CREATE INDEX "IDX_b516478b670c90a3951bb06826" ON "tech_demand" ("industryProducts") ');
    await q.query('CREATE INDEX "IDX_c12c88a279e356c13eba08ecfc" ON "tech_demand" ("year") ');
    await q.query('CREATE INDEX "IDX_b87d2750dd1a4fa189d393dedf" ON "tech_demand" ("registrationId") ');
    await q.query('CREATE INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb" ON "tech_demand" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_322ba807214a48c64b82ba05fb" ON "tech_demand" ("title") ');
    await q.query('CREATE INDEX "IDX_16f58176d608f78e6f4ba3183a" ON "tech_demand" ("formStatus") ');
    await q.query('DROP INDEX "IDX_7de379d79f6991d4a82d9a7d80"');
    await q.query('DROP INDEX "IDX_3783f64e1564bf072a4d9d5831"');
    await q.query('DROP INDEX "IDX_581b59e6455fe5cb5f94ddf87e"');
    await q.query('DROP INDEX "IDX_920ae249848e9f8545be014f36"');
    await q.query('DROP INDEX "IDX_c2c73487de26287cef60af8d02"');
    await q.query('DROP INDEX "IDX_9dd7581fdc07c3353eb5c6d377"');
    await q.query('DROP INDEX "IDX_e003515ce987cb840a03c2631d"');
    await q.query('DROP INDEX "IDX_2d30f399f9f640b5ae5ce44870"');
    await q.query('DROP INDEX "IDX_b5fc15842d376acb2a9561e0fc"');
    await q.query('DROP INDEX "IDX_c21e77c2205bf6f2d228b7beee"');
    await q.query('DROP INDEX "IDX_08808b401e073bca2c31a2c795"');
    await q.query('DROP INDEX "IDX_4982fa3300c8c14eb8c90e45f9"');
    await q.query('ALTER TABLE "diagnostic" RENAME TO "temporary_diagnostic"');
    await q.query(
      'CREATE TABLE "diagnostic" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "kind" varchar(40) NOT NULL, "year" integer NOT NULL DEFAULT (2025), "mode" varchar(40) NOT NULL, "expectedMonth" integer, "focus" text, "provider" varchar(50) NOT NULL DEFAULT (\'广州赛宝认证中心服务有限公司\'), "status" varchar(40) NOT NULL DEFAULT (\'requested\'), "scheduledDate" varchar(10), "expert" varchar(50), "scores" text, "totalScore" double precision, "levelId" integer, "findings" text, "recommendations" text, "reportFile" varchar(300), "reportDeliveredAt" varchar(10), "cancelReason" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "FK_c21e77c2205bf6f2d228b7beeec" FOREIGN KEY ("levelId") REFERENCES "maturity_level" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_3783f64e1564bf072a4d9d58317" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_7de379d79f6991d4a82d9a7d80f" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "diagnostic"("id", "enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider", "status", "scheduledDate", "expert", "scores", "totalScore", "levelId", "findings", "recommendations", "reportFile", "reportDeliveredAt", "cancelReason", "createdAt", "updatedAt", "version") SELECT "id", "enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider", "status", "scheduledDate", "expert", "scores", "totalScore", "levelId", "findings", "recommendations", "reportFile", "reportDeliveredAt", "cancelReason", "createdAt", "updatedAt", "version" FROM "temporary_diagnostic"',
    );
    await q.query('DROP TABLE "temporary_diagnostic"');
    await q.query('CREATE INDEX "IDX_7de379d79f6991d4a82d9a7d80" ON "diagnostic" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_3783f64e1564bf072a4d9d5831" ON "diagnostic" ("registrationId") ');
    await q.query('CREATE INDEX "IDX_581b59e6455fe5cb5f94ddf87e" ON "diagnostic" ("kind") ');
    await q.query('CREATE INDEX "IDX_920ae249848e9f8545be014f36" ON "diagnostic" ("year") ');
    await q.query('CREATE INDEX "IDX_c2c73487de26287cef60af8d02" ON "diagnostic" ("mode") ');
    await q.query('CREATE INDEX "IDX_9dd7581fdc07c3353eb5c6d377" ON "diagnostic" ("status") ');
    await q.query('CREATE INDEX "IDX_e003515ce987cb840a03c2631d" ON "diagnostic" ("scheduledDate") ');
    await q.query('CREATE INDEX "IDX_2d30f399f9f640b5ae5ce44870" ON "diagnostic" ("expert") ');
    await q.query('CREATE INDEX "IDX_b5fc15842d376acb2a9561e0fc" ON "diagnostic" ("totalScore") ');
    await q.query('CREATE INDEX "IDX_c21e77c2205bf6f2d228b7beee" ON "diagnostic" ("levelId") ');
    await q.query('CREATE INDEX "IDX_08808b401e073bca2c31a2c795" ON "diagnostic" ("reportDeliveredAt") ');
    await q.query('CREATE INDEX "IDX_4982fa3300c8c14eb8c90e45f9" ON "diagnostic" ("kind", "status") ');
    await q.query('DROP INDEX "IDX_071666e944224985861cd545f5"');
    await q.query('DROP INDEX "IDX_e920cb5e81862d208a35e58e10"');
    await q.query('DROP INDEX "IDX_13d77af492d5a715d2895252e8"');
    await q.query('DROP INDEX "IDX_f01204a61cc73dbf3d30f5fb83"');
    await q.query('DROP INDEX "IDX_00abad81c286ac511d80d744ab"');
    await q.query('ALTER TABLE "training_class" RENAME TO "temporary_training_class"');
    await q.query(
      'CREATE TABLE "training_class" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "kind" varchar(40) NOT NULL, "tracks" text, "year" integer NOT NULL DEFAULT (2025), "provider" varchar(50) NOT NULL DEFAULT (\'华中科技大学\'), "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "sessionCount" integer NOT NULL DEFAULT (6), "daysPerSession" integer NOT NULL DEFAULT (3), "capacity" integer NOT NULL, "location" varchar(100), "status" varchar(40) NOT NULL DEFAULT (\'planned\'), "remark" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_d7e1e2a2534116e871539b81745" UNIQUE ("name"))',
    );
    await q.query(
      'INSERT INTO "training_class"("id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version") SELECT "id", "name", "kind", "tracks", "year", "provider", "startDate", "endDate", "sessionCount", "daysPerSession", "capacity", "location", "status", "remark", "createdAt", "updatedAt", "version" FROM "temporary_training_class"',
    );
    await q.query('DROP TABLE "temporary_training_class"');
    await q.query('CREATE INDEX "IDX_071666e944224985861cd545f5" ON "training_class" ("kind") ');
    await q.query('CREATE INDEX "IDX_e920cb5e81862d208a35e58e10" ON "training_class" ("year") ');
    await q.query('CREATE INDEX "IDX_13d77af492d5a715d2895252e8" ON "training_class" ("startDate") ');
    await q.query('CREATE INDEX "IDX_f01204a61cc73dbf3d30f5fb83" ON "training_class" ("endDate") ');
    await q.query('CREATE INDEX "IDX_00abad81c286ac511d80d744ab" ON "training_class" ("status") ');
    await q.query('DROP INDEX "IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query('DROP INDEX "IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "IDX_0b5b7bb204f96bbc640ad70ef4"');
    await q.query('ALTER TABLE "trainee" RENAME TO "temporary_trainee"');
    await q.query(
      'CREATE TABLE "trainee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(20) NOT NULL, "gender" varchar(40) NOT NULL, "politicalStatus" varchar(40), "ethnicity" varchar(40) NOT NULL DEFAULT (\'01\'), "idNumber" varchar(18) NOT NULL, "mobile" varchar(20) NOT NULL, "email" varchar(100), "title" varchar(50) NOT NULL, "managementYears" integer, "address" varchar(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "intendedClass" varchar(40) NOT NULL, "classId" integer, "admissionStatus" varchar(40) NOT NULL DEFAULT (\'applied\'), "admissionNoticeNo" varchar(30), "certificateNo" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "UQ_ba2d5e49fa37002757edc75fcde" UNIQUE ("idNumber"), CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "trainee"("id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason") SELECT "id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason" FROM "temporary_trainee"',
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
    await q.query('CREATE INDEX "IDX_0b5b7bb204f96bbc640ad70ef4" ON "trainee" ("formStatus") ');
    await q.query('DROP INDEX "IDX_08abee2ff0147012b6aacb0804"');
    await q.query('DROP INDEX "IDX_0d045b3ac345fcf0688d45fa34"');
    await q.query('DROP INDEX "IDX_bb214ffce16f5ac4e51cb1392f"');
    await q.query('DROP INDEX "IDX_62c30e9474b4da696eaf950847"');
    await q.query('DROP INDEX "IDX_12518f9b39f68625d47e729de8"');
    await q.query('DROP INDEX "IDX_172f19f77fda93c69eb219bdd0"');
    await q.query('DROP INDEX "IDX_4b6ebfba0fc0b0174a1d235479"');
    await q.query('DROP INDEX "IDX_2c6b3c2cc770b90218abcb8801"');
    await q.query('DROP INDEX "IDX_fecec899bc9d9ae757d4ebe8dd"');
    await q.query('DROP INDEX "IDX_164e6d64daa622acee78809386"');
    await q.query('DROP INDEX "IDX_731bd514181f84026767d6b0c5"');
    await q.query('DROP INDEX "IDX_31ce9744cca2b5be325b9a2767"');
    await q.query('DROP INDEX "IDX_a74b38213620fffad45ea14f9b"');
    await q.query('ALTER TABLE "registration" RENAME TO "temporary_registration"');
    await q.query(
      'CREATE TABLE "registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'nominated\'), "nominatedAt" varchar(10), "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT (0), "needQuality" boolean NOT NULL DEFAULT (0), "qualityMode" varchar(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT (0), "managementMode" varchar(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" varchar(200), "needTech" boolean NOT NULL DEFAULT (0), "techOnSite" boolean NOT NULL DEFAULT (0), "techMonth" integer, "suggestions" text, "signedBy" varchar(20), "declaredAt" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "registration"("id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason") SELECT "id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason" FROM "temporary_registration"',
    );
    await q.query('DROP TABLE "temporary_registration"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_08abee2ff0147012b6aacb0804" ON "registration" ("enterpriseId", "year", "batch") ',
    );
    await q.query('CREATE INDEX "IDX_0d045b3ac345fcf0688d45fa34" ON "registration" ("needTech") ');
    await q.query('CREATE INDEX "IDX_bb214ffce16f5ac4e51cb1392f" ON "registration" ("managementMode") ');
    await q.query('CREATE INDEX "IDX_62c30e9474b4da696eaf950847" ON "registration" ("needManagement") ');
    await q.query('CREATE INDEX "IDX_12518f9b39f68625d47e729de8" ON "registration" ("qualityMode") ');
    await q.query('CREATE INDEX "IDX_172f19f77fda93c69eb219bdd0" ON "registration" ("needQuality") ');
    await q.query('CREATE INDEX "IDX_4b6ebfba0fc0b0174a1d235479" ON "registration" ("needTraining") ');
    await q.query('CREATE INDEX "IDX_2c6b3c2cc770b90218abcb8801" ON "registration" ("nominatedAt") ');
    await q.query('CREATE INDEX "IDX_fecec899bc9d9ae757d4ebe8dd" ON "registration" ("status") ');
    await q.query('CREATE INDEX "IDX_164e6d64daa622acee78809386" ON "registration" ("batch") ');
    await q.query('CREATE INDEX "IDX_731bd514181f84026767d6b0c5" ON "registration" ("year") ');
    await q.query('CREATE INDEX "IDX_31ce9744cca2b5be325b9a2767" ON "registration" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_a74b38213620fffad45ea14f9b" ON "registration" ("formStatus") ');
    await q.query('DROP INDEX "IDX_bdd61dafdfa82373645ccb7f22"');
    await q.query('DROP INDEX "IDX_1d17aa393acc5aa495b0b6d5b2"');
    await q.query('ALTER TABLE "city" RENAME TO "temporary_city"');
    await q.query(
      'CREATE TABLE "city" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(6) NOT NULL, "name" varchar(20) NOT NULL, "kind" varchar(40) NOT NULL, "validGiants" integer NOT NULL DEFAULT (0), "deadline" varchar(10) NOT NULL DEFAULT (\'2025-06-25\'), "contactName" varchar(20), "contactPhone" varchar(30), "contactEmail" varchar(100), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_f8c0858628830a35f19efdc0ecf" UNIQUE ("name"), CONSTRAINT "UQ_b94ae715aad0d13e62f585ff11b" UNIQUE ("code"))',
    );
    await q.query(
      'INSERT INTO "city"("id", "code", "name", "kind", "validGiants", "contactName", "contactPhone", "contactEmail", "createdAt", "updatedAt", "version") SELECT "id", "code", "name", "kind", "validGiants", "contactName", "contactPhone", "contactEmail", "createdAt", "updatedAt", "version" FROM "temporary_city"',
    );
    await q.query('DROP TABLE "temporary_city"');
    await q.query('CREATE INDEX "IDX_bdd61dafdfa82373645ccb7f22" ON "city" ("kind") ');
    await q.query('CREATE INDEX "IDX_1d17aa393acc5aa495b0b6d5b2" ON "city" ("validGiants") ');
    await q.query('DROP INDEX "IDX_a9da3c084d3d7950336462028a"');
    await q.query('DROP INDEX "IDX_0710169263e919fcfc21534a16"');
    await q.query('DROP INDEX "IDX_9dfc20e02a5290c455c88bc4ae"');
    await q.query('DROP INDEX "IDX_f912cc055ac4f5cba3c7ba2649"');
    await q.query('DROP INDEX "IDX_da37ad7edd94fb29ea6d76b37b"');
    await q.query('DROP TABLE "round"');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_2c23a3f1f364bd768788564765" ON "diagnostic" ("enterpriseId", "kind", "year") ',
    );
    await q.query('CREATE INDEX "IDX_8c68cefec7ed3a618a5d0721a3" ON "trainee" ("enterpriseId", "year") ');
  }
}

import type { MigrationInterface, QueryRunner } from "typeorm";

export class EnterpriseForms1795976425162 implements MigrationInterface {
  name = "EnterpriseForms1795976425162";

  async up(q: QueryRunner) {
    // The trainee table gets its two columns in place (not rebuilt: a rebuild copies only the columns
    // known when this was generated, and a table is large).
    await q.query('ALTER TABLE "trainee" ADD COLUMN "formStatus" varchar(40)');
    await q.query('ALTER TABLE "trainee" ADD COLUMN "formReturnReason" text');
    await q.query(
      'CREATE TABLE "invitation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "codeHash" varchar(64) NOT NULL, "enterpriseId" integer NOT NULL, "createdBy" integer NOT NULL, "expiresAt" varchar(30) NOT NULL, "usedAt" varchar(30), "usedBy" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_210afb926f8d4bdaaadcb2c431c" UNIQUE ("codeHash"))',
    );
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
    await q.query(
      'CREATE TABLE "temporary_registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'nominated\'), "nominatedAt" varchar(10) NOT NULL, "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT (0), "needQuality" boolean NOT NULL DEFAULT (0), "qualityMode" varchar(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT (0), "managementMode" varchar(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" varchar(200), "needTech" boolean NOT NULL DEFAULT (0), "techOnSite" boolean NOT NULL DEFAULT (0), "techMonth" integer, "suggestions" text, "signedBy" varchar(20), "declaredAt" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_registration"("id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version") SELECT "id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version" FROM "registration"',
    );
    await q.query('DROP TABLE "registration"');
    await q.query('ALTER TABLE "temporary_registration" RENAME TO "registration"');
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
    await q.query(
      'CREATE TABLE "temporary_tech_demand" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "year" integer NOT NULL DEFAULT (2025), "industryProducts" varchar(200) NOT NULL, "enterpriseType" varchar(40) NOT NULL DEFAULT (\'giant\'), "contactName" varchar(20) NOT NULL, "contactTitle" varchar(30), "contactPhone" varchar(20) NOT NULL, "categories" text NOT NULL, "details" text NOT NULL, "basis" text, "timeRequirement" varchar(200), "targets" text NOT NULL, "necessity" text, "budget" double precision, "pastCooperation" text, "publishable" boolean NOT NULL DEFAULT (1), "onSite" boolean NOT NULL DEFAULT (0), "status" varchar(40) NOT NULL DEFAULT (\'submitted\'), "score" double precision, "reviewCount" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, CONSTRAINT "FK_b87d2750dd1a4fa189d393dedff" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2cf7fe617ae50d579f2a2c3cbb3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_tech_demand"("id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version") SELECT "id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version" FROM "tech_demand"',
    );
    await q.query('DROP TABLE "tech_demand"');
    await q.query('ALTER TABLE "temporary_tech_demand" RENAME TO "tech_demand"');
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
    await q.query('DROP INDEX "IDX_73b09db0d92c64eaefa7e744a2"');
    await q.query('DROP INDEX "IDX_bec1ef56fecaa6c10f13cf43e9"');
    await q.query('DROP INDEX "IDX_fa4afa3a2a75534c529d5e3aed"');
    await q.query('DROP INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4"');
    await q.query('DROP INDEX "IDX_8c03162517b0fc091e0601fed5"');
    await q.query(
      'CREATE TABLE "temporary_app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(40) NOT NULL, "displayName" varchar(50) NOT NULL, "role" varchar(40) NOT NULL, "cityId" integer, "services" text, "active" boolean NOT NULL DEFAULT (1), "passwordHash" varchar(200), "lastLoginAt" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "email" varchar(100), "enterpriseId" integer, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "FK_fa4afa3a2a75534c529d5e3aede" FOREIGN KEY ("cityId") REFERENCES "city" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_app_user"("id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version", "email") SELECT "id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version", "email" FROM "app_user"',
    );
    await q.query('DROP TABLE "app_user"');
    await q.query('ALTER TABLE "temporary_app_user" RENAME TO "app_user"');
    await q.query('CREATE INDEX "IDX_73b09db0d92c64eaefa7e744a2" ON "app_user" ("displayName") ');
    await q.query('CREATE INDEX "IDX_bec1ef56fecaa6c10f13cf43e9" ON "app_user" ("role") ');
    await q.query('CREATE INDEX "IDX_fa4afa3a2a75534c529d5e3aed" ON "app_user" ("cityId") ');
    await q.query('CREATE INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4" ON "app_user" ("active") ');
    await q.query('CREATE INDEX "IDX_8c03162517b0fc091e0601fed5" ON "app_user" ("lastLoginAt") ');
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
    await q.query(
      'CREATE TABLE "temporary_registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'nominated\'), "nominatedAt" varchar(10), "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT (0), "needQuality" boolean NOT NULL DEFAULT (0), "qualityMode" varchar(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT (0), "managementMode" varchar(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" varchar(200), "needTech" boolean NOT NULL DEFAULT (0), "techOnSite" boolean NOT NULL DEFAULT (0), "techMonth" integer, "suggestions" text, "signedBy" varchar(20), "declaredAt" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_registration"("id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason") SELECT "id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason" FROM "registration"',
    );
    await q.query('DROP TABLE "registration"');
    await q.query('ALTER TABLE "temporary_registration" RENAME TO "registration"');
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
    await q.query('CREATE INDEX "IDX_0b5b7bb204f96bbc640ad70ef4" ON "trainee" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_16f58176d608f78e6f4ba3183a" ON "tech_demand" ("formStatus") ');
    await q.query('CREATE INDEX "IDX_e657bb8ce5b051f3b57a8b8f7c" ON "app_user" ("enterpriseId") ');
    await q.query('DROP INDEX "IDX_73b09db0d92c64eaefa7e744a2"');
    await q.query('DROP INDEX "IDX_bec1ef56fecaa6c10f13cf43e9"');
    await q.query('DROP INDEX "IDX_fa4afa3a2a75534c529d5e3aed"');
    await q.query('DROP INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4"');
    await q.query('DROP INDEX "IDX_8c03162517b0fc091e0601fed5"');
    await q.query('DROP INDEX "IDX_e657bb8ce5b051f3b57a8b8f7c"');
    await q.query(
      'CREATE TABLE "temporary_app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(40) NOT NULL, "displayName" varchar(50) NOT NULL, "role" varchar(40) NOT NULL, "cityId" integer, "services" text, "active" boolean NOT NULL DEFAULT (1), "passwordHash" varchar(200), "lastLoginAt" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "email" varchar(100), "enterpriseId" integer, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "FK_fa4afa3a2a75534c529d5e3aede" FOREIGN KEY ("cityId") REFERENCES "city" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_e657bb8ce5b051f3b57a8b8f7c7" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_app_user"("id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version", "email", "enterpriseId") SELECT "id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version", "email", "enterpriseId" FROM "app_user"',
    );
    await q.query('DROP TABLE "app_user"');
    await q.query('ALTER TABLE "temporary_app_user" RENAME TO "app_user"');
    await q.query('CREATE INDEX "IDX_73b09db0d92c64eaefa7e744a2" ON "app_user" ("displayName") ');
    await q.query('CREATE INDEX "IDX_bec1ef56fecaa6c10f13cf43e9" ON "app_user" ("role") ');
    await q.query('CREATE INDEX "IDX_fa4afa3a2a75534c529d5e3aed" ON "app_user" ("cityId") ');
    await q.query('CREATE INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4" ON "app_user" ("active") ');
    await q.query('CREATE INDEX "IDX_8c03162517b0fc091e0601fed5" ON "app_user" ("lastLoginAt") ');
    await q.query('CREATE INDEX "IDX_e657bb8ce5b051f3b57a8b8f7c" ON "app_user" ("enterpriseId") ');
  }

  async down(q: QueryRunner) {
    await q.query('DROP INDEX "IDX_e657bb8ce5b051f3b57a8b8f7c"');
    await q.query('DROP INDEX "IDX_8c03162517b0fc091e0601fed5"');
    await q.query('DROP INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4"');
    await q.query('DROP INDEX "IDX_fa4afa3a2a75534c529d5e3aed"');
    await q.query('DROP INDEX "IDX_bec1ef56fecaa6c10f13cf43e9"');
    await q.query('DROP INDEX "IDX_73b09db0d92c64eaefa7e744a2"');
    await q.query('ALTER TABLE "app_user" RENAME TO "temporary_app_user"');
    await q.query(
      'CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(40) NOT NULL, "displayName" varchar(50) NOT NULL, "role" varchar(40) NOT NULL, "cityId" integer, "services" text, "active" boolean NOT NULL DEFAULT (1), "passwordHash" varchar(200), "lastLoginAt" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "email" varchar(100), "enterpriseId" integer, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "FK_fa4afa3a2a75534c529d5e3aede" FOREIGN KEY ("cityId") REFERENCES "city" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "app_user"("id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version", "email", "enterpriseId") SELECT "id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version", "email", "enterpriseId" FROM "temporary_app_user"',
    );
    await q.query('DROP TABLE "temporary_app_user"');
    await q.query('CREATE INDEX "IDX_e657bb8ce5b051f3b57a8b8f7c" ON "app_user" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_8c03162517b0fc091e0601fed5" ON "app_user" ("lastLoginAt") ');
    await q.query('CREATE INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4" ON "app_user" ("active") ');
    await q.query('CREATE INDEX "IDX_fa4afa3a2a75534c529d5e3aed" ON "app_user" ("cityId") ');
    await q.query('CREATE INDEX "IDX_bec1ef56fecaa6c10f13cf43e9" ON "app_user" ("role") ');
    await q.query('CREATE INDEX "IDX_73b09db0d92c64eaefa7e744a2" ON "app_user" ("displayName") ');
    await q.query('DROP INDEX "IDX_e657bb8ce5b051f3b57a8b8f7c"');
    await q.query('DROP INDEX "IDX_16f58176d608f78e6f4ba3183a"');
    await q.query('DROP INDEX "IDX_0b5b7bb204f96bbc640ad70ef4"');
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
    await q.query('ALTER TABLE "registration" RENAME TO "temporary_registration"');
    await q.query(
      'CREATE TABLE "registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'nominated\'), "nominatedAt" varchar(10) NOT NULL, "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT (0), "needQuality" boolean NOT NULL DEFAULT (0), "qualityMode" varchar(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT (0), "managementMode" varchar(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" varchar(200), "needTech" boolean NOT NULL DEFAULT (0), "techOnSite" boolean NOT NULL DEFAULT (0), "techMonth" integer, "suggestions" text, "signedBy" varchar(20), "declaredAt" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "formStatus" varchar(40), "formReturnReason" text, CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "registration"("id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason") SELECT "id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version", "formStatus", "formReturnReason" FROM "temporary_registration"',
    );
    await q.query('DROP TABLE "temporary_registration"');
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
    await q.query('DROP INDEX "IDX_8c03162517b0fc091e0601fed5"');
    await q.query('DROP INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4"');
    await q.query('DROP INDEX "IDX_fa4afa3a2a75534c529d5e3aed"');
    await q.query('DROP INDEX "IDX_bec1ef56fecaa6c10f13cf43e9"');
    await q.query('DROP INDEX "IDX_73b09db0d92c64eaefa7e744a2"');
    await q.query('ALTER TABLE "app_user" RENAME TO "temporary_app_user"');
    await q.query(
      'CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(40) NOT NULL, "displayName" varchar(50) NOT NULL, "role" varchar(40) NOT NULL, "cityId" integer, "services" text, "active" boolean NOT NULL DEFAULT (1), "passwordHash" varchar(200), "lastLoginAt" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "email" varchar(100), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "FK_fa4afa3a2a75534c529d5e3aede" FOREIGN KEY ("cityId") REFERENCES "city" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "app_user"("id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version", "email") SELECT "id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version", "email" FROM "temporary_app_user"',
    );
    await q.query('DROP TABLE "temporary_app_user"');
    await q.query('CREATE INDEX "IDX_8c03162517b0fc091e0601fed5" ON "app_user" ("lastLoginAt") ');
    await q.query('CREATE INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4" ON "app_user" ("active") ');
    await q.query('CREATE INDEX "IDX_fa4afa3a2a75534c529d5e3aed" ON "app_user" ("cityId") ');
    await q.query('CREATE INDEX "IDX_bec1ef56fecaa6c10f13cf43e9" ON "app_user" ("role") ');
    await q.query('CREATE INDEX "IDX_73b09db0d92c64eaefa7e744a2" ON "app_user" ("displayName") ');
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
    await q.query('ALTER TABLE "tech_demand" RENAME TO "temporary_tech_demand"');
    await q.query(
      'CREATE TABLE "tech_demand" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "year" integer NOT NULL DEFAULT (2025), "industryProducts" varchar(200) NOT NULL, "enterpriseType" varchar(40) NOT NULL DEFAULT (\'giant\'), "contactName" varchar(20) NOT NULL, "contactTitle" varchar(30), "contactPhone" varchar(20) NOT NULL, "categories" text NOT NULL, "details" text NOT NULL, "basis" text, "timeRequirement" varchar(200), "targets" text NOT NULL, "necessity" text, "budget" double precision, "pastCooperation" text, "publishable" boolean NOT NULL DEFAULT (1), "onSite" boolean NOT NULL DEFAULT (0), "status" varchar(40) NOT NULL DEFAULT (\'submitted\'), "score" double precision, "reviewCount" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "FK_b87d2750dd1a4fa189d393dedff" FOREIGN KEY ("registrationId") REFERENCES "registration" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2cf7fe617ae50d579f2a2c3cbb3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "tech_demand"("id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version") SELECT "id", "title", "enterpriseId", "registrationId", "year", "industryProducts", "enterpriseType", "contactName", "contactTitle", "contactPhone", "categories", "details", "basis", "timeRequirement", "targets", "necessity", "budget", "pastCooperation", "publishable", "onSite", "status", "score", "reviewCount", "createdAt", "updatedAt", "version" FROM "temporary_tech_demand"',
    );
    await q.query('DROP TABLE "temporary_tech_demand"');
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
    await q.query('DROP INDEX "IDX_8c68cefec7ed3a618a5d0721a3"');
    await q.query('DROP INDEX "IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query('ALTER TABLE "trainee" RENAME TO "temporary_trainee"');
    await q.query(
      'CREATE TABLE "trainee" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(20) NOT NULL, "gender" varchar(40) NOT NULL, "politicalStatus" varchar(40), "ethnicity" varchar(40) NOT NULL DEFAULT (\'01\'), "idNumber" varchar(18) NOT NULL, "mobile" varchar(20) NOT NULL, "email" varchar(100), "title" varchar(50) NOT NULL, "managementYears" integer, "address" varchar(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "intendedClass" varchar(40) NOT NULL, "classId" integer, "admissionStatus" varchar(40) NOT NULL DEFAULT (\'applied\'), "admissionNoticeNo" varchar(30), "certificateNo" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_ba2d5e49fa37002757edc75fcde" UNIQUE ("idNumber"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "trainee"("id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version") SELECT "id", "name", "gender", "politicalStatus", "ethnicity", "idNumber", "mobile", "email", "title", "managementYears", "address", "education", "socialRoles", "honours", "enterpriseId", "year", "intendedClass", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo", "createdAt", "updatedAt", "version" FROM "temporary_trainee"',
    );
    await q.query('DROP TABLE "temporary_trainee"');
    await q.query('CREATE INDEX "IDX_8c68cefec7ed3a618a5d0721a3" ON "trainee" ("enterpriseId", "year") ');
    await q.query('CREATE INDEX "IDX_309b0775b572dd30e043a3f58c" ON "trainee" ("admissionStatus") ');
    await q.query('CREATE INDEX "IDX_273b9cd94a3f5324fe0865140e" ON "trainee" ("classId") ');
    await q.query('CREATE INDEX "IDX_9b19fa85101b5fa8d3ba7517be" ON "trainee" ("intendedClass") ');
    await q.query('CREATE INDEX "IDX_5f37686c2b748ac111a5a2d8fe" ON "trainee" ("year") ');
    await q.query('CREATE INDEX "IDX_be316298d12bc79ce5727c566e" ON "trainee" ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_32005c94d71f0defa13cfdd42b" ON "trainee" ("ethnicity") ');
    await q.query('CREATE INDEX "IDX_49965efa0c0097530528d2e0d7" ON "trainee" ("politicalStatus") ');
    await q.query('CREATE INDEX "IDX_b9d7b91f791ea364e2be3a4fa3" ON "trainee" ("gender") ');
    await q.query('CREATE INDEX "IDX_a17064b696a8263e0fd7b5a3c0" ON "trainee" ("name") ');
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
    await q.query('ALTER TABLE "registration" RENAME TO "temporary_registration"');
    await q.query(
      'CREATE TABLE "registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT (2025), "batch" integer NOT NULL DEFAULT (1), "status" varchar(40) NOT NULL DEFAULT (\'nominated\'), "nominatedAt" varchar(10) NOT NULL, "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT (0), "needQuality" boolean NOT NULL DEFAULT (0), "qualityMode" varchar(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT (0), "managementMode" varchar(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" varchar(200), "needTech" boolean NOT NULL DEFAULT (0), "techOnSite" boolean NOT NULL DEFAULT (0), "techMonth" integer, "suggestions" text, "signedBy" varchar(20), "declaredAt" varchar(10), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "registration"("id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version") SELECT "id", "enterpriseId", "year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason", "needTraining", "needQuality", "qualityMode", "qualityMonth", "qualityFocus", "needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther", "needTech", "techOnSite", "techMonth", "suggestions", "signedBy", "declaredAt", "createdAt", "updatedAt", "version" FROM "temporary_registration"',
    );
    await q.query('DROP TABLE "temporary_registration"');
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
    await q.query('DROP TABLE "invitation"');
  }
}

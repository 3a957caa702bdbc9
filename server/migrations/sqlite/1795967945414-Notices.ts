import type { MigrationInterface, QueryRunner } from "typeorm";

export class Notices1795967945414 implements MigrationInterface {
  name = "Notices1795967945414";

  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE "notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(40) NOT NULL, "title" varchar(200) NOT NULL, "body" text, "link" varchar(300), "read" boolean NOT NULL DEFAULT (0), "dedupeKey" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_70be1e0bd651e2dc8435e916b2a" UNIQUE ("dedupeKey"))',
    );
    await q.query('CREATE INDEX "IDX_d0d4b8dac89a99634b7e1fde05" ON "notice" ("userId") ');
    await q.query('CREATE INDEX "IDX_99d91bee159f3034886c4713d0" ON "notice" ("kind") ');
    await q.query('CREATE INDEX "IDX_6fc15d97b26129d7c08e1572f8" ON "notice" ("read") ');
    await q.query('CREATE INDEX "IDX_e03bbca17d37a9208ab8404ab6" ON "notice" ("userId", "read") ');
    await q.query('DROP INDEX "IDX_8c03162517b0fc091e0601fed5"');
    await q.query('DROP INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4"');
    await q.query('DROP INDEX "IDX_fa4afa3a2a75534c529d5e3aed"');
    await q.query('DROP INDEX "IDX_bec1ef56fecaa6c10f13cf43e9"');
    await q.query('DROP INDEX "IDX_73b09db0d92c64eaefa7e744a2"');
    await q.query(
      'CREATE TABLE "temporary_app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(40) NOT NULL, "displayName" varchar(50) NOT NULL, "role" varchar(40) NOT NULL, "cityId" integer, "services" text, "active" boolean NOT NULL DEFAULT (1), "passwordHash" varchar(200), "lastLoginAt" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, "email" varchar(100), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "FK_fa4afa3a2a75534c529d5e3aede" FOREIGN KEY ("cityId") REFERENCES "city" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_app_user"("id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version") SELECT "id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version" FROM "app_user"',
    );
    await q.query('DROP TABLE "app_user"');
    await q.query('ALTER TABLE "temporary_app_user" RENAME TO "app_user"');
    await q.query('CREATE INDEX "IDX_8c03162517b0fc091e0601fed5" ON "app_user" ("lastLoginAt") ');
    await q.query('CREATE INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4" ON "app_user" ("active") ');
    await q.query('CREATE INDEX "IDX_fa4afa3a2a75534c529d5e3aed" ON "app_user" ("cityId") ');
    await q.query('CREATE INDEX "IDX_bec1ef56fecaa6c10f13cf43e9" ON "app_user" ("role") ');
    await q.query('CREATE INDEX "IDX_73b09db0d92c64eaefa7e744a2" ON "app_user" ("displayName") ');
    await q.query('DROP INDEX "IDX_d0d4b8dac89a99634b7e1fde05"');
    await q.query('DROP INDEX "IDX_99d91bee159f3034886c4713d0"');
    await q.query('DROP INDEX "IDX_6fc15d97b26129d7c08e1572f8"');
    await q.query('DROP INDEX "IDX_e03bbca17d37a9208ab8404ab6"');
    await q.query(
      'CREATE TABLE "temporary_notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(40) NOT NULL, "title" varchar(200) NOT NULL, "body" text, "link" varchar(300), "read" boolean NOT NULL DEFAULT (0), "dedupeKey" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_70be1e0bd651e2dc8435e916b2a" UNIQUE ("dedupeKey"), CONSTRAINT "FK_d0d4b8dac89a99634b7e1fde052" FOREIGN KEY ("userId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_notice"("id", "userId", "kind", "title", "body", "link", "read", "dedupeKey", "createdAt", "updatedAt", "version") SELECT "id", "userId", "kind", "title", "body", "link", "read", "dedupeKey", "createdAt", "updatedAt", "version" FROM "notice"',
    );
    await q.query('DROP TABLE "notice"');
    await q.query('ALTER TABLE "temporary_notice" RENAME TO "notice"');
    await q.query('CREATE INDEX "IDX_d0d4b8dac89a99634b7e1fde05" ON "notice" ("userId") ');
    await q.query('CREATE INDEX "IDX_99d91bee159f3034886c4713d0" ON "notice" ("kind") ');
    await q.query('CREATE INDEX "IDX_6fc15d97b26129d7c08e1572f8" ON "notice" ("read") ');
    await q.query('CREATE INDEX "IDX_e03bbca17d37a9208ab8404ab6" ON "notice" ("userId", "read") ');
  }

  async down(q: QueryRunner) {
    await q.query('DROP INDEX "IDX_e03bbca17d37a9208ab8404ab6"');
    await q.query('DROP INDEX "IDX_6fc15d97b26129d7c08e1572f8"');
    await q.query('DROP INDEX "IDX_99d91bee159f3034886c4713d0"');
    await q.query('DROP INDEX "IDX_d0d4b8dac89a99634b7e1fde05"');
    await q.query('ALTER TABLE "notice" RENAME TO "temporary_notice"');
    await q.query(
      'CREATE TABLE "notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(40) NOT NULL, "title" varchar(200) NOT NULL, "body" text, "link" varchar(300), "read" boolean NOT NULL DEFAULT (0), "dedupeKey" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_70be1e0bd651e2dc8435e916b2a" UNIQUE ("dedupeKey"))',
    );
    await q.query(
      'INSERT INTO "notice"("id", "userId", "kind", "title", "body", "link", "read", "dedupeKey", "createdAt", "updatedAt", "version") SELECT "id", "userId", "kind", "title", "body", "link", "read", "dedupeKey", "createdAt", "updatedAt", "version" FROM "temporary_notice"',
    );
    await q.query('DROP TABLE "temporary_notice"');
    await q.query('CREATE INDEX "IDX_e03bbca17d37a9208ab8404ab6" ON "notice" ("userId", "read") ');
    await q.query('CREATE INDEX "IDX_6fc15d97b26129d7c08e1572f8" ON "notice" ("read") ');
    await q.query('CREATE INDEX "IDX_99d91bee159f3034886c4713d0" ON "notice" ("kind") ');
    await q.query('CREATE INDEX "IDX_d0d4b8dac89a99634b7e1fde05" ON "notice" ("userId") ');
    await q.query('DROP INDEX "IDX_73b09db0d92c64eaefa7e744a2"');
    await q.query('DROP INDEX "IDX_bec1ef56fecaa6c10f13cf43e9"');
    await q.query('DROP INDEX "IDX_fa4afa3a2a75534c529d5e3aed"');
    await q.query('DROP INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4"');
    await q.query('DROP INDEX "IDX_8c03162517b0fc091e0601fed5"');
    await q.query('ALTER TABLE "app_user" RENAME TO "temporary_app_user"');
    await q.query(
      'CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(40) NOT NULL, "displayName" varchar(50) NOT NULL, "role" varchar(40) NOT NULL, "cityId" integer, "services" text, "active" boolean NOT NULL DEFAULT (1), "passwordHash" varchar(200), "lastLoginAt" varchar(30), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "version" integer NOT NULL, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "FK_fa4afa3a2a75534c529d5e3aede" FOREIGN KEY ("cityId") REFERENCES "city" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "app_user"("id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version") SELECT "id", "username", "displayName", "role", "cityId", "services", "active", "passwordHash", "lastLoginAt", "createdAt", "updatedAt", "version" FROM "temporary_app_user"',
    );
    await q.query('DROP TABLE "temporary_app_user"');
    await q.query('CREATE INDEX "IDX_73b09db0d92c64eaefa7e744a2" ON "app_user" ("displayName") ');
    await q.query('CREATE INDEX "IDX_bec1ef56fecaa6c10f13cf43e9" ON "app_user" ("role") ');
    await q.query('CREATE INDEX "IDX_fa4afa3a2a75534c529d5e3aed" ON "app_user" ("cityId") ');
    await q.query('CREATE INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4" ON "app_user" ("active") ');
    await q.query('CREATE INDEX "IDX_8c03162517b0fc091e0601fed5" ON "app_user" ("lastLoginAt") ');
    await q.query('DROP INDEX "IDX_e03bbca17d37a9208ab8404ab6"');
    await q.query('DROP INDEX "IDX_6fc15d97b26129d7c08e1572f8"');
    await q.query('DROP INDEX "IDX_99d91bee159f3034886c4713d0"');
    await q.query('DROP INDEX "IDX_d0d4b8dac89a99634b7e1fde05"');
    await q.query('DROP TABLE "notice"');
  }
}

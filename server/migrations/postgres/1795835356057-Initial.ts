import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795835356057 implements MigrationInterface {
  name = "Initial1795835356057";

  async up(q: QueryRunner) {
    await q.query(
      'CREATE TABLE "city" ("id" SERIAL NOT NULL, "code" character varying(6) NOT NULL, "name" character varying(20) NOT NULL, "kind" character varying(40) NOT NULL, "validGiants" integer NOT NULL DEFAULT \'0\', "deadline" character varying(10) NOT NULL DEFAULT \'2025-06-25\', "contactName" character varying(20), "contactPhone" character varying(30), "contactEmail" character varying(100), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_b94ae715aad0d13e62f585ff11b" UNIQUE ("code"), CONSTRAINT "UQ_f8c0858628830a35f19efdc0ecf" UNIQUE ("name"), CONSTRAINT "PK_b222f51ce26f7e5ca86944a6739" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_bdd61dafdfa82373645ccb7f22" ON "city"  ("kind") ');
    await q.query('CREATE INDEX "IDX_1d17aa393acc5aa495b0b6d5b2" ON "city"  ("validGiants") ');
    await q.query(
      'CREATE TABLE "enterprise" ("id" SERIAL NOT NULL, "name" character varying(100) NOT NULL, "creditCode" character varying(18) NOT NULL, "creditCodeConfirmed" boolean NOT NULL DEFAULT false, "cityId" integer NOT NULL, "address" character varying(200), "keyGiantStatus" character varying(40) NOT NULL DEFAULT \'none\', "giantBatch" character varying(40) NOT NULL, "validUntil" character varying(10) NOT NULL, "reviewStatus" character varying(40) NOT NULL DEFAULT \'notDue\', "industry" character varying(50) NOT NULL, "priorityIndustry" character varying(40) NOT NULL DEFAULT \'other\', "mainProducts" text, "legalRepresentative" character varying(20), "contactName" character varying(20) NOT NULL, "contactTitle" character varying(30), "contactPhone" character varying(20) NOT NULL, "contactEmail" character varying(100), "website" character varying(200), "listed" boolean NOT NULL DEFAULT false, "ipoPlan" boolean NOT NULL DEFAULT false, "ipoProgress" character varying(40), "ipoBoard" character varying(40), "titles" text, "titlesOther" character varying(200), "remark" text, "typicalCase" boolean NOT NULL DEFAULT false, "caseWriteUp" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_9cb1264e50e7d3b48229da3bed6" UNIQUE ("name"), CONSTRAINT "UQ_ee1b8b9f32a67f2afc71e527d03" UNIQUE ("creditCode"), CONSTRAINT "PK_09687cd306dc5d486c0e227c471" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_d1f06709694a0ea6730d1e6c38" ON "enterprise"  ("cityId") ');
    await q.query('CREATE INDEX "IDX_80dcc2fc1133ddbd9a6545ee75" ON "enterprise"  ("keyGiantStatus") ');
    await q.query('CREATE INDEX "IDX_64950446e3e62bce439e2048e5" ON "enterprise"  ("giantBatch") ');
    await q.query('CREATE INDEX "IDX_70666d7782127a1eeec8a3ac82" ON "enterprise"  ("validUntil") ');
    await q.query('CREATE INDEX "IDX_34ac117e931e7866c68acb08ee" ON "enterprise"  ("reviewStatus") ');
    await q.query('CREATE INDEX "IDX_c2bc3074fd71747792f40bd950" ON "enterprise"  ("industry") ');
    await q.query('CREATE INDEX "IDX_3d32bd051e09c56d1017e738f7" ON "enterprise"  ("priorityIndustry") ');
    await q.query('CREATE INDEX "IDX_9504e603a35b26f8bf89d59aa5" ON "enterprise"  ("contactName") ');
    await q.query('CREATE INDEX "IDX_6677438725fe6697880798f016" ON "enterprise"  ("listed") ');
    await q.query('CREATE INDEX "IDX_9160e70872b6da2582428df300" ON "enterprise"  ("ipoPlan") ');
    await q.query('CREATE INDEX "IDX_9a493c31fab2e1fe92e621145a" ON "enterprise"  ("ipoProgress") ');
    await q.query('CREATE INDEX "IDX_8838bb8d8b6ea86e442c30a052" ON "enterprise"  ("ipoBoard") ');
    await q.query('CREATE INDEX "IDX_0c69767192d543c3ce90ef9d69" ON "enterprise"  ("typicalCase") ');
    await q.query(
      'CREATE INDEX "IDX_be6098e1e3a87e23721caed15d" ON "enterprise"  ("cityId", "priorityIndustry", "name") ',
    );
    await q.query('CREATE INDEX "IDX_97895979ff3f4c4e03b77082c2" ON "enterprise"  ("cityId", "name") ');
    await q.query(
      'CREATE TABLE "registration" ("id" SERIAL NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT \'2025\', "batch" integer NOT NULL DEFAULT \'1\', "status" character varying(40) NOT NULL DEFAULT \'nominated\', "nominatedAt" character varying(10) NOT NULL, "returnReason" text, "overQuotaReason" text, "needTraining" boolean NOT NULL DEFAULT false, "needQuality" boolean NOT NULL DEFAULT false, "qualityMode" character varying(40), "qualityMonth" integer, "qualityFocus" text, "needManagement" boolean NOT NULL DEFAULT false, "managementMode" character varying(40), "managementMonth" integer, "managementFocus" text, "managementFocusOther" character varying(200), "needTech" boolean NOT NULL DEFAULT false, "techOnSite" boolean NOT NULL DEFAULT false, "techMonth" integer, "suggestions" text, "signedBy" character varying(20), "declaredAt" character varying(10), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_cb23dc9d28df8801b15e9e2b8d6" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_31ce9744cca2b5be325b9a2767" ON "registration"  ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_731bd514181f84026767d6b0c5" ON "registration"  ("year") ');
    await q.query('CREATE INDEX "IDX_164e6d64daa622acee78809386" ON "registration"  ("batch") ');
    await q.query('CREATE INDEX "IDX_fecec899bc9d9ae757d4ebe8dd" ON "registration"  ("status") ');
    await q.query('CREATE INDEX "IDX_2c6b3c2cc770b90218abcb8801" ON "registration"  ("nominatedAt") ');
    await q.query('CREATE INDEX "IDX_4b6ebfba0fc0b0174a1d235479" ON "registration"  ("needTraining") ');
    await q.query('CREATE INDEX "IDX_172f19f77fda93c69eb219bdd0" ON "registration"  ("needQuality") ');
    await q.query('CREATE INDEX "IDX_12518f9b39f68625d47e729de8" ON "registration"  ("qualityMode") ');
    await q.query('CREATE INDEX "IDX_62c30e9474b4da696eaf950847" ON "registration"  ("needManagement") ');
    await q.query('CREATE INDEX "IDX_bb214ffce16f5ac4e51cb1392f" ON "registration"  ("managementMode") ');
    await q.query('CREATE INDEX "IDX_0d045b3ac345fcf0688d45fa34" ON "registration"  ("needTech") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_08abee2ff0147012b6aacb0804" ON "registration"  ("enterpriseId", "year", "batch") ',
    );
    await q.query(
      'CREATE TABLE "follow_up" ("id" SERIAL NOT NULL, "enterpriseId" integer NOT NULL, "date" character varying(10) NOT NULL, "service" character varying(40) NOT NULL, "content" text NOT NULL, "nextStep" text, "staff" character varying(30), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_07fe3031eabf50df0a58311622" ON "follow_up"  ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_958417db344a828c3681056b0f" ON "follow_up"  ("date") ');
    await q.query('CREATE INDEX "IDX_901bc12feebe2c745fe6604ac8" ON "follow_up"  ("service") ');
    await q.query('CREATE INDEX "IDX_cf189620456179e55cc1a23f17" ON "follow_up"  ("staff") ');
    await q.query(
      'CREATE TABLE "trainee" ("id" SERIAL NOT NULL, "name" character varying(20) NOT NULL, "gender" character varying(40) NOT NULL, "photo" text, "politicalStatus" character varying(40), "ethnicity" character varying(40) NOT NULL DEFAULT \'01\', "idNumber" character varying(18) NOT NULL, "mobile" character varying(20) NOT NULL, "email" character varying(100), "title" character varying(50) NOT NULL, "managementYears" integer, "address" character varying(200), "education" text, "socialRoles" text, "honours" text, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT \'2025\', "intendedClass" character varying(40) NOT NULL, "classId" integer, "admissionStatus" character varying(40) NOT NULL DEFAULT \'applied\', "admissionNoticeNo" character varying(30), "certificateNo" character varying(30), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_ba2d5e49fa37002757edc75fcde" UNIQUE ("idNumber"), CONSTRAINT "UQ_1576a9f516700380ce63f1b856d" UNIQUE ("admissionNoticeNo"), CONSTRAINT "UQ_3d31e64552b802b7a133acaa4ac" UNIQUE ("certificateNo"), CONSTRAINT "PK_7bb8bcb39effdfc30d4f67e9eb8" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_a17064b696a8263e0fd7b5a3c0" ON "trainee"  ("name") ');
    await q.query('CREATE INDEX "IDX_b9d7b91f791ea364e2be3a4fa3" ON "trainee"  ("gender") ');
    await q.query('CREATE INDEX "IDX_49965efa0c0097530528d2e0d7" ON "trainee"  ("politicalStatus") ');
    await q.query('CREATE INDEX "IDX_32005c94d71f0defa13cfdd42b" ON "trainee"  ("ethnicity") ');
    await q.query('CREATE INDEX "IDX_be316298d12bc79ce5727c566e" ON "trainee"  ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_5f37686c2b748ac111a5a2d8fe" ON "trainee"  ("year") ');
    await q.query('CREATE INDEX "IDX_9b19fa85101b5fa8d3ba7517be" ON "trainee"  ("intendedClass") ');
    await q.query('CREATE INDEX "IDX_273b9cd94a3f5324fe0865140e" ON "trainee"  ("classId") ');
    await q.query('CREATE INDEX "IDX_309b0775b572dd30e043a3f58c" ON "trainee"  ("admissionStatus") ');
    await q.query('CREATE INDEX "IDX_8c68cefec7ed3a618a5d0721a3" ON "trainee"  ("enterpriseId", "year") ');
    await q.query(
      'CREATE TABLE "training_class" ("id" SERIAL NOT NULL, "name" character varying(50) NOT NULL, "kind" character varying(40) NOT NULL, "tracks" text, "year" integer NOT NULL DEFAULT \'2025\', "provider" character varying(50) NOT NULL DEFAULT \'华中科技大学\', "startDate" character varying(10) NOT NULL, "endDate" character varying(10) NOT NULL, "sessionCount" integer NOT NULL DEFAULT \'6\', "daysPerSession" integer NOT NULL DEFAULT \'3\', "capacity" integer NOT NULL, "location" character varying(100), "status" character varying(40) NOT NULL DEFAULT \'planned\', "remark" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_d7e1e2a2534116e871539b81745" UNIQUE ("name"), CONSTRAINT "PK_ef887023f3056dca57af280ba25" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_071666e944224985861cd545f5" ON "training_class"  ("kind") ');
    await q.query('CREATE INDEX "IDX_e920cb5e81862d208a35e58e10" ON "training_class"  ("year") ');
    await q.query('CREATE INDEX "IDX_13d77af492d5a715d2895252e8" ON "training_class"  ("startDate") ');
    await q.query('CREATE INDEX "IDX_f01204a61cc73dbf3d30f5fb83" ON "training_class"  ("endDate") ');
    await q.query('CREATE INDEX "IDX_00abad81c286ac511d80d744ab" ON "training_class"  ("status") ');
    await q.query(
      'CREATE TABLE "class_session" ("id" SERIAL NOT NULL, "classId" integer NOT NULL, "seq" integer NOT NULL, "startDate" character varying(10) NOT NULL, "endDate" character varying(10) NOT NULL, "topic" character varying(100) NOT NULL, "location" character varying(100), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_a3d6e3f59db21b19a3b6eb908d9" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_e96a68f8862b080d418f7b4f32" ON "class_session"  ("classId") ');
    await q.query('CREATE INDEX "IDX_63e5fa5de8e1e206e26bc792e5" ON "class_session"  ("seq") ');
    await q.query('CREATE INDEX "IDX_efdb8a5866d7d8bf552bbcf8cd" ON "class_session"  ("startDate") ');
    await q.query('CREATE INDEX "IDX_a406497cb485a408651c56cf76" ON "class_session"  ("endDate") ');
    await q.query('CREATE INDEX "IDX_c7c4f6044686e525a49c3abe4a" ON "class_session"  ("topic") ');
    await q.query('CREATE UNIQUE INDEX "IDX_d546068a7c6cbc5b031dac8e4a" ON "class_session"  ("classId", "seq") ');
    await q.query(
      'CREATE TABLE "attendance" ("id" SERIAL NOT NULL, "sessionId" integer NOT NULL, "traineeId" integer NOT NULL, "date" character varying(10) NOT NULL, "status" character varying(40) NOT NULL DEFAULT \'present\', "note" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_4b3ed2a2a22881087475bc2e59" ON "attendance"  ("sessionId") ');
    await q.query('CREATE INDEX "IDX_1e1cb0ff3f37254df2cbbe5b09" ON "attendance"  ("traineeId") ');
    await q.query('CREATE INDEX "IDX_ff05fd5159e6d9d99514d46531" ON "attendance"  ("date") ');
    await q.query('CREATE INDEX "IDX_6c7d122274f36e2e496c68a8ca" ON "attendance"  ("status") ');
    await q.query('CREATE UNIQUE INDEX "IDX_dcf60e4fd91de29272710d47ce" ON "attendance"  ("traineeId", "date") ');
    await q.query(
      'CREATE TABLE "diagnostic" ("id" SERIAL NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "kind" character varying(40) NOT NULL, "year" integer NOT NULL DEFAULT \'2025\', "mode" character varying(40) NOT NULL, "expectedMonth" integer, "focus" text, "provider" character varying(50) NOT NULL DEFAULT \'广州赛宝认证中心服务有限公司\', "status" character varying(40) NOT NULL DEFAULT \'requested\', "scheduledDate" character varying(10), "expert" character varying(50), "scores" text, "totalScore" double precision, "levelId" integer, "findings" text, "recommendations" text, "reportFile" character varying(300), "reportDeliveredAt" character varying(10), "cancelReason" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_98c9b0b51c24cd981d15ee3091b" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_7de379d79f6991d4a82d9a7d80" ON "diagnostic"  ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_3783f64e1564bf072a4d9d5831" ON "diagnostic"  ("registrationId") ');
    await q.query('CREATE INDEX "IDX_581b59e6455fe5cb5f94ddf87e" ON "diagnostic"  ("kind") ');
    await q.query('CREATE INDEX "IDX_920ae249848e9f8545be014f36" ON "diagnostic"  ("year") ');
    await q.query('CREATE INDEX "IDX_c2c73487de26287cef60af8d02" ON "diagnostic"  ("mode") ');
    await q.query('CREATE INDEX "IDX_9dd7581fdc07c3353eb5c6d377" ON "diagnostic"  ("status") ');
    await q.query('CREATE INDEX "IDX_e003515ce987cb840a03c2631d" ON "diagnostic"  ("scheduledDate") ');
    await q.query('CREATE INDEX "IDX_2d30f399f9f640b5ae5ce44870" ON "diagnostic"  ("expert") ');
    await q.query('CREATE INDEX "IDX_b5fc15842d376acb2a9561e0fc" ON "diagnostic"  ("totalScore") ');
    await q.query('CREATE INDEX "IDX_c21e77c2205bf6f2d228b7beee" ON "diagnostic"  ("levelId") ');
    await q.query('CREATE INDEX "IDX_08808b401e073bca2c31a2c795" ON "diagnostic"  ("reportDeliveredAt") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_2c23a3f1f364bd768788564765" ON "diagnostic"  ("enterpriseId", "kind", "year") ',
    );
    await q.query('CREATE INDEX "IDX_4982fa3300c8c14eb8c90e45f9" ON "diagnostic"  ("kind", "status") ');
    await q.query(
      'CREATE TABLE "diagnosis_dimension" ("id" SERIAL NOT NULL, "kind" character varying(40) NOT NULL, "name" character varying(50) NOT NULL, "description" text, "weight" double precision NOT NULL DEFAULT \'1\', "sortOrder" integer NOT NULL DEFAULT \'0\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_c143cd3ed74ebf2b2c6a4b7d063" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_8b897c0f38d2449d208862bc36" ON "diagnosis_dimension"  ("kind") ');
    await q.query('CREATE INDEX "IDX_2a0862ad91dff4221a0c3261fc" ON "diagnosis_dimension"  ("name") ');
    await q.query('CREATE INDEX "IDX_1056cfccbe07ef4b8d96994207" ON "diagnosis_dimension"  ("sortOrder") ');
    await q.query('CREATE UNIQUE INDEX "IDX_4d8edbefc3ad392bedc15addfa" ON "diagnosis_dimension"  ("kind", "name") ');
    await q.query(
      'CREATE TABLE "maturity_level" ("id" SERIAL NOT NULL, "kind" character varying(40) NOT NULL, "level" integer NOT NULL, "name" character varying(30) NOT NULL, "minScore" double precision NOT NULL, "description" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_604ca0324e2dc40817174286029" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_1bbb4d3678aab7167b933b4715" ON "maturity_level"  ("kind") ');
    await q.query('CREATE INDEX "IDX_bfbac3b7d5d4a1e7c1fed5815b" ON "maturity_level"  ("level") ');
    await q.query('CREATE INDEX "IDX_da7bd5d1477298a7978c3cc406" ON "maturity_level"  ("name") ');
    await q.query('CREATE INDEX "IDX_70d95c2d65e29bbf98b9c50222" ON "maturity_level"  ("minScore") ');
    await q.query('CREATE UNIQUE INDEX "IDX_367466010aaf2ea84f74875c1e" ON "maturity_level"  ("kind", "level") ');
    await q.query(
      'CREATE TABLE "tech_demand" ("id" SERIAL NOT NULL, "title" character varying(100) NOT NULL, "enterpriseId" integer NOT NULL, "registrationId" integer, "year" integer NOT NULL DEFAULT \'2025\', "industryProducts" character varying(200) NOT NULL, "enterpriseType" character varying(40) NOT NULL DEFAULT \'giant\', "contactName" character varying(20) NOT NULL, "contactTitle" character varying(30), "contactPhone" character varying(20) NOT NULL, "categories" text NOT NULL, "details" text NOT NULL, "basis" text, "timeRequirement" character varying(200), "targets" text NOT NULL, "necessity" text, "budget" double precision, "pastCooperation" text, "publishable" boolean NOT NULL DEFAULT true, "onSite" boolean NOT NULL DEFAULT false, "status" character varying(40) NOT NULL DEFAULT \'submitted\', "score" double precision, "reviewCount" integer NOT NULL DEFAULT \'0\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_82612945a5d2654bb0002c48980" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_322ba807214a48c64b82ba05fb" ON "tech_demand"  ("title") ');
    await q.query('CREATE INDEX "IDX_2cf7fe617ae50d579f2a2c3cbb" ON "tech_demand"  ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_b87d2750dd1a4fa189d393dedf" ON "tech_demand"  ("registrationId") ');
    await q.query('CREATE INDEX "IDX_c12c88a279e356c13eba08ecfc" ON "tech_demand"  ("year") ');
    await q.query('CREATE INDEX "IDX_b516478b670c90a3951bb06826" ON "tech_demand"  ("industryProducts") ');
    await q.query('CREATE INDEX "IDX_597d57a5216c01eb4f5140fe36" ON "tech_demand"  ("enterpriseType") ');
    await q.query('CREATE INDEX "IDX_f4b4f78f4bc3c058c3a6dbc8fc" ON "tech_demand"  ("budget") ');
    await q.query('CREATE INDEX "IDX_c9cd6cad34a63bc25be9361559" ON "tech_demand"  ("publishable") ');
    await q.query('CREATE INDEX "IDX_d9ff48f8f29066e5c7c25d3349" ON "tech_demand"  ("onSite") ');
    await q.query('CREATE INDEX "IDX_6341e206d6432ee8152fc2b259" ON "tech_demand"  ("status") ');
    await q.query('CREATE INDEX "IDX_0e93746da946379783f7a8cd4a" ON "tech_demand"  ("score") ');
    await q.query('CREATE INDEX "IDX_2710d90afeea1932bed2caa37b" ON "tech_demand"  ("reviewCount") ');
    await q.query(
      'CREATE TABLE "review_criterion" ("id" SERIAL NOT NULL, "name" character varying(30) NOT NULL, "weight" double precision NOT NULL, "description" text, "sortOrder" integer NOT NULL DEFAULT \'0\', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_eecfb64a7a020333cfaaa50bd72" UNIQUE ("name"), CONSTRAINT "PK_48f43b590c2d7ad6491049d566f" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_fc8a55d5cce5bb65f82e8a01f9" ON "review_criterion"  ("sortOrder") ');
    await q.query(
      'CREATE TABLE "demand_review" ("id" SERIAL NOT NULL, "demandId" integer NOT NULL, "reviewerName" character varying(20) NOT NULL, "reviewerOrg" character varying(100), "recused" boolean NOT NULL DEFAULT false, "recusalReason" character varying(200), "scores" text, "totalScore" double precision, "comment" text, "reviewedAt" character varying(10) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_1cbef28a5169e637e049afcdec7" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_32bc3d2fc4578de7f0a2be744f" ON "demand_review"  ("demandId") ');
    await q.query('CREATE INDEX "IDX_3f0c65be8ef9ae466717aa99f1" ON "demand_review"  ("reviewerName") ');
    await q.query('CREATE INDEX "IDX_15b89995f681382a5d8a125fc3" ON "demand_review"  ("recused") ');
    await q.query('CREATE INDEX "IDX_751020213ba3d26e51ec80c001" ON "demand_review"  ("totalScore") ');
    await q.query('CREATE INDEX "IDX_a6f1dc696f25179d8bc3a42896" ON "demand_review"  ("reviewedAt") ');
    await q.query(
      'CREATE UNIQUE INDEX "IDX_501aec13dcc44cf9a2c1dad113" ON "demand_review"  ("demandId", "reviewerName") ',
    );
    await q.query(
      'CREATE TABLE "selected_project" ("id" SERIAL NOT NULL, "name" character varying(100) NOT NULL, "demandId" integer NOT NULL, "enterpriseId" integer NOT NULL, "year" integer NOT NULL DEFAULT \'2025\', "rank" integer, "score" double precision, "services" text NOT NULL, "status" character varying(40) NOT NULL DEFAULT \'planned\', "progress" integer NOT NULL DEFAULT \'0\', "milestones" text, "startDate" character varying(10), "endDate" character varying(10), "outcome" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_d0016aeb9334cd64ec66f47cd4e" UNIQUE ("demandId"), CONSTRAINT "PK_d25442424c83a4d964110a7f5cd" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_1f3bf16d0d93d294d33d241367" ON "selected_project"  ("name") ');
    await q.query('CREATE INDEX "IDX_f810274805c3209b23882375d6" ON "selected_project"  ("enterpriseId") ');
    await q.query('CREATE INDEX "IDX_7d1e56253c48e4f14a8b958443" ON "selected_project"  ("year") ');
    await q.query('CREATE INDEX "IDX_d46460c288952e5c0cc2448c33" ON "selected_project"  ("rank") ');
    await q.query('CREATE INDEX "IDX_536fa1399681d39d68119d7ef6" ON "selected_project"  ("score") ');
    await q.query('CREATE INDEX "IDX_a73b161f6b9b5caf0f68047bf1" ON "selected_project"  ("status") ');
    await q.query('CREATE INDEX "IDX_56abfe176fe120434c4f3b4283" ON "selected_project"  ("progress") ');
    await q.query('CREATE INDEX "IDX_8e1ab4d10d388981c1d8975ed0" ON "selected_project"  ("startDate") ');
    await q.query('CREATE INDEX "IDX_4635f95ea6ee437678810d5143" ON "selected_project"  ("endDate") ');
    await q.query(
      'CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "username" character varying(40) NOT NULL, "displayName" character varying(50) NOT NULL, "role" character varying(40) NOT NULL, "cityId" integer, "services" text, "active" boolean NOT NULL DEFAULT true, "passwordHash" character varying(200), "lastLoginAt" character varying(30), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_73b09db0d92c64eaefa7e744a2" ON "app_user"  ("displayName") ');
    await q.query('CREATE INDEX "IDX_bec1ef56fecaa6c10f13cf43e9" ON "app_user"  ("role") ');
    await q.query('CREATE INDEX "IDX_fa4afa3a2a75534c529d5e3aed" ON "app_user"  ("cityId") ');
    await q.query('CREATE INDEX "IDX_f2cf63cf7cbf9a73140c2b1ee4" ON "app_user"  ("active") ');
    await q.query('CREATE INDEX "IDX_8c03162517b0fc091e0601fed5" ON "app_user"  ("lastLoginAt") ');
    await q.query(
      'CREATE TABLE "audit_log" ("id" SERIAL NOT NULL, "at" character varying(30) NOT NULL, "userId" integer, "username" character varying(40), "action" character varying(40) NOT NULL, "resource" character varying(40), "recordIds" text, "changes" text, "summary" text, "ip" character varying(60), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") ');
    await q.query('CREATE INDEX "IDX_2621409ebc295c5da7ff3e4139" ON "audit_log"  ("userId") ');
    await q.query('CREATE INDEX "IDX_12fb85d7a841467f3a206c2f7a" ON "audit_log"  ("username") ');
    await q.query('CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log"  ("action") ');
    await q.query('CREATE INDEX "IDX_f3a5ab974f55c29730903d612e" ON "audit_log"  ("resource") ');
    await q.query(
      'CREATE TABLE "app_session" ("id" SERIAL NOT NULL, "tokenHash" character varying(64) NOT NULL, "userId" integer NOT NULL, "expiresAt" character varying(30) NOT NULL, "lastSeenAt" character varying(30) NOT NULL, "ip" character varying(60), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_9c1a745697a4915898da815cb1a" UNIQUE ("tokenHash"), CONSTRAINT "PK_187a3ca47eeeef55990a73447b9" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_668b7a8ff1eb635e2c6888e309" ON "app_session"  ("userId") ');
    await q.query('CREATE INDEX "IDX_e8e3f65d4d0e4ef2b69a6ed582" ON "app_session"  ("expiresAt") ');
    await q.query(
      'CREATE TABLE "login_throttle" ("id" SERIAL NOT NULL, "key" character varying(120) NOT NULL, "failures" integer NOT NULL DEFAULT \'0\', "lockedUntil" character varying(30), "lastFailureAt" character varying(30), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_14c03bac82292a8310c54cb98d0" UNIQUE ("key"), CONSTRAINT "PK_be98b1c8b087e8c39dc5200701d" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "attachment" ("id" SERIAL NOT NULL, "resource" character varying(40) NOT NULL, "recordId" integer NOT NULL, "kind" character varying(40) NOT NULL, "fileName" character varying(200) NOT NULL, "mimeType" character varying(60), "size" integer, "sha256" character varying(64), "uploadedBy" character varying(40), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_12d54d216bcdc1ea74220a0cdd" ON "attachment"  ("resource") ');
    await q.query('CREATE INDEX "IDX_ee714a68e2c08a2c955ec9bb71" ON "attachment"  ("recordId") ');
    await q.query('CREATE INDEX "IDX_e595e3920ff9f9a1dde32052a6" ON "attachment"  ("kind") ');
    await q.query('CREATE INDEX "IDX_bb776a4a982cf893bedaba3693" ON "attachment"  ("fileName") ');
    await q.query('CREATE INDEX "IDX_1a4674728203873623a7bca953" ON "attachment"  ("resource", "recordId") ');
    await q.query(
      'CREATE TABLE "selection_round" ("id" SERIAL NOT NULL, "year" integer NOT NULL, "status" character varying(40) NOT NULL DEFAULT \'open\', "params" text, "lockedAt" character varying(30), "lockedBy" character varying(40), "reopenReason" text, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_73eb7b37270a7f52a739b8e687a" UNIQUE ("year"), CONSTRAINT "PK_08b61cb446c30992d960ed499f0" PRIMARY KEY ("id"))',
    );
    await q.query(
      'ALTER TABLE "enterprise" ADD CONSTRAINT "FK_d1f06709694a0ea6730d1e6c386" FOREIGN KEY ("cityId") REFERENCES "city"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "registration" ADD CONSTRAINT "FK_31ce9744cca2b5be325b9a27679" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "follow_up" ADD CONSTRAINT "FK_07fe3031eabf50df0a583116223" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "trainee" ADD CONSTRAINT "FK_be316298d12bc79ce5727c566e3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "trainee" ADD CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef" FOREIGN KEY ("classId") REFERENCES "training_class"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "class_session" ADD CONSTRAINT "FK_e96a68f8862b080d418f7b4f326" FOREIGN KEY ("classId") REFERENCES "training_class"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "attendance" ADD CONSTRAINT "FK_4b3ed2a2a22881087475bc2e597" FOREIGN KEY ("sessionId") REFERENCES "class_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "attendance" ADD CONSTRAINT "FK_1e1cb0ff3f37254df2cbbe5b090" FOREIGN KEY ("traineeId") REFERENCES "trainee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "diagnostic" ADD CONSTRAINT "FK_7de379d79f6991d4a82d9a7d80f" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "diagnostic" ADD CONSTRAINT "FK_3783f64e1564bf072a4d9d58317" FOREIGN KEY ("registrationId") REFERENCES "registration"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "diagnostic" ADD CONSTRAINT "FK_c21e77c2205bf6f2d228b7beeec" FOREIGN KEY ("levelId") REFERENCES "maturity_level"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "tech_demand" ADD CONSTRAINT "FK_2cf7fe617ae50d579f2a2c3cbb3" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "tech_demand" ADD CONSTRAINT "FK_b87d2750dd1a4fa189d393dedff" FOREIGN KEY ("registrationId") REFERENCES "registration"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "demand_review" ADD CONSTRAINT "FK_32bc3d2fc4578de7f0a2be744fb" FOREIGN KEY ("demandId") REFERENCES "tech_demand"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "selected_project" ADD CONSTRAINT "FK_d0016aeb9334cd64ec66f47cd4e" FOREIGN KEY ("demandId") REFERENCES "tech_demand"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "selected_project" ADD CONSTRAINT "FK_f810274805c3209b23882375d66" FOREIGN KEY ("enterpriseId") REFERENCES "enterprise"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_fa4afa3a2a75534c529d5e3aede" FOREIGN KEY ("cityId") REFERENCES "city"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "audit_log" ADD CONSTRAINT "FK_2621409ebc295c5da7ff3e41396" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "app_session" ADD CONSTRAINT "FK_668b7a8ff1eb635e2c6888e3091" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner) {
    await q.query('ALTER TABLE "app_session" DROP CONSTRAINT "FK_668b7a8ff1eb635e2c6888e3091"');
    await q.query('ALTER TABLE "audit_log" DROP CONSTRAINT "FK_2621409ebc295c5da7ff3e41396"');
    await q.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_fa4afa3a2a75534c529d5e3aede"');
    await q.query('ALTER TABLE "selected_project" DROP CONSTRAINT "FK_f810274805c3209b23882375d66"');
    await q.query('ALTER TABLE "selected_project" DROP CONSTRAINT "FK_d0016aeb9334cd64ec66f47cd4e"');
    await q.query('ALTER TABLE "demand_review" DROP CONSTRAINT "FK_32bc3d2fc4578de7f0a2be744fb"');
    await q.query('ALTER TABLE "tech_demand" DROP CONSTRAINT "FK_b87d2750dd1a4fa189d393dedff"');
    await q.query('ALTER TABLE "tech_demand" DROP CONSTRAINT "FK_2cf7fe617ae50d579f2a2c3cbb3"');
    await q.query('ALTER TABLE "diagnostic" DROP CONSTRAINT "FK_c21e77c2205bf6f2d228b7beeec"');
    await q.query('ALTER TABLE "diagnostic" DROP CONSTRAINT "FK_3783f64e1564bf072a4d9d58317"');
    await q.query('ALTER TABLE "diagnostic" DROP CONSTRAINT "FK_7de379d79f6991d4a82d9a7d80f"');
    await q.query('ALTER TABLE "attendance" DROP CONSTRAINT "FK_1e1cb0ff3f37254df2cbbe5b090"');
    await q.query('ALTER TABLE "attendance" DROP CONSTRAINT "FK_4b3ed2a2a22881087475bc2e597"');
    await q.query('ALTER TABLE "class_session" DROP CONSTRAINT "FK_e96a68f8862b080d418f7b4f326"');
    await q.query('ALTER TABLE "trainee" DROP CONSTRAINT "FK_273b9cd94a3f5324fe0865140ef"');
    await q.query('ALTER TABLE "trainee" DROP CONSTRAINT "FK_be316298d12bc79ce5727c566e3"');
    await q.query('ALTER TABLE "follow_up" DROP CONSTRAINT "FK_07fe3031eabf50df0a583116223"');
    await q.query('ALTER TABLE "registration" DROP CONSTRAINT "FK_31ce9744cca2b5be325b9a27679"');
    await q.query('ALTER TABLE "enterprise" DROP CONSTRAINT "FK_d1f06709694a0ea6730d1e6c386"');
    await q.query('DROP TABLE "selection_round"');
    await q.query('DROP INDEX "public"."IDX_1a4674728203873623a7bca953"');
    await q.query('DROP INDEX "public"."IDX_bb776a4a982cf893bedaba3693"');
    await q.query('DROP INDEX "public"."IDX_e595e3920ff9f9a1dde32052a6"');
    await q.query('DROP INDEX "public"."IDX_ee714a68e2c08a2c955ec9bb71"');
    await q.query('DROP INDEX "public"."IDX_12d54d216bcdc1ea74220a0cdd"');
    await q.query('DROP TABLE "attachment"');
    await q.query('DROP TABLE "login_throttle"');
    await q.query('DROP INDEX "public"."IDX_e8e3f65d4d0e4ef2b69a6ed582"');
    await q.query('DROP INDEX "public"."IDX_668b7a8ff1eb635e2c6888e309"');
    await q.query('DROP TABLE "app_session"');
    await q.query('DROP INDEX "public"."IDX_f3a5ab974f55c29730903d612e"');
    await q.query('DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"');
    await q.query('DROP INDEX "public"."IDX_12fb85d7a841467f3a206c2f7a"');
    await q.query('DROP INDEX "public"."IDX_2621409ebc295c5da7ff3e4139"');
    await q.query('DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"');
    await q.query('DROP TABLE "audit_log"');
    await q.query('DROP INDEX "public"."IDX_8c03162517b0fc091e0601fed5"');
    await q.query('DROP INDEX "public"."IDX_f2cf63cf7cbf9a73140c2b1ee4"');
    await q.query('DROP INDEX "public"."IDX_fa4afa3a2a75534c529d5e3aed"');
    await q.query('DROP INDEX "public"."IDX_bec1ef56fecaa6c10f13cf43e9"');
    await q.query('DROP INDEX "public"."IDX_73b09db0d92c64eaefa7e744a2"');
    await q.query('DROP TABLE "app_user"');
    await q.query('DROP INDEX "public"."IDX_4635f95ea6ee437678810d5143"');
    await q.query('DROP INDEX "public"."IDX_8e1ab4d10d388981c1d8975ed0"');
    await q.query('DROP INDEX "public"."IDX_56abfe176fe120434c4f3b4283"');
    await q.query('DROP INDEX "public"."IDX_a73b161f6b9b5caf0f68047bf1"');
    await q.query('DROP INDEX "public"."IDX_536fa1399681d39d68119d7ef6"');
    await q.query('DROP INDEX "public"."IDX_d46460c288952e5c0cc2448c33"');
    await q.query('DROP INDEX "public"."IDX_7d1e56253c48e4f14a8b958443"');
    await q.query('DROP INDEX "public"."IDX_f810274805c3209b23882375d6"');
    await q.query('DROP INDEX "public"."IDX_1f3bf16d0d93d294d33d241367"');
    await q.query('DROP TABLE "selected_project"');
    await q.query('DROP INDEX "public"."IDX_501aec13dcc44cf9a2c1dad113"');
    await q.query('DROP INDEX "public"."IDX_a6f1dc696f25179d8bc3a42896"');
    await q.query('DROP INDEX "public"."IDX_751020213ba3d26e51ec80c001"');
    await q.query('DROP INDEX "public"."IDX_15b89995f681382a5d8a125fc3"');
    await q.query('DROP INDEX "public"."IDX_3f0c65be8ef9ae466717aa99f1"');
    await q.query('DROP INDEX "public"."IDX_32bc3d2fc4578de7f0a2be744f"');
    await q.query('DROP TABLE "demand_review"');
    await q.query('DROP INDEX "public"."IDX_fc8a55d5cce5bb65f82e8a01f9"');
    await q.query('DROP TABLE "review_criterion"');
    await q.query('DROP INDEX "public"."IDX_2710d90afeea1932bed2caa37b"');
    await q.query('DROP INDEX "public"."IDX_0e93746da946379783f7a8cd4a"');
    await q.query('DROP INDEX "public"."IDX_6341e206d6432ee8152fc2b259"');
    await q.query('DROP INDEX "public"."IDX_d9ff48f8f29066e5c7c25d3349"');
    await q.query('DROP INDEX "public"."IDX_c9cd6cad34a63bc25be9361559"');
    await q.query('DROP INDEX "public"."IDX_f4b4f78f4bc3c058c3a6dbc8fc"');
    await q.query('DROP INDEX "public"."IDX_597d57a5216c01eb4f5140fe36"');
    await q.query('DROP INDEX "public"."IDX_b516478b670c90a3951bb06826"');
    await q.query('DROP INDEX "public"."IDX_c12c88a279e356c13eba08ecfc"');
    await q.query('DROP INDEX "public"."IDX_b87d2750dd1a4fa189d393dedf"');
    await q.query('DROP INDEX "public"."IDX_2cf7fe617ae50d579f2a2c3cbb"');
    await q.query('DROP INDEX "public"."IDX_322ba807214a48c64b82ba05fb"');
    await q.query('DROP TABLE "tech_demand"');
    await q.query('DROP INDEX "public"."IDX_367466010aaf2ea84f74875c1e"');
    await q.query('DROP INDEX "public"."IDX_70d95c2d65e29bbf98b9c50222"');
    await q.query('DROP INDEX "public"."IDX_da7bd5d1477298a7978c3cc406"');
    await q.query('DROP INDEX "public"."IDX_bfbac3b7d5d4a1e7c1fed5815b"');
    await q.query('DROP INDEX "public"."IDX_1bbb4d3678aab7167b933b4715"');
    await q.query('DROP TABLE "maturity_level"');
    await q.query('DROP INDEX "public"."IDX_4d8edbefc3ad392bedc15addfa"');
    await q.query('DROP INDEX "public"."IDX_1056cfccbe07ef4b8d96994207"');
    await q.query('DROP INDEX "public"."IDX_2a0862ad91dff4221a0c3261fc"');
    await q.query('DROP INDEX "public"."IDX_8b897c0f38d2449d208862bc36"');
    await q.query('DROP TABLE "diagnosis_dimension"');
    await q.query('DROP INDEX "public"."IDX_4982fa3300c8c14eb8c90e45f9"');
    await q.query('DROP INDEX "public"."IDX_2c23a3f1f364bd768788564765"');
    await q.query('DROP INDEX "public"."IDX_08808b401e073bca2c31a2c795"');
    await q.query('DROP INDEX "public"."IDX_c21e77c2205bf6f2d228b7beee"');
    await q.query('DROP INDEX "public"."IDX_b5fc15842d376acb2a9561e0fc"');
    await q.query('DROP INDEX "public"."IDX_2d30f399f9f640b5ae5ce44870"');
    await q.query('DROP INDEX "public"."IDX_e003515ce987cb840a03c2631d"');
    await q.query('DROP INDEX "public"."IDX_9dd7581fdc07c3353eb5c6d377"');
    await q.query('DROP INDEX "public"."IDX_c2c73487de26287cef60af8d02"');
    await q.query('DROP INDEX "public"."IDX_920ae249848e9f8545be014f36"');
    await q.query('DROP INDEX "public"."IDX_581b59e6455fe5cb5f94ddf87e"');
    await q.query('DROP INDEX "public"."IDX_3783f64e1564bf072a4d9d5831"');
    await q.query('DROP INDEX "public"."IDX_7de379d79f6991d4a82d9a7d80"');
    await q.query('DROP TABLE "diagnostic"');
    await q.query('DROP INDEX "public"."IDX_dcf60e4fd91de29272710d47ce"');
    await q.query('DROP INDEX "public"."IDX_6c7d122274f36e2e496c68a8ca"');
    await q.query('DROP INDEX "public"."IDX_ff05fd5159e6d9d99514d46531"');
    await q.query('DROP INDEX "public"."IDX_1e1cb0ff3f37254df2cbbe5b09"');
    await q.query('DROP INDEX "public"."IDX_4b3ed2a2a22881087475bc2e59"');
    await q.query('DROP TABLE "attendance"');
    await q.query('DROP INDEX "public"."IDX_d546068a7c6cbc5b031dac8e4a"');
    await q.query('DROP INDEX "public"."IDX_c7c4f6044686e525a49c3abe4a"');
    await q.query('DROP INDEX "public"."IDX_a406497cb485a408651c56cf76"');
    await q.query('DROP INDEX "public"."IDX_efdb8a5866d7d8bf552bbcf8cd"');
    await q.query('DROP INDEX "public"."IDX_63e5fa5de8e1e206e26bc792e5"');
    await q.query('DROP INDEX "public"."IDX_e96a68f8862b080d418f7b4f32"');
    await q.query('DROP TABLE "class_session"');
    await q.query('DROP INDEX "public"."IDX_00abad81c286ac511d80d744ab"');
    await q.query('DROP INDEX "public"."IDX_f01204a61cc73dbf3d30f5fb83"');
    await q.query('DROP INDEX "public"."IDX_13d77af492d5a715d2895252e8"');
    await q.query('DROP INDEX "public"."IDX_e920cb5e81862d208a35e58e10"');
    await q.query('DROP INDEX "public"."IDX_071666e944224985861cd545f5"');
    await q.query('DROP TABLE "training_class"');
    await q.query('DROP INDEX "public"."IDX_8c68cefec7ed3a618a5d0721a3"');
    await q.query('DROP INDEX "public"."IDX_309b0775b572dd30e043a3f58c"');
    await q.query('DROP INDEX "public"."IDX_273b9cd94a3f5324fe0865140e"');
    await q.query('DROP INDEX "public"."IDX_9b19fa85101b5fa8d3ba7517be"');
    await q.query('DROP INDEX "public"."IDX_5f37686c2b748ac111a5a2d8fe"');
    await q.query('DROP INDEX "public"."IDX_be316298d12bc79ce5727c566e"');
    await q.query('DROP INDEX "public"."IDX_32005c94d71f0defa13cfdd42b"');
    await q.query('DROP INDEX "public"."IDX_49965efa0c0097530528d2e0d7"');
    await q.query('DROP INDEX "public"."IDX_b9d7b91f791ea364e2be3a4fa3"');
    await q.query('DROP INDEX "public"."IDX_a17064b696a8263e0fd7b5a3c0"');
    await q.query('DROP TABLE "trainee"');
    await q.query('DROP INDEX "public"."IDX_cf189620456179e55cc1a23f17"');
    await q.query('DROP INDEX "public"."IDX_901bc12feebe2c745fe6604ac8"');
    await q.query('DROP INDEX "public"."IDX_958417db344a828c3681056b0f"');
    await q.query('DROP INDEX "public"."IDX_07fe3031eabf50df0a58311622"');
    await q.query('DROP TABLE "follow_up"');
    await q.query('DROP INDEX "public"."IDX_08abee2ff0147012b6aacb0804"');
    await q.query('DROP INDEX "public"."IDX_0d045b3ac345fcf0688d45fa34"');
    await q.query('DROP INDEX "public"."IDX_bb214ffce16f5ac4e51cb1392f"');
    await q.query('DROP INDEX "public"."IDX_62c30e9474b4da696eaf950847"');
    await q.query('DROP INDEX "public"."IDX_12518f9b39f68625d47e729de8"');
    await q.query('DROP INDEX "public"."IDX_172f19f77fda93c69eb219bdd0"');
    await q.query('DROP INDEX "public"."IDX_4b6ebfba0fc0b0174a1d235479"');
    await q.query('DROP INDEX "public"."IDX_2c6b3c2cc770b90218abcb8801"');
    await q.query('DROP INDEX "public"."IDX_fecec899bc9d9ae757d4ebe8dd"');
    await q.query('DROP INDEX "public"."IDX_164e6d64daa622acee78809386"');
    await q.query('DROP INDEX "public"."IDX_731bd514181f84026767d6b0c5"');
    await q.query('DROP INDEX "public"."IDX_31ce9744cca2b5be325b9a2767"');
    await q.query('DROP TABLE "registration"');
    await q.query('DROP INDEX "public"."IDX_97895979ff3f4c4e03b77082c2"');
    await q.query('DROP INDEX "public"."IDX_be6098e1e3a87e23721caed15d"');
    await q.query('DROP INDEX "public"."IDX_0c69767192d543c3ce90ef9d69"');
    await q.query('DROP INDEX "public"."IDX_8838bb8d8b6ea86e442c30a052"');
    await q.query('DROP INDEX "public"."IDX_9a493c31fab2e1fe92e621145a"');
    await q.query('DROP INDEX "public"."IDX_9160e70872b6da2582428df300"');
    await q.query('DROP INDEX "public"."IDX_6677438725fe6697880798f016"');
    await q.query('DROP INDEX "public"."IDX_9504e603a35b26f8bf89d59aa5"');
    await q.query('DROP INDEX "public"."IDX_3d32bd051e09c56d1017e738f7"');
    await q.query('DROP INDEX "public"."IDX_c2bc3074fd71747792f40bd950"');
    await q.query('DROP INDEX "public"."IDX_34ac117e931e7866c68acb08ee"');
    await q.query('DROP INDEX "public"."IDX_70666d7782127a1eeec8a3ac82"');
    await q.query('DROP INDEX "public"."IDX_64950446e3e62bce439e2048e5"');
    await q.query('DROP INDEX "public"."IDX_80dcc2fc1133ddbd9a6545ee75"');
    await q.query('DROP INDEX "public"."IDX_d1f06709694a0ea6730d1e6c38"');
    await q.query('DROP TABLE "enterprise"');
    await q.query('DROP INDEX "public"."IDX_1d17aa393acc5aa495b0b6d5b2"');
    await q.query('DROP INDEX "public"."IDX_bdd61dafdfa82373645ccb7f22"');
    await q.query('DROP TABLE "city"');
  }
}

// runSeeds(dataSource, {scale}): the whole programme's synthetic data, deterministic for a given scale.
import { databaseKind } from "../server/db";
import type { DataSource } from "typeorm";
import { resourceByKey } from "../entities/registry";
import { NOTICE_ROUND } from "../entities/round";
import { sortKeyFields } from "../entities/sortKey";
import { withSortKeys } from "../server/services/sortKey";
import { seedEnterprises, seedRegistrations } from "./enterprises";
import { Random } from "./random";
import { seedDemands, seedDiagnostics, seedFollowUps, seedReference } from "./services";
import { seedTraining } from "./training";

export type SeedData = Record<string, Record<string, any>[]>;

/** Builds every resource's rows (explicit ids, foreign keys resolved) without touching a database. */
export function buildSeedData(scale = 1): SeedData {
  const r = new Random(20250625 + scale);
  const { cities, enterprises } = seedEnterprises(r, scale);
  const registrations = seedRegistrations(r, cities, enterprises);
  const training = seedTraining(r, scale, enterprises, registrations);
  const ref = seedReference();
  const diagnostics = seedDiagnostics(r, scale, registrations, enterprises, ref);
  const { techDemands, demandReviews } = seedDemands(r, scale, registrations, enterprises, ref);
  const followUps = seedFollowUps(r, diagnostics, enterprises);
  const data: SeedData = {
    cities,
    enterprises,
    registrations,
    followUps,
    trainingClasses: training.classes,
    classSessions: training.sessions,
    trainees: training.trainees,
    attendances: training.attendances,
    diagnosisDimensions: ref.diagnosisDimensions,
    maturityLevels: ref.maturityLevels,
    diagnostics,
    techDemands,
    reviewCriteria: ref.reviewCriteria,
    demandReviews,
    selectedProjects: [],
  };
  // The demo's custom field has values on the follow-ups, kept as every custom field's are.
  const modes = VISIT_MODE.options.map((o) => o.value);
  followUps.forEach((row, i) => (row.custom = { [VISIT_MODE.key]: modes[i % modes.length] }));
  // Every seeded record of a round is of the notice's, 2025 年第一批.
  for (const [key, rows] of Object.entries(data))
    if (resourceByKey[key].fields.roundId) for (const row of rows) row.roundId = NOTICE_ROUND.id;
  // The department's field, of every round.
  data.customFields = [VISIT_MODE];
  return data;
}

/** A field the department added (自定义字段): how a follow-up was made, on the demo's follow-ups. */
const VISIT_MODE = {
  id: 1,
  resource: "followUps",
  key: "visitMode",
  label: "回访方式",
  type: "enum",
  options: [
    { value: "onsite", label: "上门走访" },
    { value: "phone", label: "电话回访" },
    { value: "online", label: "线上会议" },
  ],
  required: false,
  list: true,
  search: false,
  filter: true,
  sort: true,
  export: true,
  import: true,
};

/** Resources the seeds leave empty, and why: every other resource has rows in buildSeedData (a test checks). */
export const UNSEEDED: Record<string, string> = {
  rounds: "2025 年第一批由迁移按通知建立（其余批次由省经信厅“新建批次”）",
  users: "账号由 npm start（演示账号）或 npm run user 建立",
  auditLogs: "操作日志只由操作写入",
  notices: "站内消息只由工作事件（退回、通过、排期、遴选、截止提醒）写给各账号",
};

/** Resource keys ordered so that every record comes after the records it refers to. */
export function parentsFirst(keys: string[]): string[] {
  const done: string[] = [];
  const visit = (key: string, path: string[]) => {
    if (done.includes(key)) return;
    if (path.includes(key)) throw new Error(`循环引用：${[...path, key].join(" → ")}`);
    for (const f of Object.values(resourceByKey[key].fields)) {
      const refs = [f.ref, ...Object.values(f.of ?? {}).map((rf) => rf.ref)].filter((r): r is string => !!r);
      for (const ref of refs) if (ref !== key && keys.includes(ref)) visit(ref, [...path, key]);
    }
    done.push(key);
  };
  keys.forEach((key) => visit(key, []));
  return done;
}

/** Inserts the seed data in one transaction, parents before children. */
export async function runSeeds(ds: DataSource, { scale = 1 } = {}) {
  const data = buildSeedData(scale);
  await ds.transaction(async (m) => {
    for (const key of parentsFirst(Object.keys(data))) {
      const rows = data[key];
      const desc = resourceByKey[key];
      const columns = Object.keys(desc.fields).length + sortKeyFields(desc).length + 4;
      const chunk = Math.max(1, Math.floor(30000 / columns));
      for (let i = 0; i < rows.length; i += chunk)
        await m
          .createQueryBuilder()
          .insert()
          .into(resourceByKey[key].entity)
          .values(rows.slice(i, i + chunk).map((row) => withSortKeys(desc, row)))
          .updateEntity(false)
          .execute();
      // PostgreSQL's id sequences do not see explicit ids: move each past the largest.
      if (databaseKind(ds) === "postgres") {
        const table = resourceByKey[key].table;
        await m.query(
          `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT MAX("id") FROM "${table}"), 1))`,
        );
      }
    }
  });
  return Object.entries(data)
    .map(([k, rows]) => `${resourceByKey[k].label} ${rows.length}`)
    .join("，");
}

/** Seeds a database that has no cities yet; returns the summary, or null when it had data. */
export async function seedIfEmpty(ds: DataSource, scale = 1) {
  const count = await ds.getRepository(resourceByKey.cities.entity).count();
  return count === 0 ? runSeeds(ds, { scale }) : null;
}

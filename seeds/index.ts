// runSeeds(dataSource, {scale}): the whole programme's synthetic data, deterministic for a given scale.
import { databaseKind } from "../server/db";
import type { DataSource } from "typeorm";
import { resourceByKey } from "../entities/registry";
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
  return {
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
}

/** Inserts the seed data in one transaction, parents before children. */
export async function runSeeds(ds: DataSource, { scale = 1 } = {}) {
  const data = buildSeedData(scale);
  const order = [
    "cities",
    "enterprises",
    "registrations",
    "followUps",
    "trainingClasses",
    "classSessions",
    "trainees",
    "attendances",
    "diagnosisDimensions",
    "maturityLevels",
    "diagnostics",
    "reviewCriteria",
    "techDemands",
    "demandReviews",
    "selectedProjects",
  ];
  await ds.transaction(async (m) => {
    for (const key of order) {
      const rows = data[key];
      const columns = Object.keys(resourceByKey[key].fields).length + 4;
      const chunk = Math.max(1, Math.floor(30000 / columns));
      for (let i = 0; i < rows.length; i += chunk)
        await m
          .createQueryBuilder()
          .insert()
          .into(resourceByKey[key].entity)
          .values(rows.slice(i, i + chunk))
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

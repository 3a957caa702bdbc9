// Programme progress against the 2025 targets, and the same figures per city.
import type { DataSource } from "typeorm";
import { cityQuota } from "../../entities/city";
import {
  PROGRAMME_YEAR,
  TARGETS,
  type CityProgress,
  type ProgrammeProgress,
  type ProgressFigure,
} from "../../entities/programme";
import type { Principal } from "../access/policy";
import { queued, rawQuery } from "./unitOfWork";

const FIGURES: ProgressFigure[] = [
  "validGiants",
  "quota",
  "nominated",
  "approved",
  "returned",
  "trainedEnterprises",
  "trainees",
  "qualityDiagnoses",
  "managementDiagnoses",
  "techDemands",
  "selectedProjects",
];

const PER_CITY = `
SELECT c.id, c.code, c.name, c."validGiants",
  (SELECT COUNT(*) FROM registration r JOIN enterprise e ON e.id = r."enterpriseId" WHERE e."cityId" = c.id AND r.year = :year AND r.status <> 'withdrawn') AS nominated,
  (SELECT COUNT(*) FROM registration r JOIN enterprise e ON e.id = r."enterpriseId" WHERE e."cityId" = c.id AND r.year = :year AND r.status = 'approved') AS approved,
  (SELECT COUNT(DISTINCT t."enterpriseId") FROM trainee t JOIN enterprise e ON e.id = t."enterpriseId" WHERE e."cityId" = c.id AND t.year = :year AND t."admissionStatus" = 'admitted') AS "trainedEnterprises",
  (SELECT COUNT(*) FROM trainee t JOIN enterprise e ON e.id = t."enterpriseId" WHERE e."cityId" = c.id AND t.year = :year AND t."admissionStatus" = 'admitted') AS trainees,
  (SELECT COUNT(*) FROM registration r JOIN enterprise e ON e.id = r."enterpriseId" WHERE e."cityId" = c.id AND r.year = :year AND r.status = 'returned') AS returned,
  (SELECT COUNT(*) FROM diagnostic d JOIN enterprise e ON e.id = d."enterpriseId" WHERE e."cityId" = c.id AND d.year = :year AND d.kind = 'quality') AS "qualityDiagnoses",
  (SELECT COUNT(*) FROM diagnostic d JOIN enterprise e ON e.id = d."enterpriseId" WHERE e."cityId" = c.id AND d.year = :year AND d.kind = 'management') AS "managementDiagnoses",
  (SELECT COUNT(*) FROM tech_demand x JOIN enterprise e ON e.id = x."enterpriseId" WHERE e."cityId" = c.id AND x.year = :year AND x.status <> 'withdrawn') AS "techDemands",
  (SELECT COUNT(*) FROM selected_project p JOIN enterprise e ON e.id = p."enterpriseId" WHERE e."cityId" = c.id AND p.year = :year) AS "selectedProjects"
FROM city c ORDER BY c.code`;

/** The figures `user` may see: a city bureau sees its own city's, everyone else the province's. */
export function programmeProgress(ds: DataSource, user: Principal, year = PROGRAMME_YEAR): Promise<ProgrammeProgress> {
  return queued(ds, async () => {
    const all = (await rawQuery(ds.manager, PER_CITY, { year })) as Omit<CityProgress, "quota">[];
    const rows = user.role === "city" ? all.filter((c) => c.id === user.cityId) : all;
    const cities: CityProgress[] = rows.map((r) => ({ ...r, quota: cityQuota(r.validGiants) }));
    const sum = (k: ProgressFigure) => cities.reduce((a, c) => a + Number(c[k]), 0);
    const city = user.role === "city" ? ` AND e."cityId" = :city` : "";
    const [{ delivered }] = await rawQuery(
      ds.manager,
      `SELECT COUNT(*) AS delivered FROM diagnostic d JOIN enterprise e ON e.id = d."enterpriseId" WHERE d.year = :year AND d.status = 'reportDelivered'${city}`,
      { year, city: user.cityId },
    );
    const validGiants = sum("validGiants");
    const diagnoses = await rawQuery(
      ds.manager,
      `SELECT d.kind AS kind, d.provider AS provider, d.status AS status, COUNT(*) AS count FROM diagnostic d JOIN enterprise e ON e.id = d."enterpriseId"
       WHERE d.year = :year${city} GROUP BY d.kind, d.provider, d.status ORDER BY d.kind, d.provider, d.status`,
      { year, city: user.cityId },
    );
    return {
      year,
      totals: Object.fromEntries(FIGURES.map((k) => [k, sum(k)])) as Record<ProgressFigure, number>,
      targets: {
        trainedEnterprises: Math.ceil(validGiants * TARGETS.trainingShare),
        qualityDiagnoses: TARGETS.qualityDiagnoses,
        managementDiagnoses: TARGETS.managementDiagnoses,
        techDemands: TARGETS.techDemands,
        selectedProjects: TARGETS.selectedProjects,
      },
      reportsDelivered: Number(delivered),
      cities,
      diagnoses: diagnoses.map((d: ProgrammeProgress["diagnoses"][number]) => ({ ...d, count: Number(d.count) })),
    };
  });
}

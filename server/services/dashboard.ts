// Programme progress against the 2025 targets, and the same figures per city.
import type { DataSource } from "typeorm";
import type { CityProgress, ProgrammeProgress, ProgressFigure } from "../../entities/api";
import { cityQuota } from "../../entities/city";
import { DIAGNOSIS_STATUS } from "../../entities/diagnostic";
import { DIAGNOSIS_KIND } from "../../entities/options";
import { PROGRAMME_YEAR, TARGETS } from "../../entities/programme";
import { REGISTRATION_STATUS } from "../../entities/registration";
import { resourceByKey } from "../../entities/registry";
import { DEMAND_STATUS } from "../../entities/techDemand";
import { ADMISSION_STATUS } from "../../entities/trainee";
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

/** The tables, named by their descriptions. */
const [CITY, ENTERPRISE, REGISTRATION, TRAINEE, DIAGNOSTIC, TECH_DEMAND, SELECTED_PROJECT] = [
  "cities",
  "enterprises",
  "registrations",
  "trainees",
  "diagnostics",
  "techDemands",
  "selectedProjects",
].map((key) => resourceByKey[key].table);

/** The status values the figures count, from the descriptions: bound as parameters, never typed into the SQL. */
const STATUSES = {
  withdrawn: REGISTRATION_STATUS.withdrawn,
  approved: REGISTRATION_STATUS.approved,
  returned: REGISTRATION_STATUS.returned,
  admitted: ADMISSION_STATUS.admitted,
  quality: DIAGNOSIS_KIND.quality,
  management: DIAGNOSIS_KIND.management,
  demandWithdrawn: DEMAND_STATUS.withdrawn,
};

// "nominated" counts every nomination not withdrawn (returned ones too); "approved" those 已通过.
const PER_CITY = `
SELECT c.id, c.code, c.name, c."validGiants",
  (SELECT COUNT(*) FROM ${REGISTRATION} r JOIN ${ENTERPRISE} e ON e.id = r."enterpriseId" WHERE e."cityId" = c.id AND r.year = :year AND r.status <> :withdrawn) AS nominated,
  (SELECT COUNT(*) FROM ${REGISTRATION} r JOIN ${ENTERPRISE} e ON e.id = r."enterpriseId" WHERE e."cityId" = c.id AND r.year = :year AND r.status = :approved) AS approved,
  (SELECT COUNT(DISTINCT t."enterpriseId") FROM ${TRAINEE} t JOIN ${ENTERPRISE} e ON e.id = t."enterpriseId" WHERE e."cityId" = c.id AND t.year = :year AND t."admissionStatus" = :admitted) AS "trainedEnterprises",
  (SELECT COUNT(*) FROM ${TRAINEE} t JOIN ${ENTERPRISE} e ON e.id = t."enterpriseId" WHERE e."cityId" = c.id AND t.year = :year AND t."admissionStatus" = :admitted) AS trainees,
  (SELECT COUNT(*) FROM ${REGISTRATION} r JOIN ${ENTERPRISE} e ON e.id = r."enterpriseId" WHERE e."cityId" = c.id AND r.year = :year AND r.status = :returned) AS returned,
  (SELECT COUNT(*) FROM ${DIAGNOSTIC} d JOIN ${ENTERPRISE} e ON e.id = d."enterpriseId" WHERE e."cityId" = c.id AND d.year = :year AND d.kind = :quality) AS "qualityDiagnoses",
  (SELECT COUNT(*) FROM ${DIAGNOSTIC} d JOIN ${ENTERPRISE} e ON e.id = d."enterpriseId" WHERE e."cityId" = c.id AND d.year = :year AND d.kind = :management) AS "managementDiagnoses",
  (SELECT COUNT(*) FROM ${TECH_DEMAND} x JOIN ${ENTERPRISE} e ON e.id = x."enterpriseId" WHERE e."cityId" = c.id AND x.year = :year AND x.status <> :demandWithdrawn) AS "techDemands",
  (SELECT COUNT(*) FROM ${SELECTED_PROJECT} p JOIN ${ENTERPRISE} e ON e.id = p."enterpriseId" WHERE e."cityId" = c.id AND p.year = :year) AS "selectedProjects"
FROM ${CITY} c ORDER BY c.code`;

/** The figures `user` may see: a city bureau sees its own city's, everyone else the province's. */
export function programmeProgress(ds: DataSource, user: Principal, year = PROGRAMME_YEAR): Promise<ProgrammeProgress> {
  return queued(ds, async () => {
    const all = (await rawQuery(ds.manager, PER_CITY, { year, ...STATUSES })) as Omit<CityProgress, "quota">[];
    const rows = user.role === "city" ? all.filter((c) => c.id === user.cityId) : all;
    const cities: CityProgress[] = rows.map((r) => ({ ...r, quota: cityQuota(r.validGiants) }));
    const sum = (k: ProgressFigure) => cities.reduce((a, c) => a + Number(c[k]), 0);
    const city = user.role === "city" ? ` AND e."cityId" = :city` : "";
    const [{ delivered }] = await rawQuery(
      ds.manager,
      `SELECT COUNT(*) AS delivered FROM ${DIAGNOSTIC} d JOIN ${ENTERPRISE} e ON e.id = d."enterpriseId" WHERE d.year = :year AND d.status = :delivered${city}`,
      { year, city: user.cityId, delivered: DIAGNOSIS_STATUS.reportDelivered },
    );
    const validGiants = sum("validGiants");
    const diagnoses = await rawQuery(
      ds.manager,
      `SELECT d.kind AS kind, d.provider AS provider, d.status AS status, COUNT(*) AS count FROM ${DIAGNOSTIC} d JOIN ${ENTERPRISE} e ON e.id = d."enterpriseId"
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

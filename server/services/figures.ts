// The programme's figures, each defined once here and used by every page and report that shows it:
// the dashboard and a city's page (GET /api/dashboard), the quota check on every nomination, 附件2 and
// the province summary. A nomination is counted as nominated while it is live (已推荐 or 已通过);
// returned (已退回) and withdrawn (已撤回) ones are not, and free their place in the quota.
import type { EntityManager } from "typeorm";
import type { ProgressFigure } from "../../entities/api";
import { DIAGNOSIS_STATUS } from "../../entities/diagnostic";
import { DIAGNOSIS_KIND } from "../../entities/options";
import { LIVE_NOMINATION_STATUSES, REGISTRATION_STATUS } from "../../entities/registration";
import { resourceByKey } from "../../entities/registry";
import { DEMAND_STATUS } from "../../entities/techDemand";
import { FORM_STATUS } from "../../entities/enterpriseForms";
import { ADMISSION_STATUS } from "../../entities/trainee";
import { rawQuery } from "./unitOfWork";
import type { RoundRules } from "../../entities/round";

/** A round of the programme (培育批次, entities/round.ts): every figure counts within one. */
export type Round = Pick<RoundRules, "id">;

const table = (key: string) => resourceByKey[key].table;

/**
 * A demand in the programme (counted, reviewed, ranked): not withdrawn, and keyed in by its city or, filled
 * in by its enterprise online, approved by the city (entities/enterpriseForms.ts). SQL over alias `alias`.
 */
export const ACTIVE_DEMAND = (alias: string) =>
  `${alias}.status <> :withdrawn AND (${alias}."formStatus" IS NULL OR ${alias}."formStatus" = :formApproved)`;
export const ACTIVE_DEMAND_PARAMS = { withdrawn: DEMAND_STATUS.withdrawn, formApproved: FORM_STATUS.approved };

/**
 * The live nominations of a round (alias `r`, joined to their enterprise `e`), of one city if given,
 * leaving one record out if given (the record being saved): the quota check counts these, 附件2 lists them.
 */
export function liveNominations(m: EntityManager, round: Round, of: { cityId?: number; exceptId?: number } = {}) {
  const q = m
    .getRepository(resourceByKey.registrations.entity)
    .createQueryBuilder("r")
    .innerJoin(table("enterprises"), "e", "e.id = r.enterpriseId")
    .where(`r."roundId" = :roundId AND r.status IN (:...live)`, { roundId: round.id, live: LIVE_NOMINATION_STATUSES });
  if (of.cityId !== undefined) q.andWhere("e.cityId = :cityId", { cityId: of.cityId });
  if (of.exceptId !== undefined) q.andWhere("r.id <> :exceptId", { exceptId: of.exceptId });
  return q;
}

/**
 * Each counted figure: the rows of a table (through their enterprise's city) that count, as SQL over
 * alias `x` with named parameters. `distinct` counts distinct enterprises instead of rows.
 */
const COUNTED: Record<
  Exclude<ProgressFigure, "validGiants" | "quota">,
  { from: string; where: string; params: Record<string, unknown>; distinct?: boolean }
> = {
  nominated: {
    from: "registrations",
    where: `x."roundId" = :roundId AND x.status IN (:...live)`,
    params: { live: LIVE_NOMINATION_STATUSES },
  },
  approved: {
    from: "registrations",
    where: `x."roundId" = :roundId AND x.status = :approved`,
    params: { approved: REGISTRATION_STATUS.approved },
  },
  returned: {
    from: "registrations",
    where: `x."roundId" = :roundId AND x.status = :returned`,
    params: { returned: REGISTRATION_STATUS.returned },
  },
  trainedEnterprises: {
    from: "trainees",
    where: `x."roundId" = :roundId AND x."admissionStatus" = :admitted`,
    params: { admitted: ADMISSION_STATUS.admitted },
    distinct: true,
  },
  trainees: {
    from: "trainees",
    where: `x."roundId" = :roundId AND x."admissionStatus" = :admitted`,
    params: { admitted: ADMISSION_STATUS.admitted },
  },
  qualityDiagnoses: {
    from: "diagnostics",
    where: `x."roundId" = :roundId AND x.kind = :kind AND x.status <> :cancelled`,
    params: { kind: DIAGNOSIS_KIND.quality, cancelled: DIAGNOSIS_STATUS.cancelled },
  },
  qualityReports: {
    from: "diagnostics",
    where: `x."roundId" = :roundId AND x.kind = :kind AND x.status = :delivered`,
    params: { kind: DIAGNOSIS_KIND.quality, delivered: DIAGNOSIS_STATUS.reportDelivered },
  },
  managementDiagnoses: {
    from: "diagnostics",
    where: `x."roundId" = :roundId AND x.kind = :kind AND x.status <> :cancelled`,
    params: { kind: DIAGNOSIS_KIND.management, cancelled: DIAGNOSIS_STATUS.cancelled },
  },
  managementReports: {
    from: "diagnostics",
    where: `x."roundId" = :roundId AND x.kind = :kind AND x.status = :delivered`,
    params: { kind: DIAGNOSIS_KIND.management, delivered: DIAGNOSIS_STATUS.reportDelivered },
  },
  techDemands: {
    from: "techDemands",
    where: `x."roundId" = :roundId AND ${ACTIVE_DEMAND("x")}`,
    params: ACTIVE_DEMAND_PARAMS,
  },
  selectedProjects: { from: "selectedProjects", where: `x."roundId" = :roundId`, params: {} },
};
export const COUNTED_FIGURES = Object.keys(COUNTED) as (keyof typeof COUNTED)[];

/** Every counted figure of a round, per city id (cities with none are absent from a figure's map). */
export async function countsByCity(m: EntityManager, round: Round) {
  const result = {} as Record<keyof typeof COUNTED, Map<number, number>>;
  for (const figure of COUNTED_FIGURES) {
    const c = COUNTED[figure];
    const rows: { cityId: number; n: number }[] = await rawQuery(
      m,
      `SELECT e."cityId" AS "cityId", COUNT(${c.distinct ? `DISTINCT x."enterpriseId"` : "*"}) AS n
       FROM ${table(c.from)} x JOIN ${table("enterprises")} e ON e.id = x."enterpriseId"
       WHERE ${c.where} GROUP BY e."cityId"`,
      { roundId: round.id, ...c.params },
    );
    result[figure] = new Map(rows.map((r) => [Number(r.cityId), Number(r.n)]));
  }
  return result;
}

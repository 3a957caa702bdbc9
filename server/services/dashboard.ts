// Programme progress against the notice's targets, per city and in total, from the one definition of
// each figure (figures.ts). A city bureau sees its own city and its own targets; everyone else the province.
import type { DataSource } from "typeorm";
import type { CityProgress, ProgrammeProgress, ProgressFigure } from "../../entities/api";
import { quotaRule, roundQuota } from "../../entities/round";
import { resourceByKey } from "../../entities/registry";
import type { Principal } from "../access/policy";
import { COUNTED_FIGURES, countsByCity } from "./figures";
import { roundOf } from "./rounds";
import { rawQuery, read } from "./unitOfWork";

const FIGURES: ProgressFigure[] = ["validGiants", "quota", ...COUNTED_FIGURES];

/** The figures `user` may see: a city bureau sees its own city's, everyone else the province's. */
export function programmeProgress(ds: DataSource, user: Principal): Promise<ProgrammeProgress> {
  return read(ds, async (m) => {
    // The request's round: its ratio gives the quotas, its targets the goals, its records the counts.
    const round = await roundOf(m, user);
    const all: { id: number; code: string; name: string; validGiants: number }[] = await rawQuery(
      m,
      `SELECT id, code, name, "validGiants" FROM ${resourceByKey.cities.table} ORDER BY code`,
      {},
    );
    const counts = await countsByCity(m, round);
    const ofCity = user.role === "city";
    const cities: CityProgress[] = all
      .filter((c) => !ofCity || c.id === user.cityId)
      .map((c) => ({
        ...c,
        validGiants: Number(c.validGiants),
        quota: roundQuota(round, Number(c.validGiants)),
        ...(Object.fromEntries(COUNTED_FIGURES.map((f) => [f, counts[f].get(c.id) ?? 0])) as Record<
          (typeof COUNTED_FIGURES)[number],
          number
        >),
      }));
    const totals = Object.fromEntries(FIGURES.map((k) => [k, cities.reduce((a, c) => a + c[k], 0)])) as Record<
      ProgressFigure,
      number
    >;
    const province = !ofCity;
    const diagnoses = await rawQuery(
      m,
      `SELECT d.kind AS kind, d.provider AS provider, d.status AS status, COUNT(*) AS count
       FROM ${resourceByKey.diagnostics.table} d JOIN ${resourceByKey.enterprises.table} e ON e.id = d."enterpriseId"
       WHERE d."roundId" = :roundId${ofCity ? ` AND e."cityId" = :city` : ""}
       GROUP BY d.kind, d.provider, d.status ORDER BY d.kind, d.provider, d.status`,
      { roundId: round.id, city: user.cityId },
    );
    return {
      roundId: round.id,
      roundName: round.name,
      quotaRule: quotaRule(round),
      trainingShare: round.trainingShare,
      year: round.year,
      batch: round.batch,
      scope: province ? "province" : "city",
      totals,
      targets: {
        // The quota is the nominations' ceiling and the training share the coverage goal, of this scope.
        nominated: totals.quota,
        trainedEnterprises: Math.ceil((totals.validGiants * Math.round(round.trainingShare * 100)) / 10000 - 1e-9),
        qualityDiagnoses: province ? round.qualityDiagnoses : null,
        managementDiagnoses: province ? round.managementDiagnoses : null,
        techDemands: province ? round.techDemands : null,
        selectedProjects: province ? round.selectedProjects : null,
      },
      cities,
      diagnoses: diagnoses.map((d: ProgrammeProgress["diagnoses"][number]) => ({ ...d, count: Number(d.count) })),
    };
  });
}

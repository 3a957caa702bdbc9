// Programme progress against the notice's targets, per city and in total, from the one definition of
// each figure (figures.ts). A city bureau sees its own city and its own targets; everyone else the province.
import type { DataSource } from "typeorm";
import type { CityProgress, ProgrammeProgress, ProgressFigure } from "../../entities/api";
import { cityQuota } from "../../entities/city";
import { TARGETS } from "../../entities/programme";
import { resourceByKey } from "../../entities/registry";
import type { Principal } from "../access/policy";
import { COUNTED_FIGURES, countsByCity, CURRENT_ROUND, type Round } from "./figures";
import { rawQuery, read } from "./unitOfWork";

const FIGURES: ProgressFigure[] = ["validGiants", "quota", ...COUNTED_FIGURES];

/** The figures `user` may see: a city bureau sees its own city's, everyone else the province's. */
export function programmeProgress(
  ds: DataSource,
  user: Principal,
  round: Round = CURRENT_ROUND,
): Promise<ProgrammeProgress> {
  return read(ds, async (m) => {
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
        quota: cityQuota(Number(c.validGiants)),
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
       WHERE d.year = :year${ofCity ? ` AND e."cityId" = :city` : ""}
       GROUP BY d.kind, d.provider, d.status ORDER BY d.kind, d.provider, d.status`,
      { year: round.year, city: user.cityId },
    );
    return {
      ...round,
      scope: province ? "province" : "city",
      totals,
      targets: {
        // The quota is the nominations' ceiling and the training share the coverage goal, of this scope.
        nominated: totals.quota,
        trainedEnterprises: Math.ceil(totals.validGiants * TARGETS.trainingShare),
        qualityDiagnoses: province ? TARGETS.qualityDiagnoses : null,
        managementDiagnoses: province ? TARGETS.managementDiagnoses : null,
        techDemands: province ? TARGETS.techDemands : null,
        selectedProjects: province ? TARGETS.selectedProjects : null,
      },
      cities,
      diagnoses: diagnoses.map((d: ProgrammeProgress["diagnoses"][number]) => ({ ...d, count: Number(d.count) })),
    };
  });
}

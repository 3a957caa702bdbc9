// A diagnosis scores its own kind's dimensions, gets its own kind's level, and its total is derived.
import type { EntityManager } from "typeorm";
import { resourceByKey } from "../../../entities/registry";
import { ValidationFailed } from "../../errors";

type Rec = Record<string, any>;

export async function beforeWriteDiagnostic(m: EntityManager, r: Rec) {
  const dims = await m.getRepository(resourceByKey.diagnosisDimensions.entity).find();
  const byId = new Map(dims.map((d) => [d.id as number, d]));
  const scores = (r.scores ?? []) as { dimensionId: number; score: number }[];
  if (
    scores.some((s) => byId.get(s.dimensionId)?.kind !== r.kind) ||
    (r.focus ?? []).some((id: number) => byId.get(id)?.kind !== r.kind)
  )
    throw new ValidationFailed({ scores: "诊断维度须与诊断类型一致" });
  if (r.levelId) {
    const level = await m.getRepository(resourceByKey.maturityLevels.entity).findOneBy({ id: r.levelId });
    if (level?.kind !== r.kind) throw new ValidationFailed({ levelId: "成熟度等级须与诊断类型一致" });
  }
  const weight = scores.reduce((a, s) => a + Number(byId.get(s.dimensionId)!.weight), 0);
  r.totalScore = weight
    ? Math.round((scores.reduce((a, s) => a + s.score * Number(byId.get(s.dimensionId)!.weight), 0) / weight) * 10) / 10
    : null;
}

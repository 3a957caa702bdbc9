// Nominations: the status flow, a valid designation on the nomination date, and the city's quota.
import type { EntityManager } from "typeorm";
import { quotaRule, roundQuota, type RoundRules } from "../../../entities/round";
import { resourceByKey } from "../../../entities/registry";
import { registration } from "../../../entities/registration";
import { liveNominations } from "../figures";
import { findRound } from "../rounds";
import { ValidationFailed } from "../../errors";
import { LIVE_NOMINATION_STATUSES } from "../../../entities/registration";

type Rec = Record<string, any>;
const ACTIVE = LIVE_NOMINATION_STATUSES;

/** How many of a city's enterprises are nominated in a round (figures.ts), leaving one record out. */
export function activeNominations(m: EntityManager, cityId: number, roundId: number, exceptId = -1) {
  return liveNominations(m, { id: roundId }, { cityId, exceptId }).getCount();
}

export async function beforeWriteRegistration(m: EntityManager, r: Rec, existing: Rec | undefined) {
  // Reasons belong to one decision: a new status starts without the old ones.
  if (existing && existing.status !== r.status) {
    if (r.status !== "returned" && r.returnReason === existing.returnReason) r.returnReason = null;
    if (!ACTIVE.includes(r.status)) r.overQuotaReason = null;
  }
  const moved = !!existing && (existing.enterpriseId !== r.enterpriseId || existing.roundId !== r.roundId);
  const reasonDropped = !!existing?.overQuotaReason && !r.overQuotaReason;
  const becomesActive =
    ACTIVE.includes(r.status) && (!existing || !ACTIVE.includes(existing.status) || moved || reasonDropped);
  const enterprise = await m.getRepository(resourceByKey.enterprises.entity).findOneByOrFail({ id: r.enterpriseId });
  if ((becomesActive || existing?.nominatedAt !== r.nominatedAt) && enterprise.validUntil < r.nominatedAt)
    throw new ValidationFailed({
      enterpriseId: `该企业的小巨人认定有效期至 ${enterprise.validUntil}，早于推荐日期 ${r.nominatedAt}，不能推荐`,
    });
  if (!becomesActive) return;
  const city = await m.getRepository(resourceByKey.cities.entity).findOneByOrFail({ id: enterprise.cityId });
  const round = (await findRound(m, r.roundId)) as RoundRules;
  const quota = roundQuota(round, city.validGiants);
  const used = await activeNominations(m, city.id, round.id, existing?.id);
  if (used + 1 > quota && !r.overQuotaReason)
    throw new ValidationFailed({
      overQuotaReason: `${city.name}推荐名额 ${quota} 家（${quotaRule(round)}），已推荐 ${used} 家；超出名额推荐须填写说明`,
    });
}

/** An enterprise with live nominations keeps its city (they count against that city's quota) and a validity that covers them. */
export async function checkEnterprise(m: EntityManager, e: Rec, existing: Rec | undefined) {
  if (!existing || (existing.cityId === e.cityId && existing.validUntil === e.validUntil)) return;
  const live = await m
    .getRepository(registration.entity)
    .find({ where: { enterpriseId: existing.id }, order: { nominatedAt: "DESC" } });
  const active = live.filter((r) => ACTIVE.includes(r.status));
  if (active.length === 0) return;
  const errors: Record<string, string> = {};
  if (existing.cityId !== e.cityId)
    errors.cityId = `该企业有 ${active.length} 条有效推荐（${active[0].year} 年），计入原市州名额；如需更改所属市州，请先撤回推荐`;
  const latest = active[0].nominatedAt as string;
  if (e.validUntil < latest) errors.validUntil = `该企业已于 ${latest} 被推荐，认定有效期不能早于推荐日期`;
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
}

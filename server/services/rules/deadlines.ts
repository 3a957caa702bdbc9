// A city's 推荐截止日期: after it (Beijing date), a bureau neither nominates nor renominates until the
// department extends it in the round (培育批次: the city's own deadline); the department nominates at any time.
import type { EntityManager } from "typeorm";
import { isoToday } from "../../../entities/dates";
import { REGISTRATION_STATUS } from "../../../entities/registration";
import { resourceByKey } from "../../../entities/registry";
import { ValidationFailed } from "../../errors";
import type { HookContext } from "./index";
import { findRound } from "../rounds";
import { cityDeadline } from "../../../entities/round";

type Rec = Record<string, any>;

/** Refuses a bureau's new nomination (or a nomination back to 已推荐) after its city's deadline. */
export async function checkNominationDeadline(
  m: EntityManager,
  r: Rec,
  existing: Rec | undefined,
  ctx: HookContext | undefined,
  today = isoToday(),
) {
  if (ctx?.user.role !== "city") return;
  const nominates = r.status === REGISTRATION_STATUS.nominated && existing?.status !== REGISTRATION_STATUS.nominated;
  if (!nominates) return;
  const enterprise = await m.getRepository(resourceByKey.enterprises.entity).findOneBy({ id: r.enterpriseId });
  if (!enterprise) return; // the reference check has said so already
  const city = await m.getRepository(resourceByKey.cities.entity).findOneBy({ id: enterprise.cityId });
  const round = await findRound(m, r.roundId);
  const deadline = city && round ? cityDeadline(round, city.id) : null;
  if (!city || !deadline || today <= deadline) return;
  throw new ValidationFailed({
    status: `${city.name}推荐截止日期为 ${deadline}，已过期（今天是 ${today}），不能${existing ? "重新推荐" : "新增推荐"}；如需补报，请联系省经信厅延长截止日期`,
  });
}

// An enterprise's own writes (entities/enterpriseForms.ts): a form it creates starts in its round, its
// enterprise and 待填写, whatever the body says; its record's 基本信息 is part of 附件1-1 and is changed
// only while that form may be.
import type { EntityManager } from "typeorm";
import type { ResourceDescription } from "../../../entities/describe";
import { ENTERPRISE_FORMS, ENTERPRISE_START, FORM_STATUS, formEditable } from "../../../entities/enterpriseForms";
import { resourceByKey } from "../../../entities/registry";
import type { Principal } from "../../access/policy";
import { Forbidden } from "../../errors";
import { roundOf } from "../rounds";

type Rec = Record<string, any>;

/** The enterprise's 推荐表 (registration) of a round, if it has one. */
export const currentRegistration = (m: EntityManager, enterpriseId: number, roundId: number) =>
  m.getRepository<Rec>(resourceByKey.registrations.entity).findOneBy({ enterpriseId, roundId });

/**
 * The body an enterprise's write is validated with: on a new form, the fields it does not fill in take
 * their start values (its enterprise, the current round, 企业申报 / the described default, 待填写).
 */
export async function enterpriseBody(
  m: EntityManager,
  desc: ResourceDescription,
  user: Principal,
  body: unknown,
  existing: Rec | undefined,
): Promise<unknown> {
  if (user.role !== "enterprise" || !body || typeof body !== "object" || Array.isArray(body)) return body;
  const form = ENTERPRISE_FORMS[desc.key];
  const enterpriseId = user.enterpriseId ?? -1;
  // Said before anything about the body's fields: an enterprise user makes forms, not enterprises.
  if (desc.key === "enterprises" && !existing) throw new Forbidden("企业用户不能新建企业");
  if (desc.key === "enterprises" && existing) {
    const registration = await currentRegistration(m, enterpriseId, (await roundOf(m, user)).id);
    if (registration && !formEditable(registration.formStatus))
      throw new Forbidden("推荐表已提交或已审核，企业基本信息不能再修改；如需修改请联系市州经信局退回");
  }
  if (!form || existing) return body;
  const start: Rec = Object.fromEntries(form.fixed.map((k) => [k, desc.fields[k]?.default ?? null]));
  const roundId = (await roundOf(m, user)).id;
  Object.assign(start, ENTERPRISE_START[desc.key], { enterpriseId, roundId });
  if (desc.key === "techDemands")
    start.registrationId = (await currentRegistration(m, enterpriseId, roundId))?.id ?? null;
  return { ...body, ...start };
}

/** A new form of an enterprise starts 待填写 (the state is read-only in the API: set here). */
export function startFormState(desc: ResourceDescription, user: Principal, record: Rec, existing: Rec | undefined) {
  if (user.role === "enterprise" && !existing && ENTERPRISE_FORMS[desc.key]) record.formStatus = FORM_STATUS.filling;
}

// 附件1-1 for many enterprises at once: the city chooses enterprises (or every one matching the list's
// filter) and their shared needs, and every nomination is made by the same write path as a single one
// (saveRecord: validation, flow, the role's rules, uniqueness, validity, quota; one audit entry each),
// all in one transaction. Any enterprise that cannot be nominated is named with its reason and nothing
// is written.
import type { DataSource, EntityManager } from "typeorm";
import type { BulkNominationAnswer, NominationRefusal } from "../../entities/api";
import { resourceByKey } from "../../entities/registry";
import { REGISTRATION_STATUS } from "../../entities/registration";
import { idOf, validateRecord } from "../../entities/validate";
import type { Principal } from "../access/policy";
import { ApiError, BadRequest, ValidationFailed } from "../errors";
import type { Filter } from "../rest/listQuery";
import { audit, diff, type RequestContext } from "./audit";
import { MAX_BULK } from "./records/bulkActions";
import { saveRecord } from "./records/saveRecord";
import { assertAccess, visibleRows } from "./records/visibleRecords";
import { unitOfWork } from "./unitOfWork";

type Rec = Record<string, any>;
const registrations = resourceByKey.registrations;
const enterprises = resourceByKey.enterprises;
/** Each nomination's own: the enterprise, its state and the reasons of decisions about it. */
const PER_RECORD = ["enterpriseId", "status", "returnReason", "overQuotaReason", "id", "version"];
export const NOT_VISIBLE = "不存在或无权访问";

/** The 400 of a bulk nomination that writes nothing: the enterprises refused and why, and field errors. */
export class NominationsRefused extends ApiError {
  constructor(
    message: string,
    readonly refused: NominationRefusal[],
    errors: Record<string, string> = {},
  ) {
    super(400, message, errors);
  }
}

const isObject = (v: unknown): v is Rec => !!v && typeof v === "object" && !Array.isArray(v);

/** The first thing a refused write says, as one sentence. */
const reasonOf = (e: ApiError) => Object.values(e.errors).find(Boolean) ?? e.message;

/** The enterprises named by ids (each one visible or refused) or by a list filter (the visible matches). */
async function targetEnterprises(m: EntityManager, user: Principal, body: Rec) {
  if (Array.isArray(body.enterpriseIds)) {
    const ids = [...new Set(body.enterpriseIds.map((v: unknown) => idOf(v)))];
    if (ids.length === 0 || ids.length > MAX_BULK)
      throw new BadRequest(`请选择 1 至 ${MAX_BULK} 家企业，本次为 ${ids.length} 家`);
    if (ids.some((n) => n < 1)) throw new BadRequest("企业编号应为正整数");
    const rows = await visibleRows(m, user, {}, enterprises.key)
      .andWhere("e.id IN (:...nominateIds)", { nominateIds: ids })
      .orderBy("e.id")
      .getMany();
    const seen = new Set(rows.map((r) => r.id as number));
    const hidden: NominationRefusal[] = ids
      .filter((id) => !seen.has(id))
      .map((id) => ({ enterpriseId: id, name: null, reason: `企业编号 ${id} ${NOT_VISIBLE}` }));
    return { rows, hidden };
  }
  if (!isObject(body.filter)) throw new BadRequest("请提供企业编号 enterpriseIds 或筛选条件 filter");
  const qb = visibleRows(m, user, body.filter as Filter, enterprises.key);
  const total = await qb.getCount();
  if (total === 0) throw new BadRequest("没有符合筛选条件的企业");
  if (total > MAX_BULK)
    throw new BadRequest(`符合条件的企业有 ${total} 家，批量推荐每次最多 ${MAX_BULK} 家，请缩小范围`);
  return { rows: await qb.orderBy("e.id").getMany(), hidden: [] as NominationRefusal[] };
}

/** The shared fields, checked once as a form would be, so a mistake in them is said once, on its field. */
function sharedData(data: unknown) {
  if (!isObject(data)) throw new BadRequest("请提供推荐内容 data");
  const shared = Object.fromEntries(Object.entries(data).filter(([k]) => !PER_RECORD.includes(k)));
  const { errors } = validateRecord(registrations, { ...shared, enterpriseId: 1 });
  delete errors.enterpriseId;
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
  return shared;
}

/** POST /api/registrations/bulk-create: one nomination per enterprise, all or none. */
export function bulkNominate(ds: DataSource, ctx: RequestContext, input: unknown): Promise<BulkNominationAnswer> {
  assertAccess(registrations, ctx.user, "write");
  assertAccess(enterprises, ctx.user, "read");
  if (!isObject(input)) throw new BadRequest("请求内容应为一个对象");
  const shared = sharedData(input.data);
  const reason = input.overQuotaReason;
  if (reason !== undefined && reason !== null && typeof reason !== "string")
    throw new BadRequest("超出名额说明应为文字", { overQuotaReason: "超出名额说明应为文字" });
  const overQuotaReason = typeof reason === "string" && reason.trim() ? reason.trim() : null;
  if (overQuotaReason && overQuotaReason.length > (registrations.fields.overQuotaReason.max ?? 500))
    throw new ValidationFailed({
      overQuotaReason: `超出名额说明不能超过 ${registrations.fields.overQuotaReason.max} 字`,
    });

  return unitOfWork(ds, async (m) => {
    const { rows, hidden } = await targetEnterprises(m, ctx.user, input);
    const refused: NominationRefusal[] = [...hidden];
    let quotaProblem: string | null = null;
    const created: Rec[] = [];
    for (const enterprise of rows) {
      const body = { ...shared, enterpriseId: enterprise.id, status: REGISTRATION_STATUS.nominated };
      try {
        try {
          created.push(await saveRecord(m, registrations, ctx.user, undefined, body));
        } catch (e) {
          // Beyond the quota: the one reason given for all, on the nominations that need it.
          if (!(e instanceof ApiError) || !e.errors.overQuotaReason) throw e;
          if (!overQuotaReason) {
            quotaProblem ??= e.errors.overQuotaReason;
            continue;
          }
          created.push(await saveRecord(m, registrations, ctx.user, undefined, { ...body, overQuotaReason }));
        }
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        refused.push({ enterpriseId: enterprise.id, name: enterprise.name, reason: reasonOf(e) });
      }
    }
    if (refused.length) {
      refused.sort((a, b) => a.enterpriseId - b.enterpriseId);
      throw new NominationsRefused(
        `${refused.length} 家企业不能推荐，本次未推荐任何企业：${refused[0].name ?? `编号 ${refused[0].enterpriseId}`}，${refused[0].reason.replace(/^企业编号 \d+ /, "")}`,
        refused,
        quotaProblem ? { overQuotaReason: quotaProblem } : {},
      );
    }
    if (quotaProblem)
      throw new NominationsRefused(`${quotaProblem}，本次未推荐任何企业`, [], { overQuotaReason: quotaProblem });
    for (const saved of created)
      await audit(m, ctx, {
        action: "create",
        resource: registrations.key,
        recordIds: [saved.id],
        changes: diff(registrations, undefined, saved),
        summary: `批量推荐（共 ${created.length} 家）`,
      });
    return { created: created.map((r) => r.id as number) };
  });
}

// Reading one resource for one principal: what the role may use at all, the rows it may see, one of
// them by id, and a page of them as the API shows it.
import type { DataSource, EntityManager, SelectQueryBuilder } from "typeorm";
import type { ResourceDescription } from "../../../entities/describe";
import { resourceByKey } from "../../../entities/registry";
import { idOf } from "../../../entities/validate";
import { access, applyScope, type Principal } from "../../access/policy";
import { Forbidden, NotFound, TooManyRequests } from "../../errors";
import { applyFilter, applySort, personalLookups, type Filter, type ListParams } from "../../rest/listQuery";
import { audit, type RequestContext } from "../audit";
import { queued, read } from "../unitOfWork";
import { presentRecord } from "./presentRecord";
import { SelectSql } from "./directRead";
import { isRoundScoped, roundOf } from "../rounds";

type Rec = Record<string, any>;

/** The repository of a described resource, in the caller's transaction. */
export const repositoryOf = (m: EntityManager, key: string) => m.getRepository<Rec>(resourceByKey[key].entity);

/** Refuses what the principal's role may not do with this resource at all. */
export function assertAccess(desc: ResourceDescription, user: Principal, need: "read" | "write") {
  const has = access(user, desc.key);
  if (has === "none") throw new NotFound(`没有名为“${desc.key}”的资源`);
  if (need === "write" && has !== "write") throw new Forbidden(`您没有修改${desc.label}的权限`);
}

/** The rows of resource `key` that `user` may see, narrowed by `filter`. */
export function visibleRows(m: EntityManager, user: Principal, filter: Filter, key: string): SelectQueryBuilder<any> {
  const desc = resourceByKey[key];
  return applyScope(applyFilter(repositoryOf(m, key).createQueryBuilder("e"), desc, filter, user), desc, user);
}

/** The same rows as visibleRows, as SQL written without a query builder: the read path of lists and records. */
export function visibleSql(m: EntityManager, user: Principal, filter: Filter, key: string) {
  const desc = resourceByKey[key];
  return applyScope(
    applyFilter(new SelectSql(m.connection, m.connection.getMetadata(desc.entity)), desc, filter, user),
    desc,
    user,
  );
}

/** One record the principal may see; any other id is a 404, whether it exists or not. */
export async function findVisible(m: EntityManager, desc: ResourceDescription, user: Principal, id: unknown) {
  const n = idOf(id);
  const [r] =
    n > 0 ? await visibleSql(m, user, {}, desc.key).andWhere(`"e"."id" = :findId`, { findId: n }).records(m) : [];
  if (!r) throw new NotFound(`${desc.label}不存在或已被删除（编号 ${String(id).slice(0, 20)}）`);
  return r;
}

/** Exact lookups by a masked field's complete value one user may make in an hour (guessing is slow). */
export const LOOKUPS_PER_HOUR = 30;

/** Refuses a lookup by a masked field beyond the user's hourly allowance (counted in the audit log, so across instances). */
export async function assertLookupAllowed(ds: DataSource, user: Principal) {
  const since = new Date(Date.now() - 3_600_000).toISOString();
  const made = await read(ds, (m) =>
    repositoryOf(m, "auditLogs")
      .createQueryBuilder("e")
      .where("e.userId = :lookupUser AND e.action = :lookup AND e.at >= :since", {
        lookupUser: user.id,
        lookup: "lookup",
        since,
      })
      .getCount(),
  );
  if (made >= LOOKUPS_PER_HOUR)
    throw new TooManyRequests(`按身份证号码、手机等个人信息精确查询每小时最多 ${LOOKUPS_PER_HOUR} 次，请稍后再试`);
}

/** Writes a lookup by masked fields (their labels) to the audit log: who, which field, when; never the value. */
export function auditLookup(
  ds: DataSource,
  ctx: RequestContext,
  desc: ResourceDescription,
  labels: string[],
  found: number,
) {
  return queued(ds, () =>
    audit(ds.manager, ctx, {
      action: "lookup",
      resource: desc.key,
      summary: `按${labels.map((l) => `“${l}”`).join("、")}的完整值精确查询${desc.label}（查询值不记录），${found} 条`,
    }),
  );
}

/**
 * One page of the visible rows, presented as lists show them, and (unless not wanted) their total.
 * A lookup by the complete value of a field the user sees masked is allowed LOOKUPS_PER_HOUR times an
 * hour and written to the audit log; pages read without their total are an export's, which does both itself.
 */
export async function listRecords(
  ds: DataSource,
  desc: ResourceDescription,
  user: Principal,
  params: ListParams,
  { withTotal = true } = {},
) {
  assertAccess(desc, user, "read");
  const lookups = withTotal ? personalLookups(desc, params.filter, user) : [];
  if (lookups.length) await assertLookupAllowed(ds, user);
  const page = await read(ds, async (m) => {
    // A round's records are listed in the request's round unless the filter names one.
    const filter =
      isRoundScoped(desc) && params.filter.roundId === undefined
        ? { ...params.filter, roundId: (await roundOf(m, user)).id }
        : params.filter;
    const sql = applySort(visibleSql(m, user, filter, desc.key), desc, params.sort, user);
    const total = withTotal ? await sql.count(m) : -1;
    const rows = await sql.paged(params.range[0], params.range[1] - params.range[0] + 1).records(m);
    return { total, rows: rows.map((r) => presentRecord(desc, r, user, { list: true })) };
  });
  // The list is asked for with the user only: the lookup's address is not known here.
  if (lookups.length) await auditLookup(ds, { user, ip: "" }, desc, lookups, page.total);
  return page;
}

/** One visible record as its page shows it. */
export function readRecord(ds: DataSource, desc: ResourceDescription, user: Principal, id: unknown) {
  assertAccess(desc, user, "read");
  return read(ds, async (m) => presentRecord(desc, await findVisible(m, desc, user, id), user));
}

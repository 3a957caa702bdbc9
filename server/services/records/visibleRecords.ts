// Reading one resource for one principal: what the role may use at all, the rows it may see, one of
// them by id, and a page of them as the API shows it.
import type { DataSource, EntityManager } from "typeorm";
import type { ResourceDescription } from "../../../entities/describe";
import { resourceByKey } from "../../../entities/registry";
import { idOf } from "../../../entities/validate";
import { access, applyScope, type Principal } from "../../access/policy";
import { Forbidden, NotFound } from "../../errors";
import { applyFilter, type Filter, type ListParams } from "../../rest/listQuery";
import { read } from "../unitOfWork";
import { presentRecord } from "./presentRecord";

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
export function visibleRows(m: EntityManager, user: Principal, filter: Filter, key: string) {
  const desc = resourceByKey[key];
  return applyScope(applyFilter(repositoryOf(m, key).createQueryBuilder("e"), desc, filter), desc, user);
}

/** One record the principal may see; any other id is a 404, whether it exists or not. */
export async function findVisible(m: EntityManager, desc: ResourceDescription, user: Principal, id: unknown) {
  const n = idOf(id);
  const r = n > 0 ? await visibleRows(m, user, {}, desc.key).andWhere("e.id = :findId", { findId: n }).getOne() : null;
  if (!r) throw new NotFound(`${desc.label}不存在或已被删除（编号 ${String(id).slice(0, 20)}）`);
  return r;
}

/** One page of the visible rows, presented as lists show them, and (unless not wanted) their total. */
export function listRecords(
  ds: DataSource,
  desc: ResourceDescription,
  user: Principal,
  params: ListParams,
  { withTotal = true } = {},
) {
  assertAccess(desc, user, "read");
  return read(ds, async (m) => {
    const qb = visibleRows(m, user, params.filter, desc.key);
    const total = withTotal ? Number((await qb.clone().select("COUNT(*)", "n").getRawOne()).n) : -1;
    const [field, order] = params.sort;
    qb.orderBy(`e.${field}`, order);
    if (field !== "id") qb.addOrderBy("e.id", "ASC");
    const rows = await qb
      .offset(params.range[0])
      .limit(params.range[1] - params.range[0] + 1)
      .getMany();
    return { total, rows: rows.map((r) => presentRecord(desc, r, user, { list: true })) };
  });
}

/** One visible record as its page shows it. */
export function readRecord(ds: DataSource, desc: ResourceDescription, user: Principal, id: unknown) {
  assertAccess(desc, user, "read");
  return read(ds, async (m) => presentRecord(desc, await findVisible(m, desc, user, id), user));
}

// Bulk actions: the same change to, or the deletion of, many records in one transaction — all or none.
import type { DataSource, EntityManager } from "typeorm";
import { recordName, type ResourceDescription } from "../../../entities/describe";
import type { BulkAnswer } from "../../../entities/api";
import { idOf, validateRecord } from "../../../entities/validate";
import type { Principal } from "../../access/policy";
import { ApiError, BadRequest, NotFound } from "../../errors";
import { failpoint } from "../../faults";
import type { Filter } from "../../rest/listQuery";
import { audit, diff, type Change, type RequestContext } from "../audit";
import { releaseFiles } from "../files";
import { unitOfWork, yieldToOthers } from "../unitOfWork";
import { deleteRecordIn } from "./deleteRecord";
import { saveRecord } from "./saveRecord";
import { assertAccess, visibleRows } from "./visibleRecords";
import { hooks } from "../rules/index";

type Rec = Record<string, any>;
export const MAX_BULK = 5000;
export interface BulkTarget {
  ids?: unknown[];
  filter?: unknown;
}

/** The records a bulk action names: explicit ids (all must be visible) or every visible record matching a filter. */
async function bulkTargets(m: EntityManager, desc: ResourceDescription, user: Principal, target: BulkTarget) {
  if (Array.isArray(target.ids)) {
    const ids = [...new Set(target.ids.map(Number))];
    if (ids.length === 0 || ids.length > MAX_BULK || !ids.every((n) => idOf(n) > 0))
      throw new BadRequest(`请选择 1 至 ${MAX_BULK} 条记录`);
    const rows = await visibleRows(m, user, {}, desc.key)
      .andWhere("e.id IN (:...bulkIds)", { bulkIds: ids })
      .orderBy("e.id")
      .getMany();
    if (rows.length !== ids.length)
      throw new NotFound(`所选${desc.label}中有 ${ids.length - rows.length} 条不存在或已被删除，未做任何修改`);
    return rows;
  }
  if (!target.filter || typeof target.filter !== "object" || Array.isArray(target.filter))
    throw new BadRequest("请提供记录编号 ids 或筛选条件 filter");
  const qb = visibleRows(m, user, target.filter as Filter, desc.key);
  const total = await qb.getCount();
  if (total > MAX_BULK)
    throw new BadRequest(`符合条件的记录有 ${total} 条，批量操作每次最多 ${MAX_BULK} 条，请缩小范围`);
  return qb.orderBy("e.id").getMany();
}

/** Runs `work` on one record of a bulk action; a failure names the record and undoes everything. */
async function forEachTarget(desc: ResourceDescription, existing: Rec, undone: string, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (e) {
    if (e instanceof ApiError)
      throw new ApiError(e.status, `${desc.label}“${recordName(desc, existing)}”：${e.message}，${undone}`, e.errors);
    throw e;
  }
}

/** Applies the same partial body to every target in one transaction: all change or none. */
export async function bulkUpdate(
  ds: DataSource,
  desc: ResourceDescription,
  ctx: RequestContext,
  target: BulkTarget,
  data: unknown,
) {
  assertAccess(desc, ctx.user, "write");
  const answer = await unitOfWork(ds, async (m) => {
    if (!data || typeof data !== "object" || Array.isArray(data) || Object.keys(data).length === 0)
      throw new BadRequest("请提供要修改的字段");
    const { version: _ignored, ...body } = data as Rec;
    const rows = await bulkTargets(m, desc, ctx.user, target);
    const changes: Change[] = [];
    const ids: number[] = [];
    const unchanged: number[] = [];
    for (const [i, existing] of rows.entries()) {
      if (i % 200 === 199) await yieldToOthers(); // others' requests are answered between chunks
      // A record that already has these values is left as it is: no new version, no log entry.
      if (alreadySo(desc, existing, body)) unchanged.push(existing.id);
      else {
        await forEachTarget(desc, existing, "全部未修改", async () =>
          changes.push(...diff(desc, existing, await saveRecord(m, desc, ctx.user, existing, body))),
        );
        ids.push(existing.id);
      }
      if (i === Math.floor(rows.length / 2)) await failpoint("bulkUpdate");
    }
    if (ids.length)
      await audit(m, ctx, {
        action: "bulkUpdate",
        resource: desc.key,
        recordIds: ids,
        changes,
        summary: `批量修改 ${ids.length} 条${unchanged.length ? `，${unchanged.length} 条原已如此，未改动` : ""}`,
      });
    return { data: ids, unchanged } satisfies BulkAnswer;
  });
  await hooks[desc.key]?.afterCommit?.(ds);
  return answer;
}

/** Whether the partial body, valid as it is, would change none of the record's fields. */
function alreadySo(desc: ResourceDescription, existing: Rec, body: Rec) {
  const { values, errors } = validateRecord(desc, body, existing);
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return Object.keys(errors).length === 0 && Object.entries(values).every(([k, v]) => same(v, existing[k]));
}

/** Deletes every target in one transaction: all or none; their archive files are released afterwards. */
export async function bulkDelete(ds: DataSource, desc: ResourceDescription, ctx: RequestContext, target: BulkTarget) {
  assertAccess(desc, ctx.user, "write");
  const { ids, files } = await unitOfWork(ds, async (m) => {
    const rows = await bulkTargets(m, desc, ctx.user, target);
    const files: string[] = [];
    for (const [i, existing] of rows.entries()) {
      if (i % 200 === 199) await yieldToOthers();
      await forEachTarget(desc, existing, "全部未删除", async () =>
        files.push(...(await deleteRecordIn(m, desc, ctx.user, existing))),
      );
    }
    const ids = rows.map((r) => r.id as number);
    await audit(m, ctx, {
      action: "bulkDelete",
      resource: desc.key,
      recordIds: ids,
      changes: rows.flatMap((r) => diff(desc, r, undefined)),
      summary: `批量删除 ${ids.length} 条`,
    });
    return { ids, files };
  });
  await releaseFiles(ds, files);
  await hooks[desc.key]?.afterCommit?.(ds);
  return ids;
}

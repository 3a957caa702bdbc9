// An import's writes: the previewed rows, new records or updates of given ids, in one transaction.
import type { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../access/policy";
import type { ResourceDescription } from "../../../entities/describe";
import { ApiError } from "../../errors";
import { failpoint } from "../../faults";
import { audit, type RequestContext } from "../audit";
import { unitOfWork, yieldToOthers } from "../unitOfWork";
import { saveRecord } from "./saveRecord";
import { hooks } from "../rules/index";
import { assertAccess, findVisible, visibleSql } from "./visibleRecords";

type Rec = Record<string, any>;
export interface ImportItem {
  /** The sheet's own row number, named in any failure. */
  row: number;
  /** The record the row updates; none for a new one. */
  id?: number;
  body: Rec;
}

/** Writes every item through the one save of a record: all or none, a failure naming its row. */
export function importRecords(
  ds: DataSource,
  desc: ResourceDescription,
  ctx: RequestContext,
  items: ImportItem[],
  summary: string,
) {
  assertAccess(desc, ctx.user, "write");
  // The records the items update are read in this transaction a chunk at a time (one SELECT … IN, as findVisible
  // reads one), unless the resource's hooks write (a write could change a record read ahead of its turn).
  const ahead = !hooks[desc.key]?.beforeWrite && !hooks[desc.key]?.afterWrite;
  return unitOfWork(ds, async (m) => {
    const ids: number[] = [];
    const CHUNK = 200;
    let read = new Map<number, Rec>();
    for (const [i, item] of items.entries()) {
      if (ahead && i % CHUNK === 0) read = await readAhead(m, desc, ctx.user, items.slice(i, i + CHUNK));
      try {
        // Each record read ahead is used once: a second row naming it reads it again, after the first's write.
        const early = item.id ? read.get(item.id) : undefined;
        if (early) read.delete(item.id!);
        const existing = item.id ? (early ?? (await findVisible(m, desc, ctx.user, item.id))) : undefined;
        ids.push((await saveRecord(m, desc, ctx.user, existing, item.body)).id);
      } catch (e) {
        if (e instanceof ApiError)
          throw new ApiError(e.status, `第 ${item.row} 行：${e.message}，全部未导入`, e.errors);
        throw e;
      }
      if (ids.length === Math.ceil(items.length / 2)) await failpoint("importCommit");
      // Other users' requests are answered between chunks (their reads on the reader connection).
      if (ids.length % CHUNK === 0) await yieldToOthers();
    }
    await audit(m, ctx, { action: "import", resource: desc.key, recordIds: ids, summary });
    return ids;
  });
}

/** The visible records the items name by id, by id (the others are read by findVisible, which says why not). */
async function readAhead(m: EntityManager, desc: ResourceDescription, user: Principal, items: ImportItem[]) {
  const wanted = [...new Set(items.map((x) => x.id).filter((id): id is number => Number.isInteger(id) && id! > 0))];
  if (!wanted.length) return new Map<number, Rec>();
  const rows = await visibleSql(m, user, {}, desc.key)
    .andWhere(`"e"."id" IN (:...aheadIds)`, { aheadIds: wanted })
    .records(m);
  return new Map<number, Rec>(rows.map((r) => [r.id, r]));
}

// An import's writes: the previewed rows, new records or updates of given ids, in one transaction.
import type { DataSource } from "typeorm";
import type { ResourceDescription } from "../../../entities/describe";
import { ApiError } from "../../errors";
import { failpoint } from "../../faults";
import { audit, type RequestContext } from "../audit";
import { unitOfWork, yieldToOthers } from "../unitOfWork";
import { saveRecord } from "./saveRecord";
import { assertAccess, findVisible } from "./visibleRecords";

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
  return unitOfWork(ds, async (m) => {
    const ids: number[] = [];
    const CHUNK = 200;
    for (const item of items) {
      try {
        const existing = item.id ? await findVisible(m, desc, ctx.user, item.id) : undefined;
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

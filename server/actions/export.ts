// GET /api/{r}/export.xlsx and /export.csv: every record matching the list's filter and sort.
import { once } from "node:events";
import type { Response } from "express";
import type { DataSource } from "typeorm";
import { beijingStamp } from "../../entities/dates";
import type { ResourceDescription } from "../../entities/describe";
import { BadRequest } from "../errors";
import { describeFilter, parseListParams, personalLookups } from "../rest/listQuery";
import { asAttachment } from "./download";
import type { ResourceService } from "../services/resourceService";
import { audit, type RequestContext } from "../services/audit";
import { cells, exportColumns, exportPages } from "../services/exportRows";
import { csvField, DATE_FORMAT, DATETIME_FORMAT, isCodeField, sheetCell, streamingWorkbook } from "../services/output";
import { assertLookupAllowed, auditLookup } from "../services/records/visibleRecords";
import { queued, read } from "../services/unitOfWork";

const stamp = () => beijingStamp().slice(0, 13).replace("-", "");
const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

const attachment = (res: Response, desc: ResourceDescription, ext: string, type: string) =>
  asAttachment(res, `${desc.label}-${stamp()}.${ext}`, type);

export async function exportList(
  ds: DataSource,
  ctx: RequestContext,
  service: ResourceService,
  format: string,
  query: Record<string, unknown>,
  res: Response,
) {
  if (format !== "xlsx" && format !== "csv") throw new BadRequest("导出格式应为 xlsx 或 csv");
  service.assertAccess(ctx.user, "read");
  const { sort, filter } = parseListParams(service.desc, query);
  const columns = exportColumns(service.desc);
  const lookups = personalLookups(service.desc, filter, ctx.user);
  if (lookups.length) await assertLookupAllowed(ds, ctx.user);
  const total = await read(ds, (m) => service.query(ctx.user, filter, m).getCount());
  await queued(ds, () =>
    audit(ds.manager, ctx, {
      action: "export",
      resource: service.desc.key,
      summary: `导出 ${format === "xlsx" ? "Excel" : "CSV"}，${total} 条；筛选条件：${describeFilter(service.desc, filter).slice(0, 1000)}`,
    }),
  );
  if (lookups.length) await auditLookup(ds, ctx, service.desc, lookups, total);
  // The first page is read before any header is sent, so a bad filter still gets its 400.
  const source = exportPages(ds, ctx.user, service, { sort, filter });
  const first = await source.next();
  const pages = (async function* () {
    if (!first.done) yield first.value;
    yield* source;
  })();

  if (format === "csv") {
    attachment(res, service.desc, "csv", "text/csv; charset=utf-8");
    // Columns of codes (credit codes, ID numbers, phones, 编号) keep their digits in Excel and WPS: csvField.
    const codes = columns.map((c) => isCodeField(c.field));
    res.write("\uFEFF" + columns.map((c) => csvField(sheetCell(c.label))).join(",") + "\r\n");
    for await (const page of pages) {
      const line = (r: Record<string, unknown>) =>
        cells(columns, r, page, "csv")
          .map((c, i) => csvField(c, codes[i]))
          .join(",");
      const text = page.rows.map(line).join("\r\n") + "\r\n";
      if (!res.write(text)) await new Promise((resolve) => res.once("drain", resolve));
    }
    res.end();
    return;
  }

  attachment(res, service.desc, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const wb = streamingWorkbook(res);
  const ws = wb.addWorksheet(service.desc.label, { views: [{ state: "frozen", ySplit: 1 }] });
  // Date columns hold real dates (cells), shown as yyyy-mm-dd (hh:mm): they sort and filter as dates.
  const numFmt = (c: (typeof columns)[number]) =>
    c.field?.type === "date" ? DATE_FORMAT : c.field?.type === "datetime" ? DATETIME_FORMAT : undefined;
  ws.columns = columns.map((c) => ({
    header: String(sheetCell(c.label)),
    key: c.key,
    width: c.width,
    ...(numFmt(c) ? { style: { numFmt: numFmt(c) } } : {}),
  }));
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F5C99" } };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.height = 24;
  header.commit();
  let count = 0;
  for await (const page of pages) {
    for (const r of page.rows) {
      ws.addRow(cells(columns, r, page)).commit();
      if (++count % 100 === 0) await yieldToLoop();
    }
    // ExcelJS has no back-pressure of its own: wait for a slow client before reading more rows.
    if (res.writableNeedDrain) await once(res, "drain");
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, count + 1), column: columns.length } };
  ws.commit();
  await wb.commit();
}

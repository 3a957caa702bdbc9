// GET /api/{r}/export.xlsx and /export.csv: every record matching the list's filter and sort.
import type { Writable } from "node:stream";
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

/** Bytes of a sheet's XML that may wait for zlib (or, through the zip, for the client) before rows pause. */
const SHEET_BACKLOG = 1 << 20;

/**
 * Waits until `stream` drains, or until the response closes (the client went away): whichever comes first.
 */
const drainOf = (stream: Writable, res: Response) =>
  new Promise<void>((resolve) => {
    const done = () => (stream.off("drain", done), res.off("close", done), resolve());
    stream.once("drain", done);
    res.once("close", done);
  });

/**
 * Back-pressure for ExcelJS's streaming writer, which has none: it hands every 64 KB of a sheet's XML to
 * the zip entry (a PassThrough into zlib's deflate) without looking at what write() returns, so rows built
 * faster than zlib compresses them, or than the client reads the response, piled up there in memory (most
 * of the sheet's XML, about 1 KB a row, for a large list). The entry is piped through the zip into the
 * response, so its backlog also stands for a slow client. Resolves false once the response has closed.
 */
async function sheetDrained(ws: object, res: Response): Promise<boolean> {
  // A WorksheetWriter's stream, ExcelJS's StreamBuf: `pipes` are what it writes to (archiver's PassThrough
  // into the zip entry: readable-stream's, whose writable length only its state tells), `buffers` what
  // waits for one.
  const sheet = (ws as { stream: unknown }).stream as { pipes?: Writable[]; buffers?: unknown[] };
  const waiting = (p: Writable) =>
    p.writableLength ?? (p as unknown as { _writableState?: { length: number } })._writableState?.length ?? 0;
  for (;;) {
    if (res.destroyed) return false;
    const backlog = sheet.pipes?.find((p) => waiting(p) > SHEET_BACKLOG);
    if (backlog) await drainOf(backlog, res);
    else if ((sheet.buffers?.length ?? 0) > 16)
      await yieldToLoop(); // the zip has not taken the sheet yet
    else if (res.writableNeedDrain) await drainOf(res, res);
    else return true;
  }
}

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
      if (!res.write(text)) await drainOf(res, res);
      if (res.destroyed) return;
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
  // One style object per column, shared by its cells: ExcelJS gives every new cell a style object of its
  // own, then renders each one to XML to find its index among the workbook's styles; a shared object is
  // looked up once (its cache is by object): the same file, without most of ExcelJS's work per cell.
  const styles = columns.map((c) => (numFmt(c) ? { numFmt: numFmt(c) } : {}));
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F5C99" } };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.height = 24;
  header.commit();
  let count = 0;
  for await (const page of pages) {
    for (const r of page.rows) {
      const row = ws.addRow(cells(columns, r, page));
      row.eachCell({ includeEmpty: true }, (cell, i) => (cell.style = styles[i - 1]));
      row.commit();
      if (++count % 100 === 0) {
        await yieldToLoop();
        if (!(await sheetDrained(ws, res))) return;
      }
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, count + 1), column: columns.length } };
  ws.commit();
  await wb.commit();
}

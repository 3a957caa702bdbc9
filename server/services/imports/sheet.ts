// Reads the first sheet of an uploaded xlsx, or a CSV in UTF-8 (with or without BOM) or GB18030/GBK,
// into rows of plain cell values with the sheet's own row numbers — as a stream, with bounded memory:
// an xlsx's zip is checked in its central directory first (zip.ts), its rows are parsed as they inflate,
// the header is found among the first 20 rows, and reading stops at the data row past the limit.
import { isUtf8 } from "node:buffer";
import ExcelJS from "exceljs";
import { IMPORT_MAX_ROWS, IMPORT_ZIP_LIMITS, type ImportKind } from "../../../entities/imports";
import { ApiError, BadRequest } from "../../errors";
import { yieldToOthers } from "../unitOfWork";
import { findHeader, type SheetHeader } from "./header";
import { isSkippable } from "./rowValues";
import { entryStream, zipEntries, type ZipEntry } from "./zip";

export type CellValue = string | number | boolean | Date | null;
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);
/** Rows read between two turns of the event loop for other requests. */
const CHUNK_ROWS = 500;

const tooMany = () =>
  new BadRequest(`表格最多 ${IMPORT_MAX_ROWS} 行数据（表头以下），本表格超过了这个数量，未导入任何数据；请分批导入`);

/** A cell as a person sees it: rich text joined, a formula's result, a hyperlink's text. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  const o = v as any;
  if (Array.isArray(o.richText)) return o.richText.map((t: { text: string }) => t.text).join("");
  if ("result" in o) return plain(o.result);
  if ("text" in o) return plain(o.text);
  if ("error" in o) return null;
  if ("sharedString" in o) return null;
  return String(v);
}

/**
 * Takes the rows as they are read: finds the header among the first 20, counts the data rows below it and
 * refuses the sheet at the first one past the limit; lets other requests in every few hundred rows.
 */
class Collector {
  readonly rows: SheetRow[] = [];
  header?: SheetHeader;
  private data = 0;
  constructor(
    private readonly kind: ImportKind,
    private readonly signal?: AbortSignal,
  ) {}

  async add(row: SheetRow) {
    this.rows.push(row);
    if (this.header) this.count(row);
    else if (this.rows.length === 20) {
      this.header = findHeader(this.rows, this.kind);
      this.rows.slice(this.header.index + 1).forEach((r) => this.count(r));
    }
    if (this.rows.length % CHUNK_ROWS === 0) await this.pause();
  }

  async pause() {
    await yieldToOthers();
    if (this.signal?.aborted) throw new BadRequest("请求已取消");
  }

  private count(row: SheetRow) {
    if (!isSkippable(row.cells) && ++this.data > IMPORT_MAX_ROWS) throw tooMany();
  }

  finish() {
    if (!this.rows.length) throw new BadRequest("表格是空的");
    this.header ??= findHeader(this.rows, this.kind);
    return { rows: this.rows, header: this.header };
  }
}

/**
 * The workbook's parts in the order that keeps memory bounded (relationships, workbook, shared strings,
 * styles, then the sheets in the workbook's order), each given to ExcelJS's streaming reader
 * (`ExcelJS.stream.xlsx.WorkbookReader`, whose per-part parsers exceljs 4.4 keeps as methods) instead of
 * letting it read the zip in file order — which parks a sheet that comes before its shared strings in a
 * temporary file, and cannot bound what an entry inflates to.
 */
async function readXlsx(data: Buffer, into: Collector) {
  const entries = zipEntries(data);
  const part = (name: string, limit = IMPORT_ZIP_LIMITS.part, what = "部件") => {
    const e = entries.get(name);
    return e ? entryStream(data, e, limit, what) : null;
  };
  const reader: any = new ExcelJS.stream.xlsx.WorkbookReader(undefined as any, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  try {
    const rels = part("xl/_rels/workbook.xml.rels");
    if (rels) await reader._parseRels(rels);
    const book = part("xl/workbook.xml");
    if (book) await reader._parseWorkbook(book);
    reader.properties ??= {};
    const shared = part("xl/sharedStrings.xml", IMPORT_ZIP_LIMITS.sharedStrings, "共享文本");
    if (shared) for await (const _ of reader._parseSharedStrings(shared));
    reader.sharedStrings ??= [];
    const styles = part("xl/styles.xml");
    if (styles) await reader._parseStyles(styles);
    for (const [no, entry] of sheetsInOrder(entries, reader)) {
      const [{ value: sheet }] = [
        ...reader._parseWorksheet(entryStream(data, entry, IMPORT_ZIP_LIMITS.sheet, "工作表"), no),
      ];
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        if (!row.hasValues) continue;
        const cells: CellValue[] = [];
        row.eachCell({ includeEmpty: true }, (c, col) => (cells[col - 1] = plain(c.value)));
        await into.add({ row: row.number, cells });
      }
      // The first sheet with content is the one imported.
      if (into.rows.length) return;
      await into.pause();
    }
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new BadRequest("无法读取该 Excel 文件：文件可能已损坏");
  }
  throw new BadRequest("表格是空的：第一个工作表没有内容");
}

/** The worksheets' entries in the workbook's order (by its relationships), else by their numbers. */
function sheetsInOrder(entries: Map<string, ZipEntry>, reader: any): [string, ZipEntry][] {
  const sheets = [...entries.keys()]
    .map((name) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name))
    .filter((m): m is RegExpExecArray => !!m)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => [m[1], entries.get(m[0])!] as [string, ZipEntry]);
  const rels: { Id: string; Target: string }[] = reader.workbookRels ?? [];
  const order: { rId: string }[] = reader.model?.sheets ?? [];
  const rank = (no: string) => {
    const rel = rels.find((r) => r.Target.replace(/^\/?(xl\/)?/, "") === `worksheets/sheet${no}.xml`);
    const i = rel ? order.findIndex((s) => s.rId === rel.Id) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return sheets.sort((a, b) => rank(a[0]) - rank(b[0]));
}

/** RFC 4180, fed text in pieces: commas, quoted fields with doubled quotes and line breaks inside. */
class CsvParser {
  private cells: CellValue[] = [];
  private cell = "";
  private quoted = false;
  /** A quote seen in a quoted field: the field's end, or the first of a doubled quote. */
  private quote = false;
  /** A CR seen: a following LF belongs to the same line end. */
  private cr = false;
  private line = 1;
  private rowStart = 1;
  private readonly out: SheetRow[] = [];

  /** The rows the text completes. */
  write(text: string): SheetRow[] {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (this.cr) {
        this.cr = false;
        if (ch === "\n") continue;
      }
      if (this.quote) {
        this.quote = false;
        if (ch === '"') {
          this.cell += '"';
          continue;
        }
        this.quoted = false;
      }
      if (this.quoted) {
        if (ch === '"') this.quote = true;
        else {
          if (ch === "\n") this.line++;
          this.cell += ch;
        }
      } else if (ch === '"' && this.cell === "") this.quoted = true;
      else if (ch === ",") this.endCell();
      else if (ch === "\n" || ch === "\r") {
        this.cr = ch === "\r";
        this.line++;
        this.endRow();
      } else this.cell += ch;
    }
    return this.out.splice(0);
  }

  /** The last row, when the text does not end with a line break. */
  end(): SheetRow[] {
    if (this.quote) this.quoted = false;
    if (this.cell !== "" || this.cells.length) this.endRow();
    return this.out.splice(0);
  }

  private endCell() {
    this.cells.push(this.cell === "" ? null : this.cell);
    this.cell = "";
  }

  private endRow() {
    this.endCell();
    if (this.cells.some((c) => c !== null)) this.out.push({ row: this.rowStart, cells: this.cells });
    this.cells = [];
    this.rowStart = this.line;
  }
}

/** UTF-8 when it is valid UTF-8 (BOM or not), else GB18030 — a superset of GBK, as Excel on Chinese Windows saves; decoded 1 MB at a time. */
async function readCsv(data: Buffer, into: Collector) {
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  const bytes = bom ? data.subarray(3) : data;
  const decoder = new TextDecoder(isUtf8(bytes) ? "utf-8" : "gb18030");
  const parser = new CsvParser();
  const STEP = 1024 * 1024;
  for (let at = 0; at < bytes.length; at += STEP) {
    const last = at + STEP >= bytes.length;
    const text = decoder.decode(bytes.subarray(at, at + STEP), { stream: !last });
    for (const row of parser.write(text)) await into.add(row);
    await into.pause();
  }
  for (const row of parser.end()) await into.add(row);
}

/** The sheet's rows and its header, or a 400 in Chinese: not a sheet, empty, no header, too many rows, too large. */
export async function readSheet(
  data: Buffer,
  fileName: string,
  kind: ImportKind,
  signal?: AbortSignal,
): Promise<{ rows: SheetRow[]; header: SheetHeader }> {
  if (!data.length) throw new BadRequest("文件是空的");
  if (starts(data, OLE))
    throw new BadRequest(
      "无法读取该文件：它是旧版 .xls 或设置了打开密码，请在 Excel 中取消密码并另存为 .xlsx 后再导入",
    );
  const into = new Collector(kind, signal);
  if (starts(data, ZIP)) await readXlsx(data, into);
  else if (/\.(csv|txt)$/i.test(fileName)) await readCsv(data, into);
  else throw new BadRequest("请上传 Excel（.xlsx）或 CSV 文件");
  return into.finish();
}

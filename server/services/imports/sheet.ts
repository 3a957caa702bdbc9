// Reads the first sheet of an uploaded xlsx, or a CSV in UTF-8 (with or without BOM) or GB18030/GBK,
// into rows of plain cell values with the sheet's own row numbers.
import ExcelJS from "exceljs";
import { BadRequest } from "../../errors";
import { IMPORT_MAX_ROWS } from "../../../entities/imports";

export type CellValue = string | number | boolean | Date | null;
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

/** A cell as a person sees it: rich text joined, a formula's result, a hyperlink's text. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  const o = v as any;
  if (Array.isArray(o.richText)) return o.richText.map((t: { text: string }) => t.text).join("");
  if ("result" in o) return plain(o.result);
  if ("text" in o) return plain(o.text);
  if ("error" in o) return null;
  return String(v);
}

async function readXlsx(data: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as any);
  } catch {
    throw new BadRequest("无法读取该 Excel 文件：文件可能已损坏");
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw new BadRequest("表格是空的：第一个工作表没有内容");
  if (ws.rowCount > IMPORT_MAX_ROWS + 50) throw new BadRequest(`表格最多 ${IMPORT_MAX_ROWS} 行，请分批导入`);
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    const cells: CellValue[] = [];
    // A merged cell reads as its master's value wherever it spans; only the master counts.
    r.eachCell(
      { includeEmpty: true },
      (c, col) => (cells[col - 1] = c.isMerged && c.master !== c ? null : plain(c.value)),
    );
    rows.push({ row: n, cells });
  });
  return rows;
}

/** UTF-8 when it decodes cleanly (BOM or not), else GB18030 — a superset of GBK, as Excel on Chinese Windows saves. */
export function decodeText(data: Buffer) {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.subarray(3).toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return new TextDecoder("gb18030").decode(data);
  }
}

/** RFC 4180: commas, quoted fields with doubled quotes and line breaks inside. */
export function parseCsv(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: CellValue[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endCell = () => {
    cells.push(cell === "" ? null : cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    if (cells.some((c) => c !== null)) rows.push({ row: rowStart, cells });
    cells = [];
    rowStart = line;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRow();
    } else cell += ch;
    if (rows.length > IMPORT_MAX_ROWS + 50) throw new BadRequest(`表格最多 ${IMPORT_MAX_ROWS} 行，请分批导入`);
  }
  if (cell !== "" || cells.length) endRow();
  return rows;
}

export async function readSheet(data: Buffer, fileName: string): Promise<SheetRow[]> {
  if (!data.length) throw new BadRequest("文件是空的");
  if (starts(data, OLE))
    throw new BadRequest(
      "无法读取该文件：它是旧版 .xls 或设置了打开密码，请在 Excel 中取消密码并另存为 .xlsx 后再导入",
    );
  const rows = starts(data, ZIP)
    ? await readXlsx(data)
    : /\.(csv|txt)$/i.test(fileName)
      ? parseCsv(decodeText(data))
      : null;
  if (!rows) throw new BadRequest("请上传 Excel（.xlsx）或 CSV 文件");
  if (!rows.length) throw new BadRequest("表格是空的");
  return rows;
}

// The two rules every output of the server follows, in one place so that a new output cannot forget
// them: personal data masked for whoever may not see it whole (maskValue, maskText), and text that a
// spreadsheet program would read as a formula neutralised (neutralise, sheetCell, workbook). Lists,
// records, exports, reports, the class documents, the import sheets, audit diffs and notices use them;
// test/api/outputs.test.ts downloads every output and fails when one leaks.
import ExcelJS from "exceljs";
import { beijingClock } from "../../entities/dates";
import type { Field } from "../../entities/describe";
import { maskIdentifier } from "../../entities/masks";
import { seesInFull, type Principal } from "../access/policy";

type Personal = Pick<Field, "personal"> | undefined;

/**
 * Whether `user` sees this field's values masked. `null` (no reader: the audit log, a stored text)
 * always masks; `list` masks ID numbers for everyone, as lists and exports show them.
 */
export function masksFor(user: Principal | null, field: Personal, opts: { list?: boolean } = {}): boolean {
  const kind = field?.personal;
  if (!kind) return false;
  if (!user || (opts.list && kind === "identity")) return true;
  return !seesInFull(user, kind);
}

/** The value as `user` may see it: personal data masked (420***********1234, 138****5678), the rest as is. */
export function maskValue<T>(field: Personal, value: T, user: Principal | null, opts: { list?: boolean } = {}): T {
  if (value === null || value === undefined || value === "") return value;
  return (masksFor(user, field, opts) ? maskIdentifier(String(value)) : value) as T;
}

/** ID numbers (18 characters, the last may be X) and mobiles (11 digits from 13–19) inside free text. */
const ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** Free text (a reason, a notice) as `user` may read it: ID numbers and mobiles in it masked as fields are. */
export function maskText(text: string, user: Principal | null): string {
  let out = text;
  if (masksFor(user, { personal: "identity" })) out = out.replace(ID_IN_TEXT, (s) => maskIdentifier(s));
  if (masksFor(user, { personal: "contact" })) out = out.replace(MOBILE_IN_TEXT, (s) => maskIdentifier(s));
  return out;
}

/** Text that Excel, WPS or LibreOffice would read as a formula (or a DDE call): prefixed with `'`. */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
export const neutralise = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

export type Cell = string | number | boolean | Date | null;

/** Any value as one cell of an xlsx or CSV: numbers, booleans and dates as they are, all text neutralised. */
export function sheetCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean" || v instanceof Date) return v;
  return neutralise(typeof v === "string" ? v : JSON.stringify(v));
}

/**
 * A column whose values are codes, never numbers: a rule creditCode / idNumber / mobile / phone, or any
 * other text field (编号, 邮政编码…): a spreadsheet must keep every digit and leading zeros of them.
 */
export const isCodeField = (field: Pick<Field, "rule" | "type"> | undefined) =>
  !!field && (CODE_RULES.has(field.rule ?? "") || field.type === "string");
const CODE_RULES = new Set(["creditCode", "idNumber", "mobile", "phone"]);

/** Text that Excel and WPS would read as a number (914201114104046922 → 9.14E+17; 0271 → 271). */
const NUMBER_LIKE = /^\d+$/;

/**
 * One CSV field. `code`: the column holds codes (a rule creditCode / idNumber / mobile / phone, or any
 * text field), so a value that Excel and WPS would read as a number (all digits: 914201114104046922 →
 * 9.14E+17) is written with a leading tab, which they keep as text. Only digits may follow the tab, so
 * it never starts a formula; every other text is as sheetCell made it (neutralised).
 */
export function csvField(c: Cell, code = false): string {
  if (c === null) return "";
  // A Date here holds a wall-clock time (sheetDate's): its UTC reading is what the sheet shows.
  const s =
    c instanceof Date
      ? c
          .toISOString()
          .slice(0, 16)
          .replace("T", " ")
          .replace(/ 00:00$/, "")
      : String(c);
  if (code && typeof c === "string" && NUMBER_LIKE.test(s)) return `\t${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Excel's number formats of the two kinds of dates in an xlsx (real dates, so they sort and filter as dates). */
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";

/**
 * A stored date (`YYYY-MM-DD`) or instant as an xlsx cell: a Date Excel reads as that day (or that
 * Beijing wall-clock time: a sheet has no time zone). Anything unreadable stays text.
 */
export function sheetDate(v: unknown, kind: "date" | "datetime"): Cell {
  const text = String(v);
  if (kind === "date") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return sheetCell(text);
    const d = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? sheetCell(text) : d;
  }
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? sheetCell(text) : new Date(`${beijingClock(at).slice(0, 16)}:00Z`);
}

/** A row of cells: see sheetCell. */
export const sheetRow = (values: unknown[]): Cell[] => values.map(sheetCell);

/**
 * Every cell of a workbook made safe: text neutralised, formulas (never written on purpose) turned into
 * their text. Run on every workbook `workbook()` makes, just before it is written.
 */
export function neutraliseWorkbook(wb: ExcelJS.Workbook) {
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as any;
        if (typeof v === "string") {
          if (FORMULA_START.test(v)) cell.value = neutralise(v);
        } else if (v && typeof v === "object" && !(v instanceof Date)) {
          if ("formula" in v || "sharedFormula" in v) cell.value = neutralise(`=${v.formula ?? v.sharedFormula}`);
          else if (Array.isArray(v.richText) && v.richText.length) {
            const text = v.richText.map((t: { text: string }) => t.text).join("");
            if (FORMULA_START.test(text)) cell.value = neutralise(text);
          } else if (typeof v.text === "string" && FORMULA_START.test(v.text)) cell.value = neutralise(v.text);
        }
      }),
    ),
  );
  return wb;
}

/**
 * A new workbook for any xlsx the server hands out: whatever is put in it, its text is neutralised
 * when it is written (xlsx.write / xlsx.writeBuffer). Writers also pass their values through sheetCell.
 */
export function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "专精特新培育赋能管理平台";
  const xlsx = wb.xlsx;
  const write = xlsx.write.bind(xlsx);
  const writeBuffer = xlsx.writeBuffer.bind(xlsx);
  xlsx.write = (stream, options) => {
    neutraliseWorkbook(wb);
    return write(stream, options);
  };
  xlsx.writeBuffer = (options) => {
    neutraliseWorkbook(wb);
    return writeBuffer(options);
  };
  return wb;
}

/** The streaming workbook of an export: rows are committed as they go, so each must be built by sheetRow. */
export function streamingWorkbook(stream: NodeJS.WritableStream) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: stream as any,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "专精特新培育赋能管理平台";
  return wb;
}

// What a person would normalise in a cell before it is a field's value: spaces, full-width
// characters, phones stored as numbers, Excel date serials, labels for codes.
import type { Field } from "../../../entities/describe";
import type { CellValue } from "./sheet";

/** Full-width digits and letters and the ideographic space become half-width; Chinese punctuation stays. */
export const halfWidth = (s: string) =>
  s.replace(/[０-９Ａ-Ｚａ-ｚ＠．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");

export const cellText = (v: CellValue): string => {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  return halfWidth(String(v)).replace(/\s+/g, " ").trim();
};

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
const fromSerial = (n: number) =>
  new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86_400_000).toISOString().slice(0, 10);

function parseDate(v: CellValue): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") return v > 20000 && v < 80000 ? fromSerial(v) : null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cellText(v));
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : null;
}

/** An option by its label (either width of brackets) or its code; else the text, for validation to name. */
const option = (f: Field, text: string) =>
  f.options!.find((o) => halfWidth(o.label) === text || o.value === text)?.value ?? text;

const YES = ["是", "有", "√", "✓", "true", "1", "yes", "y"];
const NO = ["否", "无", "×", "✗", "false", "0", "no", "n"];

/**
 * The value a cell gives a field, in the shape the API takes (validation then says what is wrong),
 * or undefined when the cell is empty. `ref` resolves a name to an id (undefined when unknown).
 */
export function fieldValue(
  f: Field,
  v: CellValue,
  ref: (resource: string, name: string) => number | undefined,
): unknown {
  const text = cellText(v);
  if (text === "") return undefined;
  switch (f.type) {
    case "int":
    case "number": {
      if (typeof v === "number") return v;
      const n = Number(text.replace(/[,，]/g, ""));
      return Number.isFinite(n) ? n : text;
    }
    case "date":
      return parseDate(v) ?? text;
    case "boolean": {
      const t = text.toLowerCase();
      return YES.includes(t) ? true : NO.includes(t) ? false : text;
    }
    case "enum":
      return option(f, text);
    case "enums":
      return text
        .split(/[、,，;；/]/)
        .map((x) => x.trim())
        .filter(Boolean)
        .map((x) => option(f, x));
    case "ref": {
      const id = ref(f.ref!, text);
      return id ?? { unknown: text };
    }
    default: {
      // An export writes '= + - @ as text with a leading quote; a person types phones as numbers.
      const s = /^'[=+\-@]/.test(text) ? text.slice(1) : text;
      return f.rule === "creditCode" || f.rule === "idNumber" ? s.toUpperCase().replace(/\s/g, "") : s;
    }
  }
}

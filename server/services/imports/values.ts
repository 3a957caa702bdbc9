// What a person would normalise in a cell before it is a field's value: spaces, full-width
// characters, phones stored as numbers, Excel date serials, labels for codes.
import type { Field } from "../../../entities/describe";
import type { CellValue } from "./sheet";

const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＠．－＋\u3000]/;
/** Full-width digits and letters and the ideographic space become half-width; Chinese punctuation stays. */
export const halfWidth = (s: string) =>
  // Most cells have none (a test is a tenth of two replacements).
  FULL_WIDTH.test(s)
    ? s
        .replace(/[０-９Ａ-Ｚａ-ｚ＠．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .replace(/\u3000/g, " ")
    : s;

/** Whitespace that collapsing would change: a run of two, or any but a plain space. */
const LOOSE_SPACE = /\s\s|[^\S ]/;
export const cellText = (v: CellValue): string => {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") return String(v);
  const s = halfWidth(String(v));
  return (LOOSE_SPACE.test(s) ? s.replace(/\s+/g, " ") : s).trim();
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

/** Per list of options: label (made half-width) or code → the first option that has it. */
const optionIndexes = new WeakMap<NonNullable<Field["options"]>, Map<string, string>>();
/** An option by its label (either width of brackets) or its code; else the text, for validation to name. */
const option = (f: Field, text: string) => {
  let index = optionIndexes.get(f.options!);
  if (!index) {
    index = new Map();
    for (const o of f.options!)
      for (const key of [halfWidth(o.label), o.value]) if (!index.has(key)) index.set(key, o.value);
    optionIndexes.set(f.options!, index);
  }
  return index.get(text) ?? text;
};

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

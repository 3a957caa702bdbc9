// Each row below the header as the API would take it: its fields' values, the 编号 it names, and the
// names that found nothing. Blank and “...” rows are skipped.
import type { Field } from "../../../entities/describe";
import { resourceByKey } from "../../../entities/registry";
import type { ImportKind } from "../../../entities/imports";
import { yieldToOthers } from "../unitOfWork";
import type { SheetHeader } from "./header";
import type { CellValue, SheetRow } from "./sheet";
import { cellText, fieldValue } from "./values";

type Rec = Record<string, any>;
export interface RowProblem {
  field: string;
  message: string;
}
export interface RowValues {
  r: SheetRow;
  body: Rec;
  /** The record the export's 编号 column names. */
  id?: number;
  errors: RowProblem[];
}

/** A blank row, or one that only says “...”: not a data row. */
export const isSkippable = (cells: CellValue[]) => {
  const texts = cells.map(cellText).filter(Boolean);
  return texts.length === 0 || texts.every((t) => /^(\.{2,}|…+|。{2,}|等)$/.test(t));
};

/** The rows' values; `fixed` (a per-city sheet's city) goes into every row. Lets other requests in every 500 rows. */
export async function rowValues(
  kind: ImportKind,
  rows: SheetRow[],
  header: SheetHeader,
  ref: (resource: string, name: string) => number | undefined,
  fixed: Rec,
): Promise<RowValues[]> {
  const desc = resourceByKey[kind.resource];
  const readsId = kind.readsIdColumn !== false;
  const parsed: RowValues[] = [];
  for (let n = header.index + 1; n < rows.length; n++) {
    const r = rows[n];
    if (n % 500 === 0) await yieldToOthers();
    if (isSkippable(r.cells)) continue;
    const errors: RowProblem[] = [];
    const body: Rec = { ...fixed };
    let id: number | undefined;
    header.columns.forEach((k, i) => {
      if (!k || (!readsId && k === "id")) return;
      if (k === "id") {
        const n = Number(cellText(r.cells[i]));
        if (Number.isInteger(n) && n > 0) id = n;
        return;
      }
      const f = desc.fields[k] as Field;
      const v = fieldValue(f, r.cells[i] ?? null, ref);
      if (v && typeof v === "object" && "unknown" in (v as Rec))
        errors.push({ field: k, message: `未找到名为“${(v as Rec).unknown}”的${resourceByKey[f.ref!].label}` });
      else if (v !== undefined && !(f.personal && typeof v === "string" && v.includes("*"))) body[k] = v;
    });
    parsed.push({ r, body, id, errors });
  }
  return parsed;
}

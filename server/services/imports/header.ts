// The header row: found by the kind's Chinese headings (the descriptions' labels, the paper forms' own
// headings, the export's 编号) anywhere in the first 20 rows, columns in any order.
import { resourceByKey } from "../../../entities/registry";
import type { ImportKind } from "../../../entities/imports";
import { BadRequest } from "../../errors";
import type { SheetRow } from "./sheet";
import { cellText } from "./values";

export interface SheetHeader {
  /** Index of the header among the sheet's rows. */
  index: number;
  /** The field each column fills ("id" for 编号), or undefined for a column not read. */
  columns: (string | undefined)[];
  /** Headings of the columns not read, to report. */
  ignored: string[];
}

/** A heading as compared: spaces, required marks and colons dropped. */
export const headingKey = (s: string) => cellText(s).replace(/[\s*＊:：]/g, "");

/** heading → field name, with the forms' own headings and the export's 编号. */
function headings(kind: ImportKind) {
  const desc = resourceByKey[kind.resource];
  const map = new Map<string, string>([["编号", "id"]]);
  for (const k of kind.columns) {
    map.set(headingKey(desc.fields[k].label), k);
    for (const a of kind.aliases?.[k] ?? []) map.set(headingKey(a), k);
  }
  return map;
}

/** The row among the first 20 with most known headings (at least two), and which field each column fills. */
export function findHeader(rows: SheetRow[], kind: ImportKind): SheetHeader {
  const map = headings(kind);
  let best = { index: -1, hits: 0 };
  rows.slice(0, 20).forEach((r, index) => {
    const hits = r.cells.filter((c) => map.has(headingKey(cellText(c)))).length;
    if (hits > best.hits) best = { index, hits };
  });
  if (best.hits < 2) throw new BadRequest("没有找到表头：请使用导入模板，或确认前 20 行中有“企业名称”等列名");
  const columns = rows[best.index].cells.map((c) => map.get(headingKey(cellText(c))));
  const ignored = rows[best.index].cells
    .map((c, i) => (!columns[i] && cellText(c) ? cellText(c) : null))
    .filter(Boolean) as string[];
  const desc = resourceByKey[kind.resource];
  const missing = kind.required.filter((k) => !columns.includes(k));
  if (missing.length) throw new BadRequest(`表头中没有找到“${missing.map((k) => desc.fields[k].label).join("”“")}”列`);
  return { index: best.index, columns, ignored };
}

// The sheets an import hands out: the kind's empty template, and the error rows to fix and import again.
import { resourceByKey } from "../../../entities/registry";
import type { ImportKind } from "../../../entities/imports";
import { sheetRow, workbook } from "../output";
import type { CellValue } from "./sheet";
import { cellText } from "./values";

/** An empty sheet with the kind's headings (required ones marked), from the descriptions. */
export function importTemplate(kind: ImportKind) {
  const desc = resourceByKey[kind.resource];
  const wb = workbook();
  const ws = wb.addWorksheet(kind.label.slice(0, 31));
  const headings = kind.columns.map((k) =>
    kind.templateUsesAliases ? (kind.aliases?.[k]?.[0] ?? desc.fields[k].label) : desc.fields[k].label,
  );
  const row = ws.addRow(headings);
  row.font = { bold: true };
  kind.columns.forEach((k, i) => {
    const f = desc.fields[k];
    ws.getColumn(i + 1).width = Math.max(12, headings[i].length * 2 + 2);
    if (f.required) row.getCell(i + 1).font = { bold: true, color: { argb: "FFC00000" } };
    const hint = [
      f.required ? "必填" : "",
      f.options ? `可选：${f.options.map((o) => o.label).join("、")}` : "",
      f.help ?? "",
    ]
      .filter(Boolean)
      .join("；");
    if (hint) row.getCell(i + 1).note = hint;
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return { wb, name: `导入模板-${kind.label}.xlsx` };
}

/** The error rows as they were, with a 错误原因 column. */
export function errorRowsSheet(
  kind: ImportKind,
  header: CellValue[],
  rows: { row: number; outcome: string; cells?: CellValue[]; errors: { field: string; message: string }[] }[],
) {
  const wb = workbook(); // output.ts: the rows copied back are neutralised (sheetRow)
  const ws = wb.addWorksheet("错误行");
  ws.addRow(sheetRow(["原行号", ...header.map((c) => cellText(c)), "错误原因"])).font = { bold: true };
  const desc = resourceByKey[kind.resource];
  for (const r of rows.filter((x) => x.outcome === "error")) {
    const row = ws.addRow(
      sheetRow([
        r.row,
        ...(r.cells ?? []).map((c) => cellText(c)),
        r.errors.map((e) => `${desc.fields[e.field]?.label ?? "编号"}：${e.message}`).join("；"),
      ]),
    );
    row.getCell(row.cellCount).font = { color: { argb: "FFC00000" } };
  }
  return wb;
}

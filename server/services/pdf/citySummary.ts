// 附件2 信息汇总表 of a city: the rows of the xlsx (ReportService.citySummaryRows), with the stamp line of the
// city bureau and its contact, the column header repeated on every page.
import type { ReportService } from "../reports";
import type { FormPdf, Row } from "./layout";

type Summary = Awaited<ReturnType<ReportService["citySummaryRows"]>>;
const WIDTHS = [0.5, 2.6, 2.0, 0.9, 1.3, 1.35, 3.2];

/** Draws a city's 附件2 on `pdf`. */
export function citySummary(pdf: FormPdf, s: Summary) {
  pdf.startForm();
  pdf.formHead("附件2", "信息汇总表");
  const top = pdf.y;
  pdf.write([{ text: `市州经信局：${s.city.name}（盖章）` }], { width: pdf.width * 0.45 });
  const below = pdf.y;
  pdf.y = top;
  pdf.write([{ text: `地市州工作联系人及联系方式：${s.contact}`, align: "right" }], {
    x: pdf.left + pdf.width * 0.45,
    width: pdf.width * 0.55,
  });
  pdf.y = Math.max(pdf.y, below) + 6;
  const rows: Row[] = [
    { header: true, cells: s.header.map((h, i) => ({ w: WIDTHS[i], text: h, label: true })) },
    ...s.rows.map((r) => ({
      cells: r.map((v, i) => ({
        w: WIDTHS[i],
        text: v === null || v === undefined ? "" : String(v),
        align: i === 0 ? ("center" as const) : undefined,
      })),
    })),
  ];
  if (!s.rows.length) rows.push({ cells: [{ w: 1, text: "本市州本批次暂无已推荐的企业。", align: "center" }] });
  pdf.table(rows);
}

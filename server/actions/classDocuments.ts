// A class's documents: the class report (xlsx) that goes to the department, and the admission notices (printable HTML).
// Both go through output.ts: the sheet's cells neutralised, the notices' text masked for their reader.
import type { Response } from "express";
import type { ClassReport } from "../../entities/api";
import type { Principal } from "../access/policy";
import { maskText, sheetCell, sheetRow, workbook } from "../services/output";
import { sendWorkbook } from "./download";

const escHtml = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function classReportXlsx(report: ClassReport, res: Response) {
  const wb = workbook();
  const ws = wb.addWorksheet("班级考勤与结业", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const c = report.class;
  ws.mergeCells("A1:I1");
  ws.getCell("A1").value = sheetCell(`${c.name}（${c.startDate} 至 ${c.endDate}）学员考勤及结业情况`);
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.mergeCells("A2:I2");
  ws.getCell("A2").value = sheetCell(
    `承担单位：${c.provider}　培训总天数：${report.totalDays} 天，已举办 ${report.heldDays} 天　结业标准：出勤率达 90%　${report.ended ? "已结业" : "未结业"}`,
  );
  const header = [
    "序号",
    "姓名",
    "现任职务",
    "企业名称",
    "出勤天数",
    "出勤率（%）",
    "是否达到结业标准",
    "录取通知书编号",
    "结业证书编号",
  ];
  ws.addRow([]);
  const h = ws.getRow(3);
  h.values = sheetRow(header);
  h.font = { bold: true };
  h.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = {
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    };
  });
  report.trainees.forEach((t, i) =>
    ws.addRow(
      sheetRow([
        i + 1,
        t.name,
        t.title,
        t.enterprise,
        t.daysPresent,
        t.rate,
        t.certificateEligible ? "是" : "否",
        t.admissionNoticeNo ?? "",
        t.certificateNo ?? "",
      ]),
    ),
  );
  ws.columns.forEach((col, i) => (col.width = [6, 10, 14, 36, 10, 12, 16, 22, 26][i]));
  ws.views = [{ state: "frozen", ySplit: 3 }];
  await sendWorkbook(res, wb, `${c.name}-考勤及结业情况.xlsx`);
}

/** The printable 录取通知书 of a class, as `user` may read them (no reader given: any personal data in them masked). */
export function admissionNoticesHtml(report: ClassReport, user: Principal | null = null) {
  const esc = (s: unknown) => escHtml(maskText(String(s ?? ""), user));
  const c = report.class;
  const notices = report.trainees.map(
    (t) => `<section class="notice">
  <h1>录取通知书</h1>
  <p class="no">编号：${esc(t.admissionNoticeNo ?? "（未编号）")}</p>
  <p>${esc(t.enterprise)} <b>${esc(t.name)}</b> ${esc(t.title)}：</p>
  <p class="body">经统筹审核，您已被录取参加湖北省专精特新中小企业培育赋能人才培训<b>${esc(c.name)}</b>。培训自 ${esc(c.startDate)} 起至 ${esc(c.endDate)} 止，每月集中培训一次，地点：${esc(c.location ?? "另行通知")}。请按时参加；考勤达 90% 者由${esc(c.provider)}颁发结业证书。本次培训不向企业收取费用（不含往来个人交通费）。</p>
  <p class="sign">${esc(c.provider)}<br>湖北省经济和信息化厅</p>
</section>`,
  );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(c.name)} 录取通知书</title>
<style>
body{font-family:"SimSun","Songti SC","WenQuanYi Micro Hei",serif;margin:0;color:#000}
.notice{width:170mm;min-height:240mm;margin:20mm auto;page-break-after:always;font-size:16px;line-height:2}
h1{text-align:center;font-size:28px;letter-spacing:8px}.no{text-align:right}.body{text-indent:2em}.sign{text-align:right;margin-top:48px}
@media print{.notice{margin:0 auto}}
</style></head><body>${notices.join("\n") || "<p>本班暂无已录取学员。</p>"}</body></html>`;
}

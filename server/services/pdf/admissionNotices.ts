// 录取通知书 of a class, one page per admitted trainee: the same words as the printable HTML page
// (actions/classDocuments.ts), set as an official letter in a ruled frame.
import type { ClassReport } from "../../../entities/api";
import type { FormPdf } from "./layout";

/** Draws a class's admission notices on `pdf`, one page each. */
export function admissionNotices(pdf: FormPdf, report: ClassReport) {
  const c = report.class;
  if (!report.trainees.length) {
    pdf.startForm();
    frame(pdf);
    pdf.y = 120;
    pdf.write([{ text: "录取通知书", size: 26, bold: true, align: "center" }]);
    pdf.y += 30;
    pdf.write([{ text: "本班暂无已录取学员。", align: "center", size: 14 }]);
    return;
  }
  for (const t of report.trainees) {
    pdf.startForm();
    frame(pdf);
    const x = pdf.left + 30;
    const width = pdf.width - 60;
    pdf.y = 110;
    pdf.write([{ text: "录 取 通 知 书", size: 26, bold: true, align: "center" }], { x, width });
    pdf.y += 24;
    pdf.write([{ text: `编号：${t.admissionNoticeNo ?? "（未编号）"}`, align: "right", size: 12 }], { x, width });
    pdf.y += 24;
    pdf.write([{ text: `${t.enterprise}　${t.name}　${t.title}：`, size: 14 }], { x, width });
    pdf.y += 10;
    const body = `经统筹审核，您已被录取参加湖北省专精特新中小企业培育赋能人才培训${c.name}。培训自 ${c.startDate} 起至 ${c.endDate} 止，每月集中培训一次，地点：${c.location ?? "另行通知"}。请按时参加；考勤达 90% 者由${c.provider}颁发结业证书。本次培训不向企业收取费用（不含往来个人交通费）。`;
    // The paragraph's first line indented by two characters, as Chinese letters are set.
    pdf.write([{ text: `　　${body}`, size: 14 }], { x, width });
    pdf.y += 70;
    pdf.write(
      [
        { text: `${c.provider}`, size: 14, align: "right" },
        { text: "湖北省经济和信息化厅", size: 14, align: "right", gap: 8 },
      ],
      { x, width: width - 10 },
    );
  }
}

/** A double ruled frame around the page, as printed letters of appointment have. */
function frame(pdf: FormPdf) {
  const d = pdf.doc;
  const m = 40;
  d.save().lineWidth(2).strokeColor("#8b0000");
  d.rect(m, m, pdf.pageWidth - 2 * m, pdf.pageHeight - 2 * m).stroke();
  d.lineWidth(0.6)
    .rect(m + 5, m + 5, pdf.pageWidth - 2 * m - 10, pdf.pageHeight - 2 * m - 10)
    .stroke();
  d.restore();
}

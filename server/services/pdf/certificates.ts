// 结业证书 of a class, A4 landscape, one page per trainee given a certificate (its certificateNo, given by
// TrainingService.issueCertificates to those who attended 90% of the days of an ended class).
import type { ClassReport, ClassReportTrainee } from "../../../entities/api";
import { paperDate, type FormPdf } from "./layout";

/** Draws the certificates on `pdf`, one landscape page each. */
export function certificates(pdf: FormPdf, report: ClassReport, given: ClassReportTrainee[]) {
  const c = report.class;
  if (!given.length) {
    pdf.startForm();
    border(pdf);
    pdf.y = 160;
    pdf.write([{ text: "结业证书", size: 30, bold: true, align: "center" }]);
    pdf.y += 30;
    pdf.write([
      { text: "本班尚未颁发结业证书（学员考勤达 90% 且结业后，由培训承担单位颁发）。", align: "center", size: 14 },
    ]);
    return;
  }
  for (const t of given) {
    pdf.startForm();
    border(pdf);
    const x = pdf.left + 60;
    const width = pdf.width - 120;
    pdf.y = 100;
    pdf.write([{ text: "结 业 证 书", size: 34, bold: true, align: "center" }], { x, width });
    pdf.y += 8;
    pdf.write([{ text: `证书编号：${t.certificateNo}`, size: 11, align: "right" }], { x, width });
    pdf.y += 18;
    pdf.write([{ text: `${t.name}　同志（${t.enterprise}　${t.title}）：`, size: 16 }], { x, width });
    pdf.y += 10;
    pdf.write(
      [
        {
          text: `　　于 ${c.startDate} 至 ${c.endDate} 参加湖北省专精特新中小企业培育赋能人才培训${c.name}，完成规定课程学习，考勤达到结业要求，准予结业。\n　　特发此证。`,
          size: 16,
        },
      ],
      { x, width },
    );
    pdf.y = pdf.pageHeight - 170;
    pdf.write(
      [
        { text: `${c.provider}（盖章）`, size: 14, align: "right" },
        { text: "湖北省经济和信息化厅", size: 14, align: "right", gap: 6 },
        { text: paperDate(c.endDate), size: 14, align: "right", gap: 6 },
      ],
      { x, width },
    );
  }
}

/** The certificate's border: a thick and a thin rule. */
function border(pdf: FormPdf) {
  const d = pdf.doc;
  d.save().strokeColor("#8b6914").lineWidth(4);
  d.rect(30, 30, pdf.pageWidth - 60, pdf.pageHeight - 60).stroke();
  d.lineWidth(1)
    .rect(40, 40, pdf.pageWidth - 80, pdf.pageHeight - 80)
    .stroke();
  d.restore();
}

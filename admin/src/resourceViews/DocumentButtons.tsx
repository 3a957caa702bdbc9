// Printed forms (PDF, laid out as the paper, server/actions/pdfs.ts): a record's own, declared by its
// description's `documents`; a class's admission notices and certificates; a city's 附件2 and its batch of
// 推荐表. Each is a plain download the browser saves under the server's Chinese file name.
import PrintIcon from "@mui/icons-material/Print";
import { Button } from "@mui/material";
import { useRecordContext, type Identifier } from "react-admin";
import type { ResourceDescription } from "../../../entities/describe";
import { API_URL } from "../dataProvider";
import { withRound } from "../rounds/chosenRound";

export const pdfUrls = {
  record: (resource: string, id: Identifier, path: string) => withRound(`${API_URL}/${resource}/${id}/${path}`),
  admissionNotices: (classId: Identifier) => withRound(`${API_URL}/trainingClasses/${classId}/admission-notices.pdf`),
  certificates: (classId: Identifier) => withRound(`${API_URL}/trainingClasses/${classId}/certificates.pdf`),
  citySummary: (cityId: Identifier) => withRound(`${API_URL}/reports/city-summary.pdf?cityId=${cityId}`),
  cityForms: (cityId: Identifier) => withRound(`${API_URL}/registrations/forms.pdf?cityId=${cityId}`),
};

/** One download of a PDF. */
export function PdfButton({ href, label, size }: { href: string; label: string; size?: "small" | "medium" }) {
  return (
    <Button variant="outlined" size={size} href={href} startIcon={<PrintIcon />}>
      {label}
    </Button>
  );
}

/** The record's printed forms, in its page's toolbar. */
export function DocumentButtons({ desc }: { desc: ResourceDescription }) {
  const record = useRecordContext();
  if (!record || !desc.documents?.length) return null;
  return (
    <>
      {desc.documents.map((d) => (
        <PdfButton key={d.path} size="small" href={pdfUrls.record(desc.key, record.id, d.path)} label={d.label} />
      ))}
    </>
  );
}

/** A city's 附件2 as a PDF and its whole batch of 推荐表, beside the 附件2 xlsx. */
export function CityPdfButtons({ cityId }: { cityId: Identifier }) {
  return (
    <>
      <PdfButton size="small" href={pdfUrls.citySummary(cityId)} label="下载附件2（PDF）" />
      <PdfButton size="small" href={pdfUrls.cityForms(cityId)} label="打印本市推荐表（PDF）" />
    </>
  );
}

/** A class's 录取通知书 and 结业证书 as PDFs. */
export function ClassPdfButtons({ classId }: { classId: Identifier }) {
  return (
    <>
      <PdfButton href={pdfUrls.admissionNotices(classId)} label="打印录取通知书（PDF）" />
      <PdfButton href={pdfUrls.certificates(classId)} label="打印结业证书（PDF）" />
    </>
  );
}

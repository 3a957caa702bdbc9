// 结业与报告: each trainee's attendance and eligibility, the class report, admission notices, certificates.
import { Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useDataProvider, useNotify, useRecordContext, useResourceDefinition, useTranslate } from "react-admin";
import { fileUrls, type AppDataProvider } from "../dataProvider";
import { useNotifyError } from "../layout/useNotifyError";
import { ClassPdfButtons } from "../resourceViews/DocumentButtons";

export function ClassReport() {
  const record = useRecordContext();
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const fail = useNotifyError();
  const translate = useTranslate();
  const { hasEdit } = useResourceDefinition({ resource: "trainees" });
  const { data, refetch } = useQuery({
    queryKey: ["classReport", record?.id],
    queryFn: () => dp.classReport(record!.id),
    enabled: !!record,
  });
  if (!data || !record) return null;
  const issue = async () => {
    try {
      const { issued, message } = await dp.issueCertificates(record.id);
      notify(message, { type: issued > 0 ? "success" : "info" });
      refetch();
    } catch (e: any) {
      fail(e);
    }
  };
  const t = (k: string) => translate(`app.report.${k}`);
  return (
    <Stack spacing={2}>
      <Typography variant="body2">
        {translate("app.report.summary", { total: data.totalDays, held: data.heldDays, count: data.trainees.length })}
        {data.ended ? t("ended") : t("ongoing")}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" href={fileUrls.classReport(record.id)}>
          {t("download")}
        </Button>
        <Button variant="outlined" href={fileUrls.admissionNotices(record.id)} target="_blank">
          {t("notices")}
        </Button>
        <ClassPdfButtons classId={record.id} />
        {hasEdit ? (
          <Button variant="contained" disabled={!data.ended} onClick={issue}>
            {t("issue")}
          </Button>
        ) : null}
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow>
            {["name", "enterprise", "daysPresent", "rate", "eligible", "notice", "certificate"].map((k) => (
              <TableCell key={k}>{t(`columns.${k}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.trainees.map((x) => (
            <TableRow key={x.id} hover>
              <TableCell>{x.name}</TableCell>
              <TableCell>{x.enterprise}</TableCell>
              <TableCell>{x.daysPresent}</TableCell>
              <TableCell>{x.rate}%</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={x.certificateEligible ? "success" : "default"}
                  label={translate(x.certificateEligible ? "app.filter.yes" : "app.filter.no")}
                />
              </TableCell>
              <TableCell>{x.admissionNoticeNo}</TableCell>
              <TableCell>{x.certificateNo}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
}

// 我的报名表: an enterprise's home. Its forms of the round (附件1-1 推荐表 with its 基本信息, each trainee's
// 附件1-2, each demand's 附件1-3) with their review state and the city's reasons, what is still missing, the
// one submission of them all, and, once approved, the printed form to sign and stamp and its scan to upload.
import AddIcon from "@mui/icons-material/Add";
import EditIcon from "@mui/icons-material/Edit";
import PrintIcon from "@mui/icons-material/Print";
import SendIcon from "@mui/icons-material/Send";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import VisibilityIcon from "@mui/icons-material/Visibility";
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Loading, Title, useNotify, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import type { EnterpriseFormItem, EnterpriseFormsAnswer } from "../../../entities/api";
import { isoToday } from "../../../entities/dates";
import { FORM_STATUS, formEditable } from "../../../entities/enterpriseForms";
import { MAX_TRAINEES_PER_ENTERPRISE } from "../../../entities/trainee";
import { enterpriseFormsApi, formsKey } from "../enterpriseForms/api";
import { FormStatusChip } from "../enterpriseForms/FormStatusChip";
import { useNotifyError } from "../layout/useNotifyError";
import { pdfUrls } from "../resourceViews/DocumentButtons";
import { StampedCopyChip } from "../stampedCopies/StampedCopyChip";

export function MyFormsPage() {
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`app.myForms.${k}`, o);
  const { data, isPending, error } = useQuery({ queryKey: formsKey(), queryFn: () => enterpriseFormsApi.overview() });
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="error">{error instanceof Error ? error.message : t("failed")}</Alert>;
  return (
    <Box sx={{ mt: 2, maxWidth: 1200 }}>
      <Title title={t("title")} />
      <Typography variant="h5" component="h1" gutterBottom>
        {t("heading", { name: data.enterpriseName })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t("round", { city: data.cityName, round: data.roundName })}
        {data.deadline
          ? `　${t(isoToday() > data.deadline ? "deadlinePassed" : "deadline", { date: data.deadline })}`
          : ""}
      </Typography>
      <Steps />
      <BasicInfo data={data} />
      <FormsTable data={data} />
      <SubmitBar data={data} />
    </Box>
  );
}

/** How the paper goes, in the order the notice has it. */
function Steps() {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      <AlertTitle>{translate("app.myForms.stepsTitle")}</AlertTitle>
      {translate("app.myForms.steps")}
    </Alert>
  );
}

/** 附件1-1 基本信息: the enterprise's own record, changed while its 推荐表 may be. */
function BasicInfo({ data }: { data: EnterpriseFormsAnswer }) {
  const translate = useTranslate();
  const registration = data.forms.find((f) => f.resource === "registrations");
  const editable = !registration || formEditable(registration.formStatus);
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <Box sx={{ flex: 1, minWidth: 300 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate("app.myForms.basicTitle")}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(editable ? "app.myForms.basicHelp" : "app.myForms.basicLocked")}
          </Typography>
        </Box>
        <Button component={Link} to={`/enterprises/${data.enterpriseId}/show`} startIcon={<VisibilityIcon />}>
          {translate("app.myForms.view")}
        </Button>
        {editable ? (
          <Button component={Link} to={`/enterprises/${data.enterpriseId}`} variant="outlined" startIcon={<EditIcon />}>
            {translate("app.myForms.editBasic")}
          </Button>
        ) : null}
      </CardContent>
    </Card>
  );
}

function FormsTable({ data }: { data: EnterpriseFormsAnswer }) {
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`app.myForms.${k}`, o);
  const count = (resource: string) => data.forms.filter((f) => f.resource === resource).length;
  const hasRegistration = count("registrations") > 0;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: "wrap", alignItems: "center" }} useFlexGap>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
            {t("formsTitle")}
          </Typography>
          {hasRegistration ? null : (
            <Button component={Link} to="/registrations/create" variant="contained" startIcon={<AddIcon />}>
              {t("addRegistration")}
            </Button>
          )}
          {count("trainees") < MAX_TRAINEES_PER_ENTERPRISE ? (
            <Button component={Link} to="/trainees/create" variant="outlined" startIcon={<AddIcon />}>
              {t("addTrainee", { left: MAX_TRAINEES_PER_ENTERPRISE - count("trainees") })}
            </Button>
          ) : null}
          <Button component={Link} to="/techDemands/create" variant="outlined" startIcon={<AddIcon />}>
            {t("addDemand")}
          </Button>
        </Stack>
        {data.forms.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 2 }}>
            {t("none")}
          </Typography>
        ) : (
          <Table size="small" aria-label={t("formsTitle")}>
            <TableHead>
              <TableRow>
                <TableCell>{t("form")}</TableCell>
                <TableCell>{t("name")}</TableCell>
                <TableCell>{t("status")}</TableCell>
                <TableCell>{t("stamped")}</TableCell>
                <TableCell align="right">{t("actions")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.forms.map((f) => (
                <FormRow key={`${f.resource}.${f.id}`} f={f} />
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function FormRow({ f }: { f: EnterpriseFormItem }) {
  const translate = useTranslate();
  const t = (k: string) => translate(`app.myForms.${k}`);
  const editable = formEditable(f.formStatus);
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: "nowrap" }}>{`${f.form} ${f.title}`}</TableCell>
      <TableCell>
        <Link to={`/${f.resource}/${f.id}/show`}>{f.name}</Link>
        {f.formStatus === FORM_STATUS.returned && f.formReturnReason ? (
          <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
            {`${t("reason")}${f.formReturnReason}`}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        <FormStatusChip status={f.formStatus} />
      </TableCell>
      <TableCell>
        {f.formStatus === null || f.formStatus === FORM_STATUS.approved ? (
          <StampedCopyChip resource={f.resource} id={f.id} present={f.stampedCopy} />
        ) : (
          <Chip size="small" variant="outlined" label={t("afterApproval")} />
        )}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
        {editable ? (
          <Button size="small" component={Link} to={`/${f.resource}/${f.id}`} startIcon={<EditIcon />}>
            {t("edit")}
          </Button>
        ) : null}
        <Button size="small" href={pdfUrls.record(f.resource, f.id, "form.pdf")} startIcon={<PrintIcon />}>
          {t("print")}
        </Button>
        {f.formStatus === FORM_STATUS.approved ? (
          <Button
            size="small"
            component={Link}
            to={`/${f.resource}/${f.id}/show/archive`}
            startIcon={<UploadFileIcon />}
          >
            {t("upload")}
          </Button>
        ) : null}
      </TableCell>
    </TableRow>
  );
}

/** What still stops the submission, and the submission itself (confirmed once: afterwards the forms are the city's to review). */
function SubmitBar({ data }: { data: EnterpriseFormsAnswer }) {
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`app.myForms.${k}`, o);
  const notify = useNotify();
  const fail = useNotifyError();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const toSubmit = data.forms.filter((f) => formEditable(f.formStatus));
  async function submit() {
    setBusy(true);
    try {
      const answer = await enterpriseFormsApi.submit();
      client.setQueryData(formsKey(), answer);
      await client.invalidateQueries({ queryKey: ["todo"] });
      notify(t("submitted", { count: toSubmit.length }), { type: "success" });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setOpen(false);
    }
  }
  return (
    <Card variant="outlined">
      <CardContent>
        {data.missing.length ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <AlertTitle>{t("missingTitle")}</AlertTitle>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {data.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </Box>
          </Alert>
        ) : null}
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <Button
            variant="contained"
            size="large"
            startIcon={<SendIcon />}
            disabled={!data.canSubmit || data.missing.length > 0 || busy}
            onClick={() => setOpen(true)}
          >
            {t("submit")}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {data.canSubmit
              ? t("submitHelp", { count: toSubmit.length })
              : t(data.forms.length ? "nothingToSubmit" : "fillFirst")}
          </Typography>
        </Stack>
      </CardContent>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="submit-forms-title">
        <DialogTitle id="submit-forms-title">{t("confirmTitle")}</DialogTitle>
        <DialogContent>
          <Typography>{t("confirmBody", { count: toSubmit.length })}</Typography>
          <Box component="ul" sx={{ mb: 0 }}>
            {toSubmit.map((f) => (
              <li key={`${f.resource}.${f.id}`}>{`${f.form} ${f.title}：${f.name}`}</li>
            ))}
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" onClick={submit} disabled={busy}>
            {t("confirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </Card>
  );
}

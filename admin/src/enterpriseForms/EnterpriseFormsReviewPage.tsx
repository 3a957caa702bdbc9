// One enterprise's 报名表 under review (#/enterprise-forms/:enterpriseId): its 附件1-1 推荐表, each trainee's
// 附件1-2 and each demand's 附件1-3 with their review state, stamped copy and printed form; the city bureau
// (or the department) approves or returns each form it submitted. Returning asks the reason; approving a
// 推荐表 beyond the city's quota asks the 超出名额说明 the server wants, then approves again with it.
import { useState } from "react";
import {
  Alert,
  Box,
  Button,
  Card,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import ArrowBackIcon from "@mui/icons-material/ArrowBack";
import BusinessIcon from "@mui/icons-material/Business";
import CheckIcon from "@mui/icons-material/Check";
import DoneAllIcon from "@mui/icons-material/DoneAll";
import PrintIcon from "@mui/icons-material/Print";
import UndoIcon from "@mui/icons-material/Undo";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router-dom";
import { Loading, Title, useNotify, usePermissions, useTranslate } from "react-admin";
import type { EnterpriseFormItem } from "../../../entities/api";
import { beijingDateTime } from "../../../entities/dates";
import { FORM_STATUS } from "../../../entities/enterpriseForms";
import type { Permissions } from "../authProvider";
import { ReasonDialog } from "../layout/ReasonDialog";
import { useNotifyError } from "../layout/useNotifyError";
import { pdfUrls } from "../resourceViews/DocumentButtons";
import { StampedCopyChip } from "../stampedCopies/StampedCopyChip";
import { canReviewForms, enterpriseFormsApi, formsKey, REVIEW_PATH } from "./api";
import { FormStatusChip } from "./FormStatusChip";
import { retryUnanswered, useRefreshReview } from "./queries";

/** The table's columns and their widths (the record's name takes the rest). */
const COLUMNS: [string, number | undefined][] = [
  ["form", 210],
  ["record", undefined],
  ["status", 180],
  ["stamped", 170],
  ["actions", 280],
];
const itemKey = (f: EnterpriseFormItem) => `${f.resource}.${f.id}`;
/** 附件1-2（张伟）: how a message names one form. */
const named = (f: EnterpriseFormItem) => ({ form: `${f.form} ${f.title}`, name: f.name });

export function EnterpriseFormsReviewPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const fail = useNotifyError();
  const client = useQueryClient();
  const refreshAll = useRefreshReview();
  const { enterpriseId = "" } = useParams();
  const { permissions } = usePermissions<Permissions>();
  const reviews = canReviewForms(permissions);
  const { data, isPending, error } = useQuery({
    queryKey: formsKey(enterpriseId),
    queryFn: () => enterpriseFormsApi.overview(enterpriseId),
    enabled: !!enterpriseId,
    retry: retryUnanswered,
  });
  const [busy, setBusy] = useState(false);
  // Each dialog keeps what it shows while it closes (open: false), so its title does not flicker away.
  const [returning, setReturning] = useState<{ item: EnterpriseFormItem; open: boolean } | null>(null);
  /** Forms to approve once the 超出名额说明 is given (the 推荐表 first), and the server's words on the quota. */
  const [overQuota, setOverQuota] = useState<{ items: EnterpriseFormItem[]; problem: string; open: boolean } | null>(
    null,
  );

  /** Approves the forms in order; stops at a refusal (asking the 超出名额说明 when that is what is missing). */
  const approve = async (items: EnterpriseFormItem[], overQuotaReason?: string) => {
    setBusy(true);
    let done = 0;
    try {
      for (const [i, f] of items.entries()) {
        try {
          const answer = await enterpriseFormsApi.review({
            resource: f.resource,
            id: f.id,
            decision: "approve",
            ...(overQuotaReason && f.resource === "registrations" ? { overQuotaReason } : {}),
          });
          client.setQueryData(formsKey(enterpriseId), answer);
          done++;
        } catch (e: any) {
          const problem = e?.body?.errors?.overQuotaReason;
          if (problem && f.resource === "registrations" && !overQuotaReason) {
            setOverQuota({ items: items.slice(i), problem, open: true });
            return;
          }
          fail(e);
          return;
        }
      }
      setOverQuota((o) => o && { ...o, open: false });
      // react-admin translates the key with its arguments (a translated text would be looked up again).
      if (items.length === 1) notify("app.enterpriseForms.approved", { type: "success", messageArgs: named(items[0]) });
      else notify("app.enterpriseForms.approved_all", { type: "success", messageArgs: { count: done } });
    } finally {
      setBusy(false);
      if (done) await refreshAll(enterpriseId);
    }
  };

  const sendBack = async (f: EnterpriseFormItem, reason: string) => {
    setBusy(true);
    try {
      const answer = await enterpriseFormsApi.review({ resource: f.resource, id: f.id, decision: "return", reason });
      client.setQueryData(formsKey(enterpriseId), answer);
      setReturning({ item: f, open: false });
      notify("app.enterpriseForms.returned", { type: "success", messageArgs: named(f) });
      await refreshAll(enterpriseId);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  if (isPending) return <Loading />;
  if (error || !data)
    return (
      <Box sx={{ my: 2 }}>
        <Title title={translate("app.enterpriseForms.title")} />
        <Typography color="error" role="alert" sx={{ mb: 2 }}>
          {(error as any)?.body?.message ?? (error as Error)?.message}
        </Typography>
        <Button component={Link} to={REVIEW_PATH} startIcon={<ArrowBackIcon />}>
          {translate("app.enterpriseForms.back")}
        </Button>
      </Box>
    );

  const submitted = data.forms.filter((f) => f.formStatus === FORM_STATUS.submitted);
  // The 推荐表 first: the nomination (and its quota) decides before the trainees and demands.
  const approveAll = () =>
    approve(
      [...submitted].sort((a, b) => Number(b.resource === "registrations") - Number(a.resource === "registrations")),
    );
  const cell = { py: 1, verticalAlign: "top" } as const;
  return (
    <Box sx={{ my: 2 }}>
      <Title title={translate("app.enterpriseForms.review_title", { name: data.enterpriseName })} />
      <Button component={Link} to={REVIEW_PATH} size="small" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>
        {translate("app.enterpriseForms.back")}
      </Button>
      <Box sx={{ display: "flex", alignItems: "flex-start", gap: 2, flexWrap: "wrap", mb: 2 }}>
        <Box sx={{ flex: 1, minWidth: 320 }}>
          <Typography variant="h6" component="h1">
            {data.enterpriseName}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {[
              translate("app.enterpriseForms.round", { round: data.roundName }),
              translate("app.enterpriseForms.city", { city: data.cityName }),
              data.deadline
                ? translate("app.enterpriseForms.deadline", { date: data.deadline })
                : translate("app.enterpriseForms.no_deadline"),
            ].join("　·　")}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <Button
            component={Link}
            to={`/enterprises/${data.enterpriseId}/show`}
            variant="outlined"
            size="small"
            startIcon={<BusinessIcon />}
          >
            {translate("app.enterpriseForms.basics")}
          </Button>
          {reviews && submitted.length > 1 ? (
            <Button variant="contained" size="small" startIcon={<DoneAllIcon />} disabled={busy} onClick={approveAll}>
              {translate("app.enterpriseForms.approve_all", { count: submitted.length })}
            </Button>
          ) : null}
        </Stack>
      </Box>
      {!reviews ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate("app.enterpriseForms.read_only")}
        </Alert>
      ) : data.forms.length > 0 && submitted.length === 0 ? (
        <Alert severity="success" sx={{ mb: 2 }} role="status">
          {translate("app.enterpriseForms.all_done")}
        </Alert>
      ) : submitted.length > 0 ? (
        <Typography variant="body2" role="status" sx={{ mb: 1 }}>
          {translate("app.enterpriseForms.waiting", { count: submitted.length })}
        </Typography>
      ) : null}
      {data.forms.length === 0 ? (
        <Typography color="text.secondary">{translate("app.enterpriseForms.no_forms")}</Typography>
      ) : (
        <Card variant="outlined">
          <Table
            size="small"
            sx={{ tableLayout: "fixed" }}
            aria-label={translate("app.enterpriseForms.review_title", { name: data.enterpriseName })}
          >
            <TableHead>
              <TableRow>
                {COLUMNS.map(([k, width]) => (
                  <TableCell key={k} sx={{ fontWeight: 600, whiteSpace: "nowrap", width }}>
                    {translate(`app.enterpriseForms.col_${k}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.forms.map((f) => (
                <TableRow key={itemKey(f)} hover>
                  <TableCell sx={{ ...cell, fontWeight: 600 }}>{`${f.form} ${f.title}`}</TableCell>
                  <TableCell sx={cell}>
                    <MuiLink component={Link} to={`/${f.resource}/${f.id}/show`}>
                      {f.name}
                    </MuiLink>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {translate("app.enterpriseForms.updated", { at: beijingDateTime(f.updatedAt) })}
                    </Typography>
                  </TableCell>
                  <TableCell sx={cell}>
                    <FormStatusChip status={f.formStatus} />
                    {f.formStatus === FORM_STATUS.returned && f.formReturnReason ? (
                      <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
                        {translate("app.enterpriseForms.return_reason", { reason: f.formReturnReason })}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>
                    <StampedCopyChip resource={f.resource} id={f.id} present={f.stampedCopy} />
                  </TableCell>
                  <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>
                    <Stack direction="row" spacing={1}>
                      <Button
                        size="small"
                        startIcon={<PrintIcon />}
                        href={pdfUrls.record(f.resource, f.id, "form.pdf")}
                        target="_blank"
                        rel="noopener"
                        aria-label={translate("app.enterpriseForms.print_label", named(f))}
                      >
                        {translate("app.enterpriseForms.print")}
                      </Button>
                      {reviews && f.formStatus === FORM_STATUS.submitted ? (
                        <>
                          <Button
                            size="small"
                            variant="contained"
                            color="success"
                            startIcon={<CheckIcon />}
                            disabled={busy}
                            onClick={() => approve([f])}
                            aria-label={translate("app.enterpriseForms.approve_label", named(f))}
                          >
                            {translate("app.enterpriseForms.approve")}
                          </Button>
                          <Button
                            size="small"
                            variant="outlined"
                            color="error"
                            startIcon={<UndoIcon />}
                            disabled={busy}
                            onClick={() => setReturning({ item: f, open: true })}
                            aria-label={translate("app.enterpriseForms.return_label", named(f))}
                          >
                            {translate("app.enterpriseForms.return")}
                          </Button>
                        </>
                      ) : null}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      <ReasonDialog
        open={!!returning?.open}
        title={returning ? translate("app.enterpriseForms.return_title", named(returning.item)) : ""}
        label={translate("app.enterpriseForms.return_reason_label")}
        onConfirm={(reason) => returning && !busy && sendBack(returning.item, reason)}
        onCancel={() => setReturning((r) => r && { ...r, open: false })}
      />
      <ReasonDialog
        open={!!overQuota?.open}
        title={overQuota?.problem ?? ""}
        label={translate("app.enterpriseForms.over_quota_label")}
        onConfirm={(reason) => overQuota && !busy && approve(overQuota.items, reason)}
        onCancel={() => setOverQuota((o) => o && { ...o, open: false })}
      />
    </Box>
  );
}

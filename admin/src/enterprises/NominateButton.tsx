// 推荐: the chosen enterprises (or every one matching the filter) nominated with the same 附件1-1 needs,
// in one dialog and one request. Over the quota the reason is asked once; if any enterprise cannot be
// nominated, nothing is written and the dialog names each one with its reason.
import { useState } from "react";
import {
  Alert,
  AlertTitle,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from "@mui/material";
import HowToRegIcon from "@mui/icons-material/HowToReg";
import { Button, Form, ResourceContextProvider, useDataProvider, usePermissions, useTranslate } from "react-admin";
import type { BulkNominationRefused, BulkNominationRequest, NominationRefusal } from "../../../entities/api";
import { isoToday } from "../../../entities/dates";
import type { Field } from "../../../entities/describe";
import { registration } from "../../../entities/registration";
import { validateRecord } from "../../../entities/validate";
import type { Permissions } from "../authProvider";
import type { AppDataProvider } from "../dataProvider";
import { useNotifyError } from "../layout/useNotifyError";
import { useAfterBulk, useBulkTarget } from "../resourceViews/bulk";
import { inputFor } from "../resourceViews/inputs";

/** The shared fields: the nomination's year, batch and date, and the needs' sections of 附件1-1. */
const NOMINATION_FIELDS = ["year", "batch", "nominatedAt"];
const FIELDS: Record<string, Field> = registration.fields;
const NEED_SECTIONS = (registration.sections ?? []).filter((s) => s.fields.some((k) => k.startsWith("need")));

function defaults() {
  const values: Record<string, unknown> = Object.fromEntries(
    Object.entries(FIELDS)
      .filter(([k, f]) => f.default !== undefined && k !== "status")
      .map(([k, f]) => [k, f.default]),
  );
  // Today, when it falls in the programme's year; otherwise the date is the city's to give.
  const today = isoToday();
  if (Number(today.slice(0, 4)) === values.year) values.nominatedAt = today;
  return values;
}

/** The shared fields checked as the server checks them, before the request. */
function validate(values: Record<string, unknown>) {
  const { errors } = validateRecord(registration, { ...values, enterpriseId: 1 });
  delete errors.enterpriseId;
  delete errors._;
  return errors;
}

function Section({ title, fields }: { title: string; fields: string[] }) {
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="subtitle2" sx={{ fontWeight: 600, color: "primary.main", mt: 1 }}>
        {title}
      </Typography>
      <Box sx={{ display: "flex", flexWrap: "wrap", columnGap: 2, alignItems: "flex-start" }}>
        {fields.map((k) => (
          <Box key={k} sx={{ flexBasis: FIELDS[k].type === "enums" ? "100%" : "auto" }}>
            {inputFor(k, FIELDS[k])}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

export function NominateButton() {
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const fail = useNotifyError();
  const { permissions } = usePermissions<Permissions>();
  const { target, count } = useBulkTarget();
  const done = useAfterBulk();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<NominationRefusal[]>([]);
  const [quotaProblem, setQuotaProblem] = useState("");
  const [reason, setReason] = useState("");
  if (permissions?.access.registrations !== "write") return null;

  const close = () => {
    setOpen(false);
    setRefused([]);
    setQuotaProblem("");
    setReason("");
  };
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setRefused([]);
    const request: BulkNominationRequest = {
      ...("ids" in target ? { enterpriseIds: target.ids } : { filter: target.filter }),
      data: values,
      ...(reason.trim() ? { overQuotaReason: reason.trim() } : {}),
    };
    try {
      const { created } = await dp.bulkNominate(request);
      close();
      done(translate("app.nominate.done", { count: created.length }));
    } catch (e: any) {
      const body: Partial<BulkNominationRefused> = e?.body ?? {};
      const { overQuotaReason: quota, ...fieldErrors } = body.errors ?? {};
      setRefused(body.refused ?? []);
      setQuotaProblem(quota ?? "");
      // A mistake in the shared fields is shown on its field; anything else as the server said it.
      if (Object.keys(fieldErrors).length) return fieldErrors;
      if (!body.refused?.length && !quota) fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label={translate("app.nominate.button")} onClick={() => setOpen(true)}>
        <HowToRegIcon />
      </Button>
      <Dialog
        open={open}
        onClose={close}
        fullWidth
        maxWidth="md"
        // The form between the paper and its parts: a column, so the content scrolls and the buttons stay.
        PaperProps={{ sx: { "& > form": { display: "flex", flexDirection: "column", minHeight: 0 } } }}
      >
        <ResourceContextProvider value={registration.key}>
          <Form onSubmit={submit} defaultValues={defaults()} validate={validate} noValidate>
            <DialogTitle>{translate("app.nominate.title", { count })}</DialogTitle>
            <DialogContent dividers>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate("app.nominate.hint")}
              </Typography>
              {refused.length ? (
                <Alert severity="error" sx={{ mb: 1 }} role="alert">
                  <AlertTitle>{translate("app.nominate.refused", { count: refused.length })}</AlertTitle>
                  <Box component="ul" sx={{ m: 0, pl: 2, maxHeight: 220, overflowY: "auto" }}>
                    {refused.map((r) => (
                      <li key={r.enterpriseId}>
                        <strong>{r.name ?? translate("app.nominate.hidden", { id: r.enterpriseId })}</strong>
                        {"："}
                        {r.reason.replace(/^企业编号 \d+ /, "")}
                      </li>
                    ))}
                  </Box>
                </Alert>
              ) : null}
              {quotaProblem ? (
                <>
                  <Alert severity="warning" sx={{ mb: 1 }}>
                    {quotaProblem}
                  </Alert>
                  <TextField
                    fullWidth
                    multiline
                    minRows={2}
                    required
                    label={translate("app.nominate.overQuota")}
                    helperText={translate("app.nominate.overQuotaHint")}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    sx={{ mb: 1 }}
                    inputProps={{ maxLength: registration.fields.overQuotaReason.max }}
                  />
                </>
              ) : null}
              <Section title={translate("app.nominate.basics")} fields={NOMINATION_FIELDS} />
              {NEED_SECTIONS.map((s) => (
                <Section key={s.title} title={s.title} fields={s.fields} />
              ))}
            </DialogContent>
            <DialogActions>
              <MuiButton onClick={close}>{translate("ra.action.cancel")}</MuiButton>
              <MuiButton type="submit" variant="contained" disabled={busy || (!!quotaProblem && !reason.trim())}>
                {translate("app.nominate.submit")}
              </MuiButton>
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
}

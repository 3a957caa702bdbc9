// 附件1-1 基本信息 on the nomination form: the chosen enterprise as the form prints it, and its contact
// corrected in place. A correction is an ordinary update of the enterprise (its version, validation,
// change log), not a copy kept with the nomination.
import { useState } from "react";
import {
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Paper,
  TextField,
  Typography,
} from "@mui/material";
import EditIcon from "@mui/icons-material/Edit";
import { useWatch } from "react-hook-form";
import { useDataProvider, useGetOne, useNotify, usePermissions, useTranslate } from "react-admin";
import { optionLabel, type Field } from "../../../entities/describe";
import { enterprise } from "../../../entities/enterprise";
import { registration } from "../../../entities/registration";
import { validateRecord } from "../../../entities/validate";
import type { Permissions } from "../authProvider";
import { inputFor } from "../resourceViews/inputs";

const FIELDS: Record<string, Field> = enterprise.fields;
/** What 附件1-1 prints about the enterprise, and the designation's end the nomination depends on. */
const SHOWN = ["address", "keyGiantStatus", "industry", "mainProducts", "validUntil"];
/** The contact the city may correct here. */
const CONTACT = ["contactName", "contactTitle", "contactPhone", "contactEmail"];

const shown = (k: string, v: unknown) =>
  v === null || v === undefined || v === "" ? "—" : FIELDS[k].type === "enum" ? optionLabel(FIELDS[k], v) : String(v);

function Item({ k, value }: { k: string; value: unknown }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {FIELDS[k].label}
      </Typography>
      <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
        {shown(k, value)}
      </Typography>
    </Box>
  );
}

function ContactDialog({ record, onClose }: { record: Record<string, any>; onClose: (saved: boolean) => void }) {
  const translate = useTranslate();
  const dp = useDataProvider();
  const notify = useNotify();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(CONTACT.map((k) => [k, record[k] ?? ""])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const checked = validateRecord(enterprise, values, record).errors;
    const mine = Object.fromEntries(Object.entries(checked).filter(([k]) => CONTACT.includes(k)));
    setErrors(mine);
    if (Object.keys(mine).length) return;
    setBusy(true);
    try {
      await dp.update(enterprise.key, {
        id: record.id,
        data: { ...values, version: record.version },
        previousData: record,
      });
      notify("app.enterpriseBasics.saved", { type: "success" });
      onClose(true);
    } catch (e: any) {
      setErrors(e?.body?.errors ?? {});
      notify(e?.body?.message ?? e?.message ?? "ra.notification.http_error", { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{translate("app.enterpriseBasics.editTitle", { name: record.name })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("app.enterpriseBasics.editHint")}
        </Typography>
        <Box sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 2, pt: 1 }}>
          {CONTACT.map((k) => (
            <TextField
              key={k}
              size="small"
              label={FIELDS[k].label}
              required={!!FIELDS[k].required}
              value={values[k]}
              onChange={(e) => setValues({ ...values, [k]: e.target.value })}
              error={!!errors[k]}
              helperText={errors[k] ?? " "}
              inputProps={{ maxLength: FIELDS[k].max }}
            />
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={() => onClose(false)}>{translate("ra.action.cancel")}</MuiButton>
        <MuiButton variant="contained" onClick={save} disabled={busy}>
          {translate("ra.action.save")}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

/** The chosen enterprise's 基本信息, as on 附件1-1. */
export function EnterpriseBasics() {
  const translate = useTranslate();
  const id = useWatch({ name: "enterpriseId" });
  const { permissions } = usePermissions<Permissions>();
  const { data, refetch } = useGetOne(enterprise.key, { id }, { enabled: !!id });
  const [editing, setEditing] = useState(false);
  const mayCorrect = permissions?.access.enterprises === "write";
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2, width: { xs: "100%", md: 820 }, maxWidth: "100%" }}>
      <Box sx={{ display: "flex", alignItems: "center", mb: 1 }}>
        <Typography variant="subtitle2" sx={{ fontWeight: 600, flex: 1 }}>
          {translate("app.enterpriseBasics.title")}
          {data ? `：${data.name}` : ""}
        </Typography>
        {data && mayCorrect ? (
          <MuiButton size="small" startIcon={<EditIcon />} onClick={() => setEditing(true)}>
            {translate("app.enterpriseBasics.edit")}
          </MuiButton>
        ) : null}
      </Box>
      {data && data.id === id ? (
        <Box sx={{ display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: 1.5 }}>
          {[...SHOWN, ...CONTACT].map((k) => (
            <Box
              key={k}
              sx={{ gridColumn: ["address", "mainProducts", "validUntil"].includes(k) ? "span 2" : undefined }}
            >
              <Item k={k} value={data[k]} />
            </Box>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate("app.enterpriseBasics.choose")}
        </Typography>
      )}
      {editing && data ? (
        <ContactDialog
          record={data}
          onClose={(saved) => {
            setEditing(false);
            if (saved) refetch();
          }}
        />
      ) : null}
    </Paper>
  );
}

/** The form's enterprise input with the enterprise's 基本信息 under it. */
export function EnterpriseWithBasics() {
  return (
    <Box>
      {inputFor("enterpriseId", registration.fields.enterpriseId as Field)}
      <EnterpriseBasics />
    </Box>
  );
}

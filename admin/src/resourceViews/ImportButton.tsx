// 导入: pick a sheet, see the preview (new / update / unchanged / error, with reasons), download the
// error rows, then commit — everything or, if asked, all but the error rows.
import { useState } from "react";
import {
  Alert,
  Button as MuiButton,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import {
  Button,
  useDataProvider,
  useGetList,
  useNotify,
  usePermissions,
  useRefresh,
  useResourceContext,
  useTranslate,
} from "react-admin";
import { resourceByKey } from "../../../entities/registry";
import { IMPORT_KINDS } from "../../../entities/imports";
import type { Permissions } from "../authProvider";
import { fileUrls, type AppDataProvider, type ImportResult } from "../dataProvider";
import { useNotifyError } from "../layout/useNotifyError";

const COLORS = { new: "#e8f5e9", update: "#e3f2fd", unchanged: undefined, error: "#ffebee" } as const;

export function ImportButton() {
  const resource = useResourceContext()!;
  // The resource's own kind first: 企业名单 before 附件2 on the enterprise list.
  const kinds = IMPORT_KINDS.filter((k) => k.resource === resource).sort(
    (a, b) => Number(b.key === resource) - Number(a.key === resource),
  );
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`app.import.${k}`, o);
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const fail = useNotifyError();
  const refresh = useRefresh();
  const { permissions } = usePermissions<Permissions>();
  const { data: cities = [] } = useGetList("cities", {
    pagination: { page: 1, perPage: 100 },
    sort: { field: "code", order: "ASC" },
  });
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState(kinds[0]?.key ?? "");
  const [cityId, setCityId] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [skip, setSkip] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!kinds.length) return null;
  const fields = () => ({ ...(cityId ? { cityId } : {}), ...(skip ? { skipErrors: "1" } : {}) });
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const choose = (f: File | null) => {
    setFile(f);
    setPreview(null);
    if (f) act(async () => setPreview(await dp.importFile(kind, f, fields())));
  };
  const commit = () =>
    act(async () => {
      const r = await dp.importFile(kind, file!, { ...fields(), commit: "1" });
      notify("app.import.done", { type: "success", messageArgs: { new: r.counts.new, update: r.counts.update } });
      setOpen(false);
      setPreview(null);
      setFile(null);
      refresh();
    });
  const errors = () =>
    act(async () => {
      const blob = await dp.importErrors(kind, file!, fields());
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `错误行-${file!.name.replace(/\.\w+$/, "")}.xlsx`;
      a.click();
      URL.revokeObjectURL(a.href);
    });
  const desc = resourceByKey[kinds.find((k) => k.key === kind)?.resource ?? resource];
  const label = (field: string) =>
    field === "id" ? translate("resources.enterprises.fields.id") : (desc.fields[field]?.label ?? field);
  return (
    <>
      <Button label={t("button")} onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} fullWidth maxWidth="md">
        <DialogTitle>{t("title", { name: desc.label })}</DialogTitle>
        <DialogContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center", my: 1, flexWrap: "wrap", rowGap: 1 }}>
            <TextField
              select
              size="small"
              label={t("kind")}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value);
                setPreview(null);
                setFile(null);
              }}
              sx={{ minWidth: 240 }}
            >
              {kinds.map((k) => (
                <MenuItem key={k.key} value={k.key}>
                  {k.label}
                </MenuItem>
              ))}
            </TextField>
            {kind === "citySummary" && permissions?.user.role !== "city" ? (
              <TextField
                select
                size="small"
                label={t("city")}
                value={cityId}
                onChange={(e) => setCityId(e.target.value)}
                sx={{ minWidth: 200 }}
                helperText={t("cityHint")}
              >
                <MenuItem value="">{t("cityFromSheet")}</MenuItem>
                {cities.map((c) => (
                  <MenuItem key={c.id} value={String(c.id)}>
                    {c.name}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            <MuiButton component="label" variant="outlined" disabled={busy}>
              {file ? file.name : t("choose")}
              <input
                hidden
                type="file"
                accept=".xlsx,.csv"
                onChange={(e) => {
                  choose(e.target.files?.[0] ?? null);
                  e.target.value = "";
                }}
              />
            </MuiButton>
            <MuiButton size="small" href={fileUrls.importTemplate(kind)}>
              {t("template")}
            </MuiButton>
          </Stack>
          {busy ? <LinearProgress sx={{ my: 1 }} /> : null}
          {preview ? (
            <>
              <Alert severity={preview.counts.error ? "warning" : "success"} sx={{ my: 1 }}>
                {t("counts", preview.counts)}
                {preview.ignoredColumns.length
                  ? ` ${t("ignored", { columns: preview.ignoredColumns.join("、") })}`
                  : ""}
              </Alert>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{t("row")}</TableCell>
                    <TableCell>{t("outcome")}</TableCell>
                    <TableCell>{t("details")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {preview.rows
                    .filter((r) => r.outcome !== "unchanged")
                    .slice(0, 500)
                    .map((r) => (
                      <TableRow key={r.row} sx={{ bgcolor: COLORS[r.outcome] }}>
                        <TableCell>{r.row}</TableCell>
                        <TableCell>{t(`outcomes.${r.outcome}`)}</TableCell>
                        <TableCell>
                          {r.outcome === "error"
                            ? r.errors.map((e) => `${label(e.field)}：${e.message}`).join("；")
                            : (r.changes ?? []).join("、")}
                        </TableCell>
                      </TableRow>
                    ))}
                </TableBody>
              </Table>
              {preview.counts.error ? (
                <FormControlLabel
                  control={<Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)} />}
                  label={t("skip", { count: preview.counts.error })}
                />
              ) : null}
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t("hint")}
            </Typography>
          )}
        </DialogContent>
        <DialogActions>
          {preview?.counts.error ? (
            <MuiButton onClick={errors} disabled={busy}>
              {t("errors")}
            </MuiButton>
          ) : null}
          <MuiButton onClick={() => setOpen(false)} disabled={busy}>
            {translate("ra.action.cancel")}
          </MuiButton>
          <MuiButton
            variant="contained"
            onClick={commit}
            disabled={
              busy || !preview || (!!preview.counts.error && !skip) || preview.counts.new + preview.counts.update === 0
            }
          >
            {t("commit")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

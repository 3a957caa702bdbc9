// The preview: counts, ignored columns, and every row that is not unchanged with what it changes or
// why it fails; with error rows, the choice to import the rest.
import { Alert, Checkbox, FormControlLabel, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import type { ResourceDescription } from "../../../../entities/describe";
import type { ImportResult } from "../../dataProvider";

const COLORS = { new: "#e8f5e9", update: "#e3f2fd", unchanged: undefined, error: "#ffebee" } as const;
/** Rows shown at most; the counts cover them all. */
const SHOWN_ROWS = 500;

export function ImportPreview(props: {
  preview: ImportResult;
  desc: ResourceDescription;
  skipErrors: boolean;
  onSkipErrors: (skip: boolean) => void;
}) {
  const { preview, desc, skipErrors, onSkipErrors } = props;
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`app.import.${k}`, o);
  const label = (field: string) =>
    field === "id" ? translate("resources.enterprises.fields.id") : (desc.fields[field]?.label ?? field);
  return (
    <>
      <Alert severity={preview.counts.error ? "warning" : "success"} sx={{ my: 1 }}>
        {t("counts", preview.counts)}
        {preview.ignoredColumns.length ? ` ${t("ignored", { columns: preview.ignoredColumns.join("、") })}` : ""}
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
            .slice(0, SHOWN_ROWS)
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
          control={<Checkbox checked={skipErrors} onChange={(e) => onSkipErrors(e.target.checked)} />}
          label={t("skip", { count: preview.counts.error })}
        />
      ) : null}
    </>
  );
}

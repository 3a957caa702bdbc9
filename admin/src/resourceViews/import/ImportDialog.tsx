// 导入's dialog: the upload step, then the preview, then the commit (or the error rows to fix).
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from "@mui/material";
import { useTranslate } from "react-admin";
import { resourceByKey } from "../../descriptions";
import type { ImportKind } from "../../../../entities/imports";
import { ImportPreview } from "./ImportPreview";
import { ImportSourcePicker } from "./ImportSourcePicker";
import { useImportFile } from "./useImportFile";

export function ImportDialog({ kinds, open, onClose }: { kinds: ImportKind[]; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`app.import.${k}`, o);
  const imp = useImportFile(kinds, onClose);
  const { preview, busy } = imp;
  const desc = resourceByKey[(imp.kind ?? kinds[0]).resource];
  const nothingToWrite = !preview || (!!preview.counts.error && !imp.skipErrors);
  return (
    <Dialog open={open} onClose={() => !busy && onClose()} fullWidth maxWidth="md">
      <DialogTitle>{t("title", { name: desc.label })}</DialogTitle>
      <DialogContent>
        <ImportSourcePicker
          kinds={kinds}
          kind={imp.kind}
          onKind={imp.chooseKind}
          cityId={imp.cityId}
          onCity={imp.setCityId}
          file={imp.file}
          onFile={imp.chooseFile}
          busy={busy}
        />
        {busy ? <LinearProgress sx={{ my: 1 }} /> : null}
        {preview ? (
          <ImportPreview preview={preview} desc={desc} skipErrors={imp.skipErrors} onSkipErrors={imp.setSkipErrors} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t("hint")}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        {preview?.counts.error ? (
          <MuiButton onClick={imp.downloadErrors} disabled={busy}>
            {t("errors")}
          </MuiButton>
        ) : null}
        <MuiButton onClick={onClose} disabled={busy}>
          {translate("ra.action.cancel")}
        </MuiButton>
        <MuiButton
          variant="contained"
          onClick={imp.commit}
          disabled={busy || nothingToWrite || preview.counts.new + preview.counts.update === 0}
        >
          {t("commit")}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

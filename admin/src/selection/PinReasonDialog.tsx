// Asks the reason for pinning a demand in or out; confirms only with one.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import { useTranslate } from "react-admin";
import type { PinRequest } from "./usePins";
import { useSelectionText } from "./useSelectionText";

export function PinReasonDialog(props: {
  asking: PinRequest | null;
  reason: string;
  onReason: (reason: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { asking, reason, onReason, onConfirm, onCancel } = props;
  const translate = useTranslate();
  const t = useSelectionText();
  return (
    <Dialog open={!!asking} onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>
        {asking ? t(asking.kind === "in" ? "pinInTitle" : "pinOutTitle", { title: asking.demand.title }) : ""}
      </DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          label={t("pinReason")}
          value={reason}
          onChange={(e) => onReason(e.target.value)}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" disabled={!reason.trim()} onClick={onConfirm}>
          {translate("ra.action.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

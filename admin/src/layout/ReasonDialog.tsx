// Asks for a written reason before an action that needs one (returning nominations, reopening the
// selection …); confirms only with one. An MUI dialog in the page's language, never the browser's prompt().
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";

export function ReasonDialog({
  open,
  title,
  label,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  label: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const translate = useTranslate();
  // Kept while the dialog is open (a refused action can be tried again), cleared once it has closed.
  const [reason, setReason] = useState("");
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      fullWidth
      maxWidth="sm"
      aria-labelledby="reason-dialog-title"
      slotProps={{ transition: { onExited: () => setReason("") } }}
    >
      <DialogTitle id="reason-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label={label}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" disabled={!reason.trim()} onClick={() => onConfirm(reason.trim())}>
          {translate("ra.action.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

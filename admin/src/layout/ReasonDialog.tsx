// Asks for a written reason before an action that needs one (reopening the selection …); confirms only
// with one. An MUI dialog in the page's language, never the browser's prompt().
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
  const [reason, setReason] = useState("");
  const close = () => {
    setReason("");
    onCancel();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="reason-dialog-title">
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
        <Button onClick={close}>{translate("ra.action.cancel")}</Button>
        <Button
          variant="contained"
          disabled={!reason.trim()}
          onClick={() => {
            onConfirm(reason.trim());
            setReason("");
          }}
        >
          {translate("ra.action.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

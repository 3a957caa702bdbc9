// Asks before a commit: it creates the projects, marks every demand and locks the round.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useSelectionText } from "./useSelectionText";

export function CommitConfirmDialog(props: {
  open: boolean;
  count: number | string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { open, count, onConfirm, onCancel } = props;
  const translate = useTranslate();
  const t = useSelectionText();
  return (
    <Dialog open={open} onClose={onCancel}>
      <DialogTitle>{t("confirmTitle")}</DialogTitle>
      <DialogContent>
        <Typography>{t("confirmText", { count })}</Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate("ra.action.cancel")}</Button>
        <Button variant="contained" onClick={onConfirm}>
          {translate("ra.action.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

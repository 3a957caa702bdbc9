// The user menu's 修改密码: current password, new password twice; the server checks strength.
import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  ListItemIcon,
  ListItemText,
  MenuItem,
} from "@mui/material";
import LockResetIcon from "@mui/icons-material/LockReset";
import { Form, PasswordInput, useNotify, useTranslate, useUserMenu } from "react-admin";
import { changePassword } from "../authProvider";

export function ChangePasswordItem() {
  const translate = useTranslate();
  const notify = useNotify();
  const userMenu = useUserMenu();
  const [open, setOpen] = useState(false);
  const submit = async (v: Record<string, string>) => {
    if (v.newPassword !== v.repeat) return { repeat: translate("app.password.mismatch") };
    try {
      await changePassword(v.currentPassword, v.newPassword);
      setOpen(false);
      userMenu?.onClose();
      notify("app.password.changed", { type: "success" });
    } catch (e: any) {
      if (e?.body?.errors && Object.keys(e.body.errors).length) return e.body.errors;
      notify(e?.message ?? "ra.notification.http_error", { type: "error" });
    }
  };
  return (
    <>
      <MenuItem onClick={() => setOpen(true)}>
        <ListItemIcon>
          <LockResetIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate("app.password.change")}</ListItemText>
      </MenuItem>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <Form onSubmit={submit}>
          <DialogTitle>{translate("app.password.change")}</DialogTitle>
          <DialogContent>
            <PasswordInput source="currentPassword" label="app.password.current" fullWidth />
            <PasswordInput source="newPassword" label="app.password.new" helperText="app.password.rule" fullWidth />
            <PasswordInput source="repeat" label="app.password.repeat" fullWidth />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</Button>
            <Button type="submit" variant="contained">
              {translate("ra.action.save")}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}

// The 修改密码 dialog and its form: loaded when the user menu's item is first chosen (react-hook-form and MUI's
// dialog stay off the first screen).
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from "@mui/material";
import { Form, PasswordInput, useNotify, useTranslate, useUserMenu } from "react-admin";
import { changePassword } from "../authProvider";

export default function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      {open && <ChangePasswordForm onDone={onClose} />}
    </Dialog>
  );
}

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const userMenu = useUserMenu();
  const submit = async (v: Record<string, string>) => {
    if (v.newPassword !== v.repeat) return { repeat: translate("app.password.mismatch") };
    try {
      await changePassword(v.currentPassword, v.newPassword);
      onDone();
      userMenu?.onClose();
      notify("app.password.changed", { type: "success" });
    } catch (e: any) {
      if (e?.body?.errors && Object.keys(e.body.errors).length) return e.body.errors;
      notify(e?.message ?? "ra.notification.http_error", { type: "error" });
    }
  };
  return (
    <Form onSubmit={submit}>
      <DialogTitle>{translate("app.password.change")}</DialogTitle>
      <DialogContent>
        <PasswordInput source="currentPassword" label="app.password.current" fullWidth />
        <PasswordInput source="newPassword" label="app.password.new" helperText="app.password.rule" fullWidth />
        <PasswordInput source="repeat" label="app.password.repeat" fullWidth />
      </DialogContent>
      <DialogActions>
        <Button onClick={onDone}>{translate("ra.action.cancel")}</Button>
        <Button type="submit" variant="contained">
          {translate("ra.action.save")}
        </Button>
      </DialogActions>
    </Form>
  );
}

// The user menu's 修改密码: current password, new password twice; the server checks strength.
// The dialog and its form are loaded when the item is first chosen (ChangePasswordDialog.tsx).
import { lazy, Suspense, useState } from "react";
import { ListItemIcon, ListItemText, MenuItem } from "@mui/material";
import LockResetIcon from "@mui/icons-material/LockReset";
import { useTranslate } from "react-admin";

const ChangePasswordDialog = lazy(() => import("./ChangePasswordDialog"));

export function ChangePasswordItem() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState(false);
  return (
    <>
      <MenuItem
        onClick={() => {
          setChosen(true);
          setOpen(true);
        }}
      >
        <ListItemIcon>
          <LockResetIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate("app.password.change")}</ListItemText>
      </MenuItem>
      {chosen && (
        <Suspense fallback={null}>
          <ChangePasswordDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

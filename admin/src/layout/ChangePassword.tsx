// The user menu's 修改密码: current password, new password twice; the server checks strength.
// The dialog's form is loaded on first use (ChangePasswordDialog.tsx).
import { lazy, Suspense, useState } from "react";
import { Box, CircularProgress, Dialog, ListItemIcon, ListItemText, MenuItem } from "@mui/material";
import LockResetIcon from "@mui/icons-material/LockReset";
import { useTranslate } from "react-admin";

const ChangePasswordForm = lazy(() => import("./ChangePasswordDialog"));

export function ChangePasswordItem() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <MenuItem onClick={() => setOpen(true)}>
        <ListItemIcon>
          <LockResetIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate("app.password.change")}</ListItemText>
      </MenuItem>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        {open && (
          <Suspense
            fallback={
              <Box sx={{ display: "flex", justifyContent: "center", p: 3 }}>
                <CircularProgress size={24} />
              </Box>
            }
          >
            <ChangePasswordForm onDone={() => setOpen(false)} />
          </Suspense>
        )}
      </Dialog>
    </>
  );
}

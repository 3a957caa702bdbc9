// The login page: the panel's name above react-admin's own (translated) login form.
import { Typography } from "@mui/material";
import { Login, LoginForm, useTranslate } from "react-admin";

export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Typography variant="h6" sx={{ textAlign: "center", px: 2, pt: 1 }}>
        {translate("app.title")}
      </Typography>
      <LoginForm />
    </Login>
  );
}

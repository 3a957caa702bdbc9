// The login page: the panel's name (the page's h1) above react-admin's own (translated) login form,
// in the page's main landmark.
import { Typography } from "@mui/material";
import { Login, LoginForm, useTranslate } from "react-admin";

export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <main>
        <Typography variant="h6" component="h1" sx={{ textAlign: "center", px: 2, pt: 1 }}>
          {translate("app.title")}
        </Typography>
        <LoginForm />
      </main>
    </Login>
  );
}

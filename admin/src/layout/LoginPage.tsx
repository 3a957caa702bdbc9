// The login page: the panel's name (the page's h1) above react-admin's own (translated) login form,
// in the page's main landmark; and, for an enterprise invited by its city, the way to its first login.
import { Box, Link, Typography } from "@mui/material";
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
        <Box sx={{ textAlign: "center", pb: 2 }}>
          <Link href="#/accept-invitation">{translate("app.acceptInvitation.link")}</Link>
        </Box>
      </main>
    </Login>
  );
}

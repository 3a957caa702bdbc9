// 企业首次登录: the invitation code the city gave, a user name and a password make the enterprise's
// account (POST /api/auth/accept-invitation) and sign it in, then 我的报名表 opens. Outside the signed-in layout.
import { Alert, Box, Button, Card, CardContent, Link, TextField, Typography } from "@mui/material";
import { useState, type FormEvent } from "react";
import { HttpError, useTranslate } from "react-admin";
import { useLocation } from "react-router-dom";
import { signedIn } from "../authProvider";
import { enterpriseFormsApi, MY_FORMS_PATH } from "../enterpriseForms/api";
import { passwordProblem } from "../../../entities/user";
import { INVITATION_CODE_LENGTH, normalizeCode } from "../../../entities/enterpriseForms";

type Field = "code" | "username" | "password" | "confirm";

export function AcceptInvitationPage() {
  const translate = useTranslate();
  const t = (k: string) => translate(`app.acceptInvitation.${k}`);
  const { search } = useLocation();
  const [values, setValues] = useState<Record<Field, string>>({
    code: new URLSearchParams(search).get("code") ?? "",
    username: "",
    password: "",
    confirm: "",
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    // What the browser can tell at once; the server says the rest (a used or expired code, a taken name).
    if (normalizeCode(values.code).length !== INVITATION_CODE_LENGTH) return setErrors({ code: t("codeShort") });
    const weak = passwordProblem(values.password);
    if (weak) return setErrors({ password: weak });
    if (values.password !== values.confirm) return setErrors({ confirm: t("mismatch") });
    setMessage("");
    setBusy(true);
    setErrors({});
    setMessage("");
    try {
      signedIn(
        await enterpriseFormsApi.acceptInvitation({
          code: values.code,
          username: values.username,
          password: values.password,
        }),
      );
      // Signed in: the admin loads again (a new address, not only a new route) with the enterprise's access.
      window.location.replace(`${window.location.pathname}?welcome=1#${MY_FORMS_PATH}`);
    } catch (err) {
      const body = err instanceof HttpError ? (err.body as { errors?: Record<string, string> }) : undefined;
      setErrors(body?.errors ?? {});
      setMessage(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  const field = (name: Field, type = "text", extra: object = {}) => (
    <TextField
      name={name}
      label={t(name)}
      type={type}
      value={values[name]}
      onChange={(e) => {
        setValues({ ...values, [name]: e.target.value });
        setMessage("");
      }}
      error={!!errors[name]}
      helperText={errors[name] ?? t(`${name}Help`)}
      required
      fullWidth
      margin="dense"
      {...extra}
    />
  );

  return (
    <Box
      component="main"
      sx={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", bgcolor: "#eceff1" }}
    >
      <Card sx={{ width: 440, maxWidth: "95vw" }}>
        <CardContent component="form" onSubmit={submit} noValidate>
          <Typography variant="h6" component="h1" gutterBottom>
            {t("title")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t("intro")}
          </Typography>
          {message ? (
            <Alert severity="error" sx={{ mb: 1 }}>
              {message}
            </Alert>
          ) : null}
          {field("code", "text", {
            autoFocus: !values.code,
            inputProps: { style: { fontFamily: "monospace", letterSpacing: 2 } },
          })}
          {field("username", "text", { autoFocus: !!values.code, autoComplete: "username" })}
          {field("password", "password", { autoComplete: "new-password" })}
          {field("confirm", "password", { autoComplete: "new-password" })}
          <Button type="submit" variant="contained" fullWidth disabled={busy} sx={{ mt: 2 }}>
            {t("submit")}
          </Button>
          <Box sx={{ mt: 2, textAlign: "center" }}>
            <Link href="#/login">{t("toLogin")}</Link>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}

// 邀请企业在线填报: on an enterprise's page, for the department and the enterprise's own city bureau. Makes
// a one-time code (POST /api/invitations) and shows it to be handed over: the code in large letters, how
// long it lasts (Beijing time), the link that opens the accept-invitation page, and what the enterprise
// does with it; copied as one text, or printed (only the sheet, without the panel around it).
import { useState, type ReactNode } from "react";
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  GlobalStyles,
  Link as MuiLink,
  Typography,
} from "@mui/material";
import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import PersonAddAlt1Icon from "@mui/icons-material/PersonAddAlt1";
import PrintIcon from "@mui/icons-material/Print";
import { useNotify, usePermissions, useRecordContext, useTranslate } from "react-admin";
import type { InvitationAnswer } from "../../../entities/api";
import { beijingDateTime } from "../../../entities/dates";
import { INVITATION_DAYS } from "../../../entities/enterpriseForms";
import type { Permissions } from "../authProvider";
import { useNotifyError } from "../layout/useNotifyError";
import { ACCEPT_PATH, enterpriseFormsApi } from "./api";

const SHEET_ID = "invitation-sheet";
/** On paper, the sheet alone: everything else on the page is hidden, the sheet at the top of the page. */
const printStyles = {
  "@media print": {
    "body *": { visibility: "hidden" },
    [`#${SHEET_ID}, #${SHEET_ID} *`]: { visibility: "visible" },
    [`#${SHEET_ID}`]: { position: "fixed", left: 0, top: 0, width: "100%", padding: "24px" },
  },
};

/** The link that opens the accept-invitation page with the code filled in. */
export const invitationLink = (code: string) =>
  `${window.location.origin}${window.location.pathname}#${ACCEPT_PATH}?code=${encodeURIComponent(code)}`;

/** Copies text: the Clipboard API where the page may use it, else (plain http on a LAN, or refused) the older way. */
async function copyText(text: string) {
  try {
    if (navigator.clipboard && window.isSecureContext) return await navigator.clipboard.writeText(text);
  } catch {
    // Refused (no permission, the page not focused): the older way below.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  // Inside the dialog, whose focus trap would otherwise take the selection away.
  (document.querySelector('[role="dialog"]') ?? document.body).appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy");
}

/** Whether this user may invite this enterprise: the department, or the bureau of the enterprise's city. */
export const canInvite = (p: Permissions | undefined, cityId: unknown) =>
  !!p && (p.user.role === "province" || (p.user.role === "city" && p.user.cityId === Number(cityId)));

export function InviteButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const fail = useNotifyError();
  const record = useRecordContext();
  const { permissions } = usePermissions<Permissions>();
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const [invitation, setInvitation] = useState<InvitationAnswer | null>(null);
  if (!record || !canInvite(permissions, record.cityId)) return null;

  const invite = async () => {
    setBusy(true);
    try {
      setInvitation(await enterpriseFormsApi.invite(record.id));
      setOpen(true);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const t = (key: string, options?: object) => translate(`app.enterpriseForms.${key}`, options);
  const howto = t("invite_howto", { days: INVITATION_DAYS });
  const expires = invitation ? beijingDateTime(invitation.expiresAt) : "";
  const link = invitation ? invitationLink(invitation.code) : "";
  const copy = async () => {
    if (!invitation) return;
    const text = t("invite_text", {
      enterprise: invitation.enterpriseName,
      app: translate("app.title"),
      code: invitation.code,
      expires,
      link,
      howto,
    });
    try {
      await copyText(text);
      notify("app.enterpriseForms.invite_copied", { type: "success" });
    } catch {
      notify("app.enterpriseForms.invite_copy_failed", { type: "warning" });
    }
  };
  const row = (label: string, value: ReactNode) => (
    <Box sx={{ display: "grid", gridTemplateColumns: "6em 1fr", columnGap: 2, alignItems: "baseline", mb: 1.5 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Box>{value}</Box>
    </Box>
  );

  return (
    <>
      <Button size="small" variant="outlined" startIcon={<PersonAddAlt1Icon />} disabled={busy} onClick={invite}>
        {t("invite")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="invite-dialog-title">
        {open ? <GlobalStyles styles={printStyles} /> : null}
        {invitation ? (
          <div id={SHEET_ID}>
            <DialogTitle id="invite-dialog-title">{t("invite_title")}</DialogTitle>
            <DialogContent dividers>
              {row(
                t("invite_enterprise"),
                <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {invitation.enterpriseName}
                </Typography>,
              )}
              {row(
                t("invite_code"),
                <Typography
                  component="div"
                  aria-label={`${t("invite_code")} ${invitation.code.split("").join(" ")}`}
                  sx={{
                    fontFamily: '"DejaVu Sans Mono", Consolas, "Courier New", monospace',
                    fontSize: 36,
                    fontWeight: 700,
                    letterSpacing: "0.12em",
                    lineHeight: 1.3,
                    display: "inline-block",
                    px: 2,
                    py: 0.5,
                    border: "2px dashed",
                    borderColor: "primary.main",
                    borderRadius: 1,
                    color: "primary.dark",
                    userSelect: "all",
                  }}
                >
                  {invitation.code}
                </Typography>,
              )}
              {row(
                t("invite_expires"),
                <Typography variant="body1">
                  {expires}
                  {t("invite_beijing")}
                </Typography>,
              )}
              {row(
                t("invite_link"),
                <MuiLink href={link} target="_blank" rel="noopener" sx={{ wordBreak: "break-all" }}>
                  {link}
                </MuiLink>,
              )}
              <Typography variant="body2" sx={{ mt: 2, p: 1.5, bgcolor: "action.hover", borderRadius: 1 }}>
                {howto}
              </Typography>
              {permissions?.user.displayName ? (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5, textAlign: "right" }}>
                  {t("invite_issuer", { by: permissions.user.displayName })}
                </Typography>
              ) : null}
            </DialogContent>
          </div>
        ) : null}
        <DialogActions sx={{ displayPrint: "none" }}>
          <Button startIcon={<ContentCopyIcon />} onClick={copy}>
            {t("invite_copy")}
          </Button>
          <Button startIcon={<PrintIcon />} onClick={() => window.print()}>
            {t("invite_print")}
          </Button>
          <Button variant="contained" onClick={() => setOpen(false)}>
            {t("invite_close")}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

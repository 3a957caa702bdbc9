// A locked round: when and by whom; the department may reopen it with a reason.
import { Alert, Button } from "@mui/material";
import { usePermissions } from "react-admin";
import type { SelectionResult } from "../../../entities/selection";
import type { Permissions } from "../authProvider";
import { useSelectionText } from "./useSelectionText";

export function RoundLockedNotice({
  round,
  onReopen,
}: {
  round: SelectionResult["round"];
  onReopen: (reason: string) => void;
}) {
  const t = useSelectionText();
  const { permissions } = usePermissions<Permissions>();
  return (
    <Alert
      severity="info"
      sx={{ mt: 1 }}
      action={
        permissions?.user.role === "province" ? (
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              const reason = window.prompt(t("reopenReason"));
              if (reason) onReopen(reason);
            }}
          >
            {t("reopen")}
          </Button>
        ) : undefined
      }
    >
      {t("locked", { at: round.lockedAt?.slice(0, 10), by: round.lockedBy })}
    </Alert>
  );
}

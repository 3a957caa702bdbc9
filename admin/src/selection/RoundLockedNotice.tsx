// A locked round: when and by whom; the department may reopen it with a reason.
import { Alert, Button } from "@mui/material";
import { useState } from "react";
import { usePermissions } from "react-admin";
import { beijingDateTime } from "../../../entities/dates";
import type { SelectionResult } from "../../../entities/selection";
import type { Permissions } from "../authProvider";
import { ReasonDialog } from "../layout/ReasonDialog";
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
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Alert
        severity="info"
        sx={{ mt: 1 }}
        action={
          permissions?.user.role === "province" ? (
            <Button color="inherit" size="small" onClick={() => setAsking(true)}>
              {t("reopen")}
            </Button>
          ) : undefined
        }
      >
        {t("locked", { at: round.lockedAt ? beijingDateTime(round.lockedAt) : "", by: round.lockedBy })}
      </Alert>
      <ReasonDialog
        open={asking}
        title={t("reopen")}
        label={t("reopenReason")}
        onCancel={() => setAsking(false)}
        onConfirm={(reason) => {
          setAsking(false);
          onReopen(reason);
        }}
      />
    </>
  );
}

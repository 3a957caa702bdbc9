// 新建批次: the department copies the latest round (its settings and classes) as a draft (筹备), then sets
// the new notice's ratio, deadlines and targets on its form.
import AddIcon from "@mui/icons-material/Add";
import { Button, useDataProvider, useNotify, usePermissions, useRedirect, useRefresh, useTranslate } from "react-admin";
import { useState } from "react";
import type { AppDataProvider } from "../dataProvider";
import type { Permissions } from "../authProvider";
import { useNotifyError } from "../layout/useNotifyError";
import { useRounds } from "./useRounds";

export function NewRoundButton() {
  const { permissions } = usePermissions<Permissions>();
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { rounds } = useRounds();
  const [busy, setBusy] = useState(false);
  const latest = rounds[0];
  if (permissions?.user.role !== "province" || !latest) return null;
  return (
    <Button
      label={translate("app.rounds.copy")}
      title={translate("app.rounds.copy_hint", { name: latest.name })}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const made = await dp.copyRound(latest.id);
          notify(translate("app.rounds.copied", { name: made.name, from: latest.name }), { type: "success" });
          refresh();
          redirect("edit", "rounds", made.id);
        } catch (e) {
          notifyError(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      <AddIcon />
    </Button>
  );
}

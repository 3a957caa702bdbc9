// 择优遴选: parameters, a dry run showing the ranking, the cut line and every reason, pins with reasons,
// and a confirmed commit that locks the round.
import { useState } from "react";
import { Box } from "@mui/material";
import { Title, usePermissions } from "react-admin";
import type { Permissions } from "../authProvider";
import { canSelect } from "../layout/LinkButton";
import { CommitConfirmDialog } from "./CommitConfirmDialog";
import { ParametersPanel } from "./ParametersPanel";
import { PinReasonDialog } from "./PinReasonDialog";
import { RankingTable } from "./RankingTable";
import { DEFAULT_FORM, selectionBody } from "./selectionParams";
import { usePins } from "./usePins";
import { useSelection } from "./useSelection";
import { useSelectionText } from "./useSelectionText";

export function SelectionPage() {
  const t = useSelectionText();
  const { result, locked, run, reopen } = useSelection();
  const pins = usePins();
  const [form, setForm] = useState(DEFAULT_FORM);
  const [confirming, setConfirming] = useState(false);
  const { permissions } = usePermissions<Permissions>();
  const readOnly = !canSelect(permissions);
  return (
    <Box sx={{ my: 2 }}>
      <Title title={t("title")} />
      <ParametersPanel
        form={form}
        onForm={setForm}
        result={result}
        locked={locked}
        readOnly={readOnly}
        onDryRun={() => run(selectionBody(form, pins.pins, true))}
        onCommit={() => setConfirming(true)}
        onReopen={reopen}
      />
      {result ? (
        <RankingTable ranking={result.ranking} pins={pins.pins} locked={locked || readOnly} onPin={pins.toggle} />
      ) : null}
      <PinReasonDialog
        asking={pins.asking}
        reason={pins.reason}
        onReason={pins.setReason}
        onConfirm={pins.confirm}
        onCancel={pins.cancel}
      />
      <CommitConfirmDialog
        open={confirming}
        count={form.count}
        onConfirm={() => {
          setConfirming(false);
          run(selectionBody(form, pins.pins, false));
        }}
        onCancel={() => setConfirming(false)}
      />
    </Box>
  );
}

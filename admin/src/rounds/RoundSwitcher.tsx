// The app bar's 培育批次: every page shows the chosen round's records and figures; changing it reloads the
// page's data where the user is (their list, filters and record stay).
import { MenuItem, TextField } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { usePermissions, useTranslate } from "react-admin";
import { ROUND_STATUS, ROUND_STATUSES } from "../../../entities/round";
import type { Permissions } from "../authProvider";
import { chooseRound, chosenRoundId } from "./chosenRound";
import { useRounds } from "./useRounds";

export function RoundSwitcher() {
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { rounds, current, chosen, isPending } = useRounds();
  // A round chosen before it was deleted: back to the current one.
  useEffect(() => {
    if (!isPending && chosenRoundId() !== null && !rounds.some((r) => r.id === chosenRoundId())) {
      chooseRound(null);
      void queryClient.invalidateQueries();
    }
  }, [isPending, rounds, queryClient]);
  // An enterprise fills in the current round's forms only.
  if (!chosen || permissions?.user.role === "enterprise") return null;
  const status = (s: string) => ROUND_STATUSES.find((o) => o.value === s)?.label ?? s;
  return (
    <TextField
      select
      size="small"
      label={translate("app.rounds.switcher")}
      value={chosen.id}
      onChange={(e) => {
        const id = Number(e.target.value);
        chooseRound(id === current?.id ? null : id);
        // Every query again, of the new round; the page and its state stay.
        void queryClient.invalidateQueries();
      }}
      sx={{
        flex: "0 0 auto",
        width: 230,
        mr: 1,
        "& .MuiInputBase-root": { color: "inherit", bgcolor: "rgba(255,255,255,0.12)" },
        "& .MuiInputLabel-root, & .MuiSelect-icon": { color: "inherit" },
        "& .MuiOutlinedInput-notchedOutline": { borderColor: "rgba(255,255,255,0.5)" },
      }}
    >
      {rounds.map((r) => (
        <MenuItem key={r.id} value={r.id}>
          {r.name}（{status(r.status)}
          {r.status === ROUND_STATUS.closed && permissions?.user.role !== "province"
            ? translate("app.rounds.read_only")
            : ""}
          ）
        </MenuItem>
      ))}
    </TextField>
  );
}

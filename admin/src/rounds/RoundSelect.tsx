// The app bar's round select (MUI's TextField select, with its inputs): its own chunk, fetched while the
// rounds are asked for (RoundSwitcher.tsx), so the first screen does not carry it.
import { MenuItem, TextField } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { ROUND_STATUS, ROUND_STATUSES, type RoundRules } from "../../../entities/round";
import type { Permissions } from "../authProvider";
import { chooseRound } from "./chosenRound";

interface Props {
  rounds: RoundRules[];
  current: RoundRules | undefined;
  chosen: RoundRules;
  permissions: Permissions | undefined;
}

export default function RoundSelect({ rounds, current, chosen, permissions }: Props) {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const status = (s: string) => ROUND_STATUSES.find((o) => o.value === s)?.label ?? s;
  return (
    <TextField
      select
      size="small"
      margin="none"
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

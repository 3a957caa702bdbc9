// The ranking: every demand's rank, result, score, valid reviews and reason, the cut line under the
// last selected demand, and the pins (closed once the round is locked).
import { Card, Checkbox, Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import type { RankedDemand } from "../../../entities/selection";
import type { PinKind, Pins } from "./selectionParams";
import { useSelectionText } from "./useSelectionText";

const COLUMNS = [
  "rank",
  "selected",
  "titleCol",
  "enterprise",
  "city",
  "category",
  "score",
  "reviews",
  "reason",
  "pinIn",
  "pinOut",
];

/** The first demand below the cut: the last selected one comes just before it and none after it is selected. */
const isCut = (ranking: RankedDemand[], i: number) =>
  i > 0 && ranking[i - 1].selected && !ranking[i].selected && ranking.slice(i).every((x) => !x.selected);

export function RankingTable(props: {
  ranking: RankedDemand[];
  pins: Pins;
  locked: boolean;
  onPin: (demand: RankedDemand, kind: PinKind) => void;
}) {
  const { ranking, pins, locked, onPin } = props;
  const t = useSelectionText();
  const pinBox = (d: RankedDemand, kind: PinKind) => (
    <Checkbox size="small" disabled={locked} checked={pins[d.id]?.kind === kind} onChange={() => onPin(d, kind)} />
  );
  return (
    <Card>
      <Table size="small" sx={{ "& td, & th": { whiteSpace: "nowrap" } }}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((k) => (
              <TableCell key={k}>{t(`columns.${k}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {ranking.map((d, i) => (
            <TableRow
              key={d.id}
              sx={{
                bgcolor: d.selected ? "rgba(46,125,50,0.08)" : undefined,
                ...(isCut(ranking, i) ? { borderTop: "3px solid #d32f2f" } : {}),
              }}
            >
              <TableCell>{d.rank ?? "—"}</TableCell>
              <TableCell>{d.selected ? t("in") : ""}</TableCell>
              <TableCell sx={{ maxWidth: 280, overflow: "hidden", textOverflow: "ellipsis" }}>{d.title}</TableCell>
              <TableCell>{d.enterprise}</TableCell>
              <TableCell>{d.city}</TableCell>
              <TableCell>{d.category}</TableCell>
              <TableCell>{d.score ?? "—"}</TableCell>
              <TableCell>{d.reviewCount}</TableCell>
              <TableCell sx={{ whiteSpace: "normal !important", minWidth: 240 }}>{d.reason}</TableCell>
              <TableCell>{pinBox(d, "in")}</TableCell>
              <TableCell>{pinBox(d, "out")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

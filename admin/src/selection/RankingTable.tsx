// The ranking: every demand's pins (closed once the round is locked), rank, result, title, score, valid
// reviews and reason, the cut line under the last selected demand. Laid out to fit at 1,280 px: the pins,
// rank and title come first and stay in place (sticky) if the table still scrolls sideways; long texts wrap.
import { Card, Checkbox, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from "@mui/material";
import type { SxProps, Theme } from "@mui/material";
import type { RankedDemand } from "../../../entities/selection";
import type { PinKind, Pins } from "./selectionParams";
import { useSelectionText } from "./useSelectionText";

/** The columns in order, with the sticky ones' left offsets and widths (px). */
const COLUMNS: { key: string; width?: number; left?: number; wrap?: boolean; minWidth?: number }[] = [
  { key: "pinIn", width: 72, left: 0 },
  { key: "pinOut", width: 52, left: 72 },
  { key: "rank", width: 52, left: 124 },
  { key: "titleCol", wrap: true, minWidth: 200, width: 240, left: 176 },
  { key: "selected", width: 52 },
  { key: "enterprise", wrap: true, minWidth: 140 },
  { key: "city", width: 72 },
  { key: "category", wrap: true, minWidth: 72 },
  { key: "score", width: 64 },
  { key: "reviews", width: 72 },
  { key: "reason", wrap: true, minWidth: 180 },
];

/** The first demand below the cut: the last selected one comes just before it and none after it is selected. */
const isCut = (ranking: RankedDemand[], i: number) =>
  i > 0 && ranking[i - 1].selected && !ranking[i].selected && ranking.slice(i).every((x) => !x.selected);

const cellSx = (c: (typeof COLUMNS)[number], head: boolean, selected = false): SxProps<Theme> => ({
  whiteSpace: c.wrap && !head ? "normal" : "nowrap",
  wordBreak: c.wrap ? "break-all" : "normal",
  width: c.width,
  minWidth: c.minWidth ?? c.width,
  maxWidth: c.key === "titleCol" ? c.width : undefined,
  px: 1,
  ...(c.left !== undefined
    ? {
        position: "sticky" as const,
        left: c.left,
        zIndex: head ? 3 : 1,
        // Opaque, so that the columns scrolling under them do not show through.
        bgcolor: selected ? "#edf5ee" : "background.paper",
        ...(c.key === "titleCol" ? { boxShadow: "inset -1px 0 0 rgba(0,0,0,0.12)" } : {}),
      }
    : {}),
});

export function RankingTable(props: {
  ranking: RankedDemand[];
  pins: Pins;
  locked: boolean;
  onPin: (demand: RankedDemand, kind: PinKind) => void;
}) {
  const { ranking, pins, locked, onPin } = props;
  const t = useSelectionText();
  const pinBox = (d: RankedDemand, kind: PinKind) => (
    <Checkbox
      size="small"
      disabled={locked}
      checked={pins[d.id]?.kind === kind}
      onChange={() => onPin(d, kind)}
      slotProps={{ input: { "aria-label": t(kind === "in" ? "pinInTitle" : "pinOutTitle", { title: d.title }) } }}
    />
  );
  const cell = (d: RankedDemand, key: string) => {
    switch (key) {
      case "pinIn":
        return pinBox(d, "in");
      case "pinOut":
        return pinBox(d, "out");
      case "rank":
        return d.rank ?? "—";
      case "titleCol":
        return d.title;
      case "selected":
        return d.selected ? t("in") : "";
      case "score":
        return d.score ?? "—";
      case "reviews":
        return d.reviewCount;
      default:
        return d[key as "enterprise" | "city" | "category" | "reason"];
    }
  };
  return (
    <Card>
      <TableContainer sx={{ overflowX: "auto" }}>
        <Table size="small" sx={{ tableLayout: "auto" }}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c.key} sx={cellSx(c, true)}>
                  {t(`columns.${c.key}`)}
                </TableCell>
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
                {COLUMNS.map((c) => (
                  <TableCell
                    key={c.key}
                    padding={c.key.startsWith("pin") ? "checkbox" : undefined}
                    sx={cellSx(c, false, d.selected)}
                  >
                    {cell(d, c.key)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Card>
  );
}

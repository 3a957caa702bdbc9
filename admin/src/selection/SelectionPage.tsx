// 择优遴选: parameters, a dry run showing the ranking, the cut line and every reason, pins with reasons,
// and a confirmed commit that locks the round.
import { useEffect, useState } from "react";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { Title, useDataProvider, useNotify, usePermissions, useTranslate } from "react-admin";
import type { RankedDemand, SelectionParams, SelectionPin, SelectionResult } from "../../../entities/selection";
import { SELECTION_DEFAULTS } from "../../../entities/selection";
import type { Permissions } from "../authProvider";
import type { AppDataProvider } from "../dataProvider";
import { useNotifyError } from "../layout/useNotifyError";

type Pins = Record<number, { kind: "in" | "out"; reason: string }>;

export function SelectionPage() {
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const fail = useNotifyError();
  const translate = useTranslate();
  const t = (k: string, o?: object) => translate(`app.selection.${k}`, o);
  const { permissions } = usePermissions<Permissions>();
  const [params, setParams] = useState({
    count: SELECTION_DEFAULTS.count,
    minReviews: SELECTION_DEFAULTS.minReviews,
    maxPerCity: "",
    maxPerCategory: "",
  });
  const [pins, setPins] = useState<Pins>({});
  const [result, setResult] = useState<SelectionResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pinning, setPinning] = useState<{ d: RankedDemand; kind: "in" | "out" } | null>(null);
  const [text, setText] = useState("");
  const body = (dryRun: boolean): SelectionParams => {
    const list = (kind: "in" | "out"): SelectionPin[] =>
      Object.entries(pins)
        .filter(([, p]) => p.kind === kind)
        .map(([id, p]) => ({ id: Number(id), reason: p.reason }));
    return {
      count: Number(params.count),
      minReviews: Number(params.minReviews),
      dryRun,
      ...(params.maxPerCity ? { maxPerCity: Number(params.maxPerCity) } : {}),
      ...(params.maxPerCategory ? { maxPerCategory: Number(params.maxPerCategory) } : {}),
      pinnedIn: list("in"),
      pinnedOut: list("out"),
    };
  };
  const run = (dryRun: boolean) =>
    dp.runSelection(body(dryRun)).then((r) => {
      setResult(r);
      if (!dryRun)
        notify("app.selection.committed", {
          type: "success",
          messageArgs: { count: r.ranking.filter((d) => d.selected).length },
        });
    }, fail);
  useEffect(() => {
    dp.selection().then(setResult, fail);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const locked = result?.round.status === "locked";
  const field = (k: keyof typeof params, label: string) => (
    <TextField
      size="small"
      type="number"
      label={t(label)}
      value={params[k]}
      onChange={(e) => setParams({ ...params, [k]: e.target.value })}
      sx={{ width: 160 }}
    />
  );
  const togglePin = (d: RankedDemand, kind: "in" | "out") => {
    if (pins[d.id]?.kind === kind) {
      const { [d.id]: _gone, ...rest } = pins;
      setPins(rest);
    } else {
      setText("");
      setPinning({ d, kind });
    }
  };
  return (
    <Box sx={{ my: 2 }}>
      <Title title={t("title")} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ flexWrap: "wrap", alignItems: "center", rowGap: 2 }}>
            {field("count", "count")}
            {field("minReviews", "minReviews")}
            {field("maxPerCity", "maxPerCity")}
            {field("maxPerCategory", "maxPerCategory")}
            <Button variant="outlined" onClick={() => run(true)}>
              {t("dryRun")}
            </Button>
            <Button variant="contained" disabled={locked || !result} onClick={() => setConfirming(true)}>
              {t("commit")}
            </Button>
          </Stack>
          {result ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {result.rule}
            </Typography>
          ) : null}
          {locked ? (
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
                      if (reason) dp.reopenSelection(reason).then(() => dp.selection().then(setResult), fail);
                    }}
                  >
                    {t("reopen")}
                  </Button>
                ) : undefined
              }
            >
              {t("locked", { at: result?.round.lockedAt?.slice(0, 10), by: result?.round.lockedBy })}
            </Alert>
          ) : null}
        </CardContent>
      </Card>
      {result ? (
        <Card>
          <Table size="small" sx={{ "& td, & th": { whiteSpace: "nowrap" } }}>
            <TableHead>
              <TableRow>
                {[
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
                ].map((k) => (
                  <TableCell key={k}>{t(`columns.${k}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {result.ranking.map((d, i) => {
                const cut =
                  i > 0 &&
                  result.ranking[i - 1].selected &&
                  !d.selected &&
                  result.ranking.slice(i).every((x) => !x.selected);
                return (
                  <TableRow
                    key={d.id}
                    sx={{
                      bgcolor: d.selected ? "rgba(46,125,50,0.08)" : undefined,
                      ...(cut ? { borderTop: "3px solid #d32f2f" } : {}),
                    }}
                  >
                    <TableCell>{d.rank ?? "—"}</TableCell>
                    <TableCell>{d.selected ? t("in") : ""}</TableCell>
                    <TableCell sx={{ maxWidth: 280, overflow: "hidden", textOverflow: "ellipsis" }}>
                      {d.title}
                    </TableCell>
                    <TableCell>{d.enterprise}</TableCell>
                    <TableCell>{d.city}</TableCell>
                    <TableCell>{d.category}</TableCell>
                    <TableCell>{d.score ?? "—"}</TableCell>
                    <TableCell>{d.reviewCount}</TableCell>
                    <TableCell sx={{ whiteSpace: "normal !important", minWidth: 240 }}>{d.reason}</TableCell>
                    <TableCell>
                      <Checkbox
                        size="small"
                        disabled={locked}
                        checked={pins[d.id]?.kind === "in"}
                        onChange={() => togglePin(d, "in")}
                      />
                    </TableCell>
                    <TableCell>
                      <Checkbox
                        size="small"
                        disabled={locked}
                        checked={pins[d.id]?.kind === "out"}
                        onChange={() => togglePin(d, "out")}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Card>
      ) : null}
      <Dialog open={!!pinning} onClose={() => setPinning(null)} fullWidth maxWidth="sm">
        <DialogTitle>
          {pinning ? t(pinning.kind === "in" ? "pinInTitle" : "pinOutTitle", { title: pinning.d.title }) : ""}
        </DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            label={t("pinReason")}
            value={text}
            onChange={(e) => setText(e.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPinning(null)}>{translate("ra.action.cancel")}</Button>
          <Button
            variant="contained"
            disabled={!text.trim()}
            onClick={() => {
              setPins({ ...pins, [pinning!.d.id]: { kind: pinning!.kind, reason: text.trim() } });
              setPinning(null);
            }}
          >
            {translate("ra.action.confirm")}
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={confirming} onClose={() => setConfirming(false)}>
        <DialogTitle>{t("confirmTitle")}</DialogTitle>
        <DialogContent>
          <Typography>{t("confirmText", { count: params.count })}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{translate("ra.action.cancel")}</Button>
          <Button
            variant="contained"
            onClick={() => {
              setConfirming(false);
              run(false);
            }}
          >
            {translate("ra.action.confirm")}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

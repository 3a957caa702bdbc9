// The parameters (count, minimum valid reviews, limits per city and per category), the dry run and
// the commit, the documented order, and the round's lock.
import { Button, Card, CardContent, Stack, TextField, Typography } from "@mui/material";
import type { SelectionResult } from "../../../entities/selection";
import { RoundLockedNotice } from "./RoundLockedNotice";
import type { ParameterForm } from "./selectionParams";
import { useSelectionText } from "./useSelectionText";

const FIELDS: (keyof ParameterForm)[] = ["count", "minReviews", "maxPerCity", "maxPerCategory"];

export function ParametersPanel(props: {
  form: ParameterForm;
  onForm: (form: ParameterForm) => void;
  result: SelectionResult | null;
  locked: boolean;
  /** The user may look, not choose (the read-only role): values shown, nothing to change or run. */
  readOnly: boolean;
  onDryRun: () => void;
  onCommit: () => void;
  onReopen: (reason: string) => void;
}) {
  const { form, onForm, result, locked, readOnly, onDryRun, onCommit, onReopen } = props;
  const t = useSelectionText();
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ flexWrap: "wrap", alignItems: "center", rowGap: 2 }}>
          {FIELDS.map((k) => (
            <TextField
              key={k}
              size="small"
              type="number"
              label={t(k)}
              value={form[k]}
              onChange={(e) => onForm({ ...form, [k]: e.target.value })}
              slotProps={{ input: { readOnly } }}
              sx={{ width: 160 }}
            />
          ))}
          {readOnly ? null : (
            <>
              <Button variant="outlined" onClick={onDryRun}>
                {t("dryRun")}
              </Button>
              <Button variant="contained" disabled={locked || !result} onClick={onCommit}>
                {t("commit")}
              </Button>
            </>
          )}
        </Stack>
        {result ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {result.rule}
          </Typography>
        ) : null}
        {locked && result ? <RoundLockedNotice round={result.round} onReopen={onReopen} /> : null}
      </CardContent>
    </Card>
  );
}

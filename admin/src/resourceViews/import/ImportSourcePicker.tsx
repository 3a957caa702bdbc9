// The upload step: which kind of sheet, whose city (a per-city sheet, for those who are not a city
// bureau), the file itself, and the kind's template.
import { Button as MuiButton, MenuItem, Stack, TextField } from "@mui/material";
import { useGetList, usePermissions, useTranslate } from "react-admin";
import type { ImportKind } from "../../../../entities/imports";
import type { Permissions } from "../../authProvider";
import { fileUrls } from "../../dataProvider";

export function ImportSourcePicker(props: {
  kinds: ImportKind[];
  kind: ImportKind | undefined;
  onKind: (key: string) => void;
  cityId: string;
  onCity: (id: string) => void;
  file: File | null;
  onFile: (file: File | null) => void;
  busy: boolean;
}) {
  const { kinds, kind, onKind, cityId, onCity, file, onFile, busy } = props;
  const translate = useTranslate();
  const t = (k: string) => translate(`app.import.${k}`);
  const { permissions } = usePermissions<Permissions>();
  const { data: cities = [] } = useGetList("cities", {
    pagination: { page: 1, perPage: 100 },
    sort: { field: "code", order: "ASC" },
  });
  const key = kind?.key ?? "";
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", my: 1, flexWrap: "wrap", rowGap: 1 }}>
      <TextField
        select
        size="small"
        label={t("kind")}
        value={key}
        onChange={(e) => onKind(e.target.value)}
        sx={{ minWidth: 240 }}
      >
        {kinds.map((k) => (
          <MenuItem key={k.key} value={k.key}>
            {k.label}
          </MenuItem>
        ))}
      </TextField>
      {kind?.perCity && permissions?.user.role !== "city" ? (
        <TextField
          select
          size="small"
          label={t("city")}
          value={cityId}
          onChange={(e) => onCity(e.target.value)}
          sx={{ minWidth: 200 }}
          helperText={t("cityHint")}
        >
          <MenuItem value="">{t("cityFromSheet")}</MenuItem>
          {cities.map((c) => (
            <MenuItem key={c.id} value={String(c.id)}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <MuiButton component="label" variant="outlined" disabled={busy}>
        {file ? file.name : t("choose")}
        <input
          hidden
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => {
            onFile(e.target.files?.[0] ?? null);
            e.target.value = "";
          }}
        />
      </MuiButton>
      <MuiButton size="small" href={fileUrls.importTemplate(key)}>
        {t("template")}
      </MuiButton>
    </Stack>
  );
}

// The app bar's search across the panel (GET /api/search): type a name, a credit code or an ID number's
// last digits and get the matches grouped by resource, each opening its record, and per group a link to
// its list filtered by the term. Keyboard: ↑ ↓ choose, Enter opens, Esc closes (MUI's combobox).
import { useEffect, useState } from "react";
import { Autocomplete, Box, InputAdornment, TextField, Typography } from "@mui/material";
import SearchIcon from "@mui/icons-material/Search";
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { useNavigate } from "react-router-dom";
import type { SearchAnswer } from "../../../entities/api";
import { dataProvider } from "../dataProvider";

/** The server answers nothing under this many characters (server/services/search.ts). */
const MIN = 2;

interface Option {
  key: string;
  group: string;
  /** Where choosing it goes: the record's page, or the list filtered by the term. */
  path: string;
  title: string;
  detail?: string;
  all?: boolean;
}

/** The answer as one list of options, grouped by resource; each group ends with its 查看全部 N 条. */
function optionsOf(answer: SearchAnswer | undefined, all: (count: number) => string): Option[] {
  if (!answer) return [];
  return answer.groups.flatMap((g) => [
    ...g.records.map((r) => ({
      key: `${g.resource}-${r.id}`,
      group: g.label,
      path: `/${g.resource}/${r.id}/show`,
      title: r.title,
      detail: r.enterprise && r.enterprise !== r.title ? r.enterprise : undefined,
    })),
    {
      key: `${g.resource}-all`,
      group: g.label,
      path: `/${g.resource}?${new URLSearchParams({ filter: JSON.stringify({ q: answer.q }) })}`,
      title: all(g.total),
      all: true,
    },
  ]);
}

/** The term once typing has paused (one request per pause, not per key). */
function useSettled(value: string, ms = 250) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

export function GlobalSearch() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [input, setInput] = useState("");
  const [open, setOpen] = useState(false);
  const term = useSettled(input.trim());
  const enough = [...term].length >= MIN;
  const { data, isFetching } = useQuery({
    queryKey: ["globalSearch", term],
    queryFn: () => dataProvider.search(term),
    enabled: enough,
    staleTime: 30_000,
  });
  const options = enough ? optionsOf(data, (count) => translate("app.search.all", { count })) : [];
  const typing = input.trim() !== term;
  const noOptionsText = !enough
    ? translate("app.search.hint")
    : typing || isFetching
      ? translate("app.search.loading")
      : translate("app.search.none");

  return (
    <Autocomplete<Option, false, false, false>
      open={open && input.trim() !== ""}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      groupBy={(o) => o.group}
      getOptionLabel={(o) => o.title}
      isOptionEqualToValue={(a, b) => a.key === b.key}
      filterOptions={(x) => x}
      inputValue={input}
      onInputChange={(_e, value, reason) => {
        if (reason !== "reset") setInput(value);
      }}
      value={null}
      onChange={(_e, o) => {
        if (!o) return;
        setOpen(false);
        setInput("");
        navigate(o.path);
      }}
      loading={enough && (typing || isFetching)}
      loadingText={translate("app.search.loading")}
      noOptionsText={noOptionsText}
      autoHighlight
      forcePopupIcon={false}
      clearOnBlur={false}
      blurOnSelect
      size="small"
      sx={{ width: { xs: 160, sm: 240, md: 320 }, mx: 1 }}
      slotProps={{
        popper: { sx: { minWidth: 360 }, placement: "bottom-start" },
        listbox: { sx: { maxHeight: "70vh" } },
      }}
      renderOption={({ key: _key, ...props }, o) => (
        <Box component="li" key={o.key} {...props}>
          {o.all ? (
            <Typography variant="body2" color="primary">
              {o.title}
            </Typography>
          ) : (
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2" noWrap>
                {o.title}
              </Typography>
              {o.detail && (
                <Typography variant="caption" color="text.secondary" noWrap component="div">
                  {o.detail}
                </Typography>
              )}
            </Box>
          )}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          variant="outlined"
          margin="none"
          placeholder={translate("app.search.placeholder")}
          inputProps={{ ...params.inputProps, "aria-label": translate("app.search.label") }}
          InputProps={{
            ...params.InputProps,
            startAdornment: (
              <InputAdornment position="start" sx={{ color: "inherit" }}>
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          }}
          sx={{
            "& .MuiInputBase-root": { bgcolor: "rgba(255,255,255,0.15)", color: "inherit" },
            "& .MuiOutlinedInput-notchedOutline": { borderColor: "rgba(255,255,255,0.4)" },
            "& input::placeholder": { color: "inherit", opacity: 0.85 },
          }}
        />
      )}
    />
  );
}

// A photo kept as a data URL in the record (附件1-2 照片): pick, preview, remove.
import { Box, Button, Stack } from "@mui/material";
import { useInput, useNotify, useTranslate } from "react-admin";

const MAX_BYTES = 2 * 1024 * 1024;

export function PhotoInput({ source }: { source: string }) {
  const { field } = useInput({ source });
  const translate = useTranslate();
  const notify = useNotify();
  const choose = (file?: File) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return notify("app.photo.too_large", { type: "warning" });
    const reader = new FileReader();
    reader.onload = () => field.onChange(reader.result);
    reader.readAsDataURL(file);
  };
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: "center", my: 1 }}>
      <Box
        sx={{
          width: 96,
          height: 128,
          border: "1px dashed #bbb",
          display: "grid",
          placeItems: "center",
          overflow: "hidden",
        }}
      >
        {field.value ? <img src={field.value} alt="" style={{ maxWidth: "100%", maxHeight: "100%" }} /> : null}
      </Box>
      <Button component="label" variant="outlined" size="small">
        {translate("app.photo.choose")}
        <input hidden type="file" accept="image/jpeg,image/png" onChange={(e) => choose(e.target.files?.[0])} />
      </Button>
      {field.value ? (
        <Button size="small" onClick={() => field.onChange(null)}>
          {translate("app.photo.remove")}
        </Button>
      ) : null}
    </Stack>
  );
}

// The photo in the trainee's form (附件1-2 照片): chosen, replaced or removed at once in the trainee's
// archive (JPG or PNG, at most 2 MB, checked again by the server), not with the form's save. A new
// trainee gets a photo once it is saved.
import { Box, Button, Stack, Typography } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useDataProvider, useNotify, useRecordContext, useTranslate } from "react-admin";
import { PHOTO_KIND, PHOTO_MAX_BYTES, PHOTO_RESOURCE, PHOTO_TYPES } from "../../../entities/attachment";
import type { AppDataProvider } from "../dataProvider";
import { useNotifyError } from "../layout/useNotifyError";
import { PhotoFrame } from "./TraineePhoto";
import { photoQueryKey, usePhoto } from "./usePhoto";

export function PhotoInput() {
  const record = useRecordContext();
  const id = record?.id;
  const translate = useTranslate();
  const notify = useNotify();
  const fail = useNotifyError();
  const dp = useDataProvider<AppDataProvider>();
  const client = useQueryClient();
  const photo = usePhoto(id);
  const [busy, setBusy] = useState(false);
  const label = (
    <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 0.5 }}>
      {translate("app.photo.title")}
    </Typography>
  );
  if (id == null)
    return (
      <Box sx={{ my: 1 }}>
        {label}
        <Typography variant="body2" color="text.secondary">
          {translate("app.photo.after_create")}
        </Typography>
      </Box>
    );
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notify(done, { type: "success" });
      await client.invalidateQueries({ queryKey: photoQueryKey(id) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const choose = (file?: File) => {
    if (!file) return;
    if (!PHOTO_TYPES.includes(file.type)) return notify("app.photo.wrong_type", { type: "warning" });
    if (file.size > PHOTO_MAX_BYTES) return notify("app.photo.too_large", { type: "warning" });
    run(() => dp.uploadAttachment(PHOTO_RESOURCE, id, PHOTO_KIND, file), "app.photo.uploaded");
  };
  const shown = photo.state === "shown" ? photo : null;
  return (
    <Box sx={{ my: 1 }}>
      {label}
      <Stack direction="row" spacing={2} sx={{ alignItems: "flex-end" }}>
        <PhotoFrame photo={photo} />
        <Stack spacing={1} sx={{ alignItems: "flex-start" }}>
          <Button component="label" variant="outlined" size="small" disabled={busy || photo.state === "denied"}>
            {translate(shown ? "app.photo.replace" : "app.photo.choose")}
            <input
              hidden
              type="file"
              accept={PHOTO_TYPES.join(",")}
              onChange={(e) => {
                choose(e.target.files?.[0]);
                e.target.value = "";
              }}
            />
          </Button>
          {shown ? (
            <Button
              size="small"
              color="error"
              disabled={busy}
              onClick={() =>
                run(() => dp.deleteAttachment(PHOTO_RESOURCE, id, shown.attachmentId), "app.photo.removed")
              }
            >
              {translate("app.photo.remove")}
            </Button>
          ) : null}
          <Typography variant="caption" color="text.secondary">
            {translate("app.photo.rule")}
          </Typography>
        </Stack>
      </Stack>
    </Box>
  );
}

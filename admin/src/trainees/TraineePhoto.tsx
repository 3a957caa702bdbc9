// A trainee's photo as an image (附件1-2 照片, 一寸照 proportions), or why there is none to show.
import { Box, Card, CardContent, Typography } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import type { PhotoState } from "./usePhoto";
import { usePhoto } from "./usePhoto";

export function PhotoFrame({ photo }: { photo: PhotoState }) {
  const translate = useTranslate();
  return (
    <Box
      sx={{
        width: 120,
        height: 160,
        flex: "none",
        border: "1px solid",
        borderColor: "divider",
        borderRadius: 1,
        bgcolor: "grey.50",
        display: "grid",
        placeItems: "center",
        overflow: "hidden",
      }}
    >
      {photo.state === "shown" ? (
        <img
          src={photo.src}
          alt={translate("app.photo.alt")}
          style={{ width: "100%", height: "100%", objectFit: "cover" }}
        />
      ) : (
        <Typography variant="caption" color="text.secondary" sx={{ px: 1, textAlign: "center" }}>
          {photo.state === "loading" ? "" : translate(`app.photo.${photo.state}`)}
        </Typography>
      )}
    </Box>
  );
}

/** Beside the trainee's record: the photo, as a card. */
export function PhotoAside() {
  const record = useRecordContext();
  const translate = useTranslate();
  const photo = usePhoto(record?.id);
  return (
    <Card sx={{ ml: 2, flex: "none", alignSelf: "flex-start" }}>
      <CardContent sx={{ display: "grid", justifyItems: "center", gap: 1 }}>
        <Typography variant="subtitle2" color="primary.main" sx={{ fontWeight: 600 }}>
          {translate("app.photo.title")}
        </Typography>
        <PhotoFrame photo={photo} />
      </CardContent>
    </Card>
  );
}

// A trainee's photo, from the trainee's archive (the latest attachment of kind traineePhoto): loaded as
// a blob, so a refusal (a role that may not see ID documents) is told apart from a missing photo.
import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useDataProvider, type Identifier } from "react-admin";
import { PHOTO_KIND, PHOTO_RESOURCE, PHOTO_TYPES } from "../../../entities/attachment";
import { fileUrls, type AppDataProvider } from "../dataProvider";

export type PhotoState =
  { state: "loading" | "none" | "denied" } | { state: "shown"; src: string; attachmentId: number; fileName: string };

/** The query key the archive tab uses too: an upload or removal there shows here at once. */
export const photoQueryKey = (id: Identifier | undefined) => ["attachments", PHOTO_RESOURCE, id];

export function usePhoto(id: Identifier | undefined): PhotoState {
  const dp = useDataProvider<AppDataProvider>();
  const { data, isPending } = useQuery({
    queryKey: photoQueryKey(id),
    queryFn: () => dp.attachments(PHOTO_RESOURCE, id!),
    enabled: id != null,
  });
  const photo = data?.find((a) => a.kind === PHOTO_KIND && PHOTO_TYPES.includes(a.mimeType));
  const [shown, setShown] = useState<PhotoState & { forId?: number }>({ state: "loading" });
  useEffect(() => {
    if (!photo) return;
    let url = "";
    let gone = false;
    fetch(fileUrls.attachment(photo.id))
      .then(async (res) => {
        if (gone) return;
        if (!res.ok) return setShown({ state: res.status === 403 ? "denied" : "none", forId: photo.id });
        url = URL.createObjectURL(await res.blob());
        if (gone) return URL.revokeObjectURL(url);
        setShown({ state: "shown", src: url, attachmentId: photo.id, fileName: photo.fileName, forId: photo.id });
      })
      .catch(() => !gone && setShown({ state: "none", forId: photo.id }));
    return () => {
      gone = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [photo?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  if (id == null) return { state: "none" };
  if (isPending) return { state: "loading" };
  if (!photo) return { state: "none" };
  return shown.forId === photo.id ? shown : { state: "loading" };
}

// 导入: the list's button for the import kinds that fill this resource; the dialog (pick a sheet, see
// the preview, download the error rows, commit) is in import/.
import { useState } from "react";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Button, useResourceContext, useTranslate } from "react-admin";
import { IMPORT_KINDS } from "../../../entities/imports";
import { ImportDialog } from "./import/ImportDialog";

export function ImportButton() {
  const resource = useResourceContext()!;
  // The resource's own kind first: 企业名单 before 附件2 on the enterprise list.
  const kinds = IMPORT_KINDS.filter((k) => k.resource === resource).sort(
    (a, b) => Number(b.key === resource) - Number(a.key === resource),
  );
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (!kinds.length) return null;
  return (
    <>
      <Button label={translate("app.import.button")} onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <ImportDialog kinds={kinds} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

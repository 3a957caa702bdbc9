// 档案: the files attached to a record — list, upload (PDF / JPG / PNG, checked by the server), download, delete.
import { useState } from "react";
import {
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import UploadIcon from "@mui/icons-material/Upload";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  useDataProvider,
  useNotify,
  useRecordContext,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from "react-admin";
import {
  ATTACHMENT_KINDS,
  attachment,
  isStampedResource,
  PHOTO_KIND,
  PHOTO_RESOURCE,
  STAMPED_FORMS,
  stampedFormOfKind,
} from "../../../entities/attachment";
import { optionLabel } from "../../../entities/describe";
import { fileUrls, type AppDataProvider } from "../dataProvider";
import { DateTimeField } from "./fields";
import { useNotifyError } from "../layout/useNotifyError";

export function ArchiveTab() {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const { hasEdit } = useResourceDefinition();
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const fail = useNotifyError();
  const translate = useTranslate();
  const client = useQueryClient();
  // A trainee's photo only on a trainee, a stamped form's scan only on its own record (the server refuses
  // them elsewhere); the record's own stamped form first, and chosen.
  const stamped = isStampedResource(resource) ? STAMPED_FORMS[resource].kind : undefined;
  const kinds = ATTACHMENT_KINDS.filter(
    (o) =>
      (o.value !== PHOTO_KIND || resource === PHOTO_RESOURCE) && (!stampedFormOfKind(o.value) || o.value === stamped),
  ).sort((a, b) => Number(b.value === stamped) - Number(a.value === stamped));
  const [kind, setKind] = useState(kinds[0].value);
  const key = ["attachments", resource, record?.id];
  const { data = [] } = useQuery({
    queryKey: key,
    queryFn: () => dp.attachments(resource, record!.id),
    enabled: !!record,
  });
  const upload = async (file?: File) => {
    if (!file || !record) return;
    try {
      await dp.uploadAttachment(resource, record.id, kind, file);
      notify("app.archive.uploaded", { type: "success" });
      client.invalidateQueries({ queryKey: key });
    } catch (e) {
      fail(e);
    }
  };
  const remove = async (id: number) => {
    try {
      await dp.deleteAttachment(resource, record!.id, id);
      client.invalidateQueries({ queryKey: key });
    } catch (e) {
      fail(e);
    }
  };
  const f = attachment.fields;
  return (
    <Stack spacing={2}>
      {hasEdit ? (
        <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
          <TextField
            select
            size="small"
            label={f.kind.label}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            sx={{ width: 340, flex: "none" }}
          >
            {kinds.map((o) => (
              <MenuItem key={o.value} value={o.value}>
                {o.label}
              </MenuItem>
            ))}
          </TextField>
          <Button
            component="label"
            variant="outlined"
            startIcon={<UploadIcon />}
            sx={{ whiteSpace: "nowrap", flex: "none" }}
          >
            {translate("app.archive.upload")}
            <input
              hidden
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              onChange={(e) => {
                upload(e.target.files?.[0]);
                e.target.value = "";
              }}
            />
          </Button>
          <Typography variant="caption" color="text.secondary">
            {translate("app.archive.rule")}
          </Typography>
        </Stack>
      ) : null}
      {data.length === 0 ? (
        <Typography color="text.secondary">{translate("app.archive.empty")}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              {[f.kind, f.fileName, f.size, f.uploadedBy].map((x) => (
                <TableCell key={x.label}>{x.label}</TableCell>
              ))}
              <TableCell>{translate("app.archive.uploadedAt")}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{optionLabel(f.kind, a.kind)}</TableCell>
                <TableCell>
                  <a href={fileUrls.attachment(a.id)} download>
                    {a.fileName}
                  </a>
                </TableCell>
                <TableCell>{(a.size / 1024).toFixed(1)} KB</TableCell>
                <TableCell>{a.uploadedBy}</TableCell>
                <TableCell>
                  <DateTimeField source="createdAt" record={a} />
                </TableCell>
                <TableCell>
                  {hasEdit ? (
                    <Button size="small" color="error" onClick={() => remove(a.id)}>
                      {translate("ra.action.delete")}
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}

// 签章件：已上传 / 未上传 — whether a record's signed and stamped form (附件1-1, 1-2 or 1-3) is in its 档案.
// On a nomination's, trainee's or demand's page (read from the server), and on any screen that already
// has the status (the city's review: pass `present`). Links to the record's 档案 tab.
import { Chip } from "@mui/material";
import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import ErrorOutlineIcon from "@mui/icons-material/ErrorOutline";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { useRecordContext, useResourceContext, useTranslate, type Identifier } from "react-admin";
import { isStampedResource, stampedFormName } from "../../../entities/attachment";
import { beijingDateTime } from "../../../entities/dates";
import { archivePath, stampedCopyApi, statusKey } from "./api";

export function StampedCopyChip(props: {
  resource?: string;
  id?: Identifier;
  /** Known already (a review screen's rows): no request is made. */
  present?: boolean;
  uploadedAt?: string;
  /** Link to the record's 档案 tab (default true). */
  link?: boolean;
}) {
  const translate = useTranslate();
  const record = useRecordContext();
  const context = useResourceContext();
  const resource = props.resource ?? context ?? "";
  const id = props.id ?? record?.id;
  const stamped = isStampedResource(resource);
  const known = props.present !== undefined;
  const { data } = useQuery({
    queryKey: statusKey(resource, id),
    queryFn: () => stampedCopyApi.status(resource, id!),
    enabled: stamped && !known && id !== undefined,
  });
  if (!stamped || id === undefined) return null;
  const present = known ? props.present : data?.present;
  if (present === undefined) return null;
  const uploadedAt = known ? props.uploadedAt : data?.uploadedAt;
  const label = translate(present ? "app.stampedCopies.chip_present" : "app.stampedCopies.chip_missing");
  const name = `${stampedFormName(resource)}${label}`;
  const title = present && uploadedAt ? `${name}（${beijingDateTime(uploadedAt)} 上传）` : name;
  return (
    <Chip
      size="small"
      variant={present ? "filled" : "outlined"}
      color={present ? "success" : "error"}
      icon={present ? <CheckCircleIcon /> : <ErrorOutlineIcon />}
      label={label}
      title={title}
      aria-label={title}
      {...(props.link === false ? {} : { component: Link, to: archivePath(resource, id), clickable: true })}
    />
  );
}

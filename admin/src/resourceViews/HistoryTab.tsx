// 变更记录: a record's entries in the audit log, newest first, each with its changes as 字段：前 → 后
// (labels from the record's own description, values as the server logged them, masked where personal).
import { Box, Typography } from "@mui/material";
import { DataTable, Pagination, ReferenceManyField, useRecordContext, useTranslate } from "react-admin";
import type { ResourceDescription } from "../../../entities/describe";
import { resourceByKey } from "../descriptions";
import { DateTimeField, fieldFor } from "./fields";

type Change = { id?: number; field: string; before?: string | null; after?: string | null };

/** The changes of one log entry to the record shown (a bulk action's entry holds those of every record). */
function Changes({ desc, recordId }: { desc: ResourceDescription; recordId: unknown }) {
  const entry = useRecordContext();
  const translate = useTranslate();
  const changes = ((entry?.changes ?? []) as Change[]).filter((c) => c.id === undefined || c.id === recordId);
  if (!changes.length) return null;
  const empty = translate("app.history_empty");
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {changes.slice(0, 12).map((c, i) => (
        <Typography component="li" variant="body2" key={i}>
          {desc.fields[c.field]?.label ?? c.field}：{c.before || empty} → {c.after || empty}
        </Typography>
      ))}
      {changes.length > 12 ? (
        <Typography component="li" variant="body2" color="text.secondary">
          {translate("app.history_more", { count: changes.length - 12 })}
        </Typography>
      ) : null}
    </Box>
  );
}

export function HistoryTab({ desc }: { desc: ResourceDescription }) {
  const log = resourceByKey.auditLogs.fields;
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="auditLogs"
      target="recordIds"
      filter={{ resource: desc.key }}
      sort={{ field: "id", order: "DESC" }}
      pagination={<Pagination />}
      perPage={10}
      empty={
        <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
          {translate("app.history_none")}
        </Typography>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false} sx={{ "& th": { whiteSpace: "nowrap" } }}>
        <DataTable.Col source="at" sx={{ whiteSpace: "nowrap" }}>
          <DateTimeField source="at" />
        </DataTable.Col>
        <DataTable.Col source="username" sx={{ whiteSpace: "nowrap" }}>
          {fieldFor("username", log.username)}
        </DataTable.Col>
        <DataTable.Col source="action" sx={{ whiteSpace: "nowrap" }}>
          {fieldFor("action", log.action)}
        </DataTable.Col>
        <DataTable.Col source="changes" disableSort>
          <Changes desc={desc} recordId={record?.id} />
        </DataTable.Col>
        <DataTable.Col source="summary" disableSort>
          {fieldFor("summary", log.summary)}
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}

// Display of one described field: the same element in lists and on record pages.
import {
  ArrayField,
  BooleanField,
  DataTable,
  FunctionField,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  SingleFieldList,
  TextField,
  useRecordContext,
} from "react-admin";
import { Chip, Stack } from "@mui/material";
import { beijingDateTime } from "../../../entities/dates";
import type { Field, ResourceDescription } from "../../../entities/describe";

const byValue = { optionValue: "value", optionText: "label" } as const;

/** The labels of a multi-choice field, as chips. */
export function EnumsField({ source, field }: { source: string; field: Field }) {
  const record = useRecordContext();
  const values: string[] = record?.[source] ?? [];
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5 }}>
      {values.map((v) => (
        <Chip key={v} size="small" label={field.options?.find((o) => o.value === v)?.label ?? v} />
      ))}
    </Stack>
  );
}

/** 2025-07-03 09:30 from an ISO timestamp, in the browser's time zone. */
/** An instant in Beijing time, as staff read it: 2026-11-29 22:48 (whatever the browser's zone). */
export function DateTimeField({ source, ...props }: { source: string; label?: string; record?: Record<string, any> }) {
  const record = useRecordContext(props);
  const v = record?.[source];
  if (!v) return null;
  return <span style={{ whiteSpace: "nowrap" }}>{beijingDateTime(v)}</span>;
}

export function fieldFor(source: string, f: Field) {
  switch (f.type) {
    case "datetime":
      return <DateTimeField source={source} />;
    case "enum":
      return <SelectField source={source} choices={f.options as any} {...byValue} />;
    case "enums":
      return <EnumsField source={source} field={f} />;
    case "boolean":
      return <BooleanField source={source} looseValue />;
    case "int":
      return <NumberField source={source} options={{ useGrouping: false }} />;
    case "number":
      return <NumberField source={source} options={{ maximumFractionDigits: 2 }} />;
    case "ref":
      return <ReferenceField source={source} reference={f.ref!} link="show" emptyText="" />;
    case "refs":
      if (!f.ref) return <FunctionField source={source} render={(r) => (r[source] ?? []).join("、")} />;
      return (
        <ReferenceArrayField source={source} reference={f.ref!}>
          <SingleFieldList linkType={false} />
        </ReferenceArrayField>
      );
    case "rows":
      return (
        <ArrayField source={source}>
          <DataTable
            bulkActionButtons={false}
            rowClick={false}
            size="small"
            sx={{ "& .RaDataTable-headerCell": { fontWeight: 600 } }}
          >
            {Object.entries(f.of!).map(([k, rf]) => (
              <DataTable.Col key={k} source={k} label={rf.label}>
                {rf.type === "ref" ? <ReferenceField source={k} reference={rf.ref!} link={false} /> : undefined}
              </DataTable.Col>
            ))}
          </DataTable>
        </ArrayField>
      );
    case "text":
      return (
        <FunctionField source={source} render={(r) => <span style={{ whiteSpace: "pre-wrap" }}>{r[source]}</span>} />
      );
    default:
      return <TextField source={source} />;
  }
}

/** The page title of a record: the resource's name and the record's name. */
export function RecordTitle({ desc }: { desc: ResourceDescription }) {
  const record = useRecordContext();
  return (
    <span>
      {desc.label}
      {record ? `：${desc.title === "id" ? `编号 ${record.id}` : record[desc.title]}` : ""}
    </span>
  );
}

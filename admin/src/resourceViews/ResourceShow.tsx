// A record's page: its sections, then a tab for each kind of record that refers to it
// (an enterprise's registrations, trainees, diagnoses, demands and projects).
import { Box, Typography } from "@mui/material";
import {
  DataTable,
  EditButton,
  Labeled,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useResourceDefinition,
} from "react-admin";
import type { Permissions } from "../authProvider";
import type { FieldType, ResourceDescription } from "../../../entities/describe";
import { formEditable, isEnterpriseForm } from "../../../entities/enterpriseForms";
import { resources } from "../descriptions";
import type { ReactElement } from "react";
import { ArchiveTab } from "./ArchiveTab";
import { DocumentButtons } from "./DocumentButtons";
import { DateTimeField, fieldFor, RecordTitle } from "./fields";
import { HistoryTab } from "./HistoryTab";
import { sectionsOf } from "./sections";
import { StampedCopyChip } from "../stampedCopies/StampedCopyChip";
import { useRoundClosed } from "../rounds/useRounds";

/** Resources with a `ref` field pointing at `key`: [resource, field]. */
export const referrers = (key: string) =>
  resources.flatMap((r) =>
    Object.entries(r.fields)
      .filter(([, f]) => f.type === "ref" && f.ref === key)
      .map(([name]) => [r, name] as const),
  );

/**
 * The fields a list can show as columns: every described field but the hidden, virtual and nested-table
 * ones. The description's `list` fields (in its order, the most important first) are shown by default;
 * the rest, and the record's 编号, wait in 显示列.
 */
const columnFields = (desc: ResourceDescription, except?: string) =>
  Object.entries(desc.fields).filter(([k, f]) => k !== except && !f.hidden && !f.virtual && f.type !== "rows");

/** The columns 显示列 offers but does not show at first. */
export const hiddenColumns = (desc: ResourceDescription) => [
  "id",
  ...columnFields(desc)
    .filter(([, f]) => !f.list)
    .map(([k]) => k),
];

/** Field types whose values are words that wrap (names, labels, texts), not numbers, dates or codes. */
const WRAPS = new Set<FieldType>(["string", "text", "enum", "enums", "ref", "refs", "rows"]);

export function ListColumns({ desc, except }: { desc: ResourceDescription; except?: string }) {
  const fields = columnFields(desc, except);
  return (
    <>
      {[...fields.filter(([, f]) => f.list), ...fields.filter(([, f]) => !f.list)].map(([k, f]) => (
        <DataTable.Col key={k} source={k} disableSort={!f.sort} cellClassName={WRAPS.has(f.type) ? "wraps" : undefined}>
          {fieldFor(k, f)}
        </DataTable.Col>
      ))}
      <DataTable.Col source="id" />
    </>
  );
}

export interface ShowOptions {
  /** Tabs after the record's own and its related records' (an attendance grid, a class report). */
  tabs?: { label: string; path: string; content: ReactElement }[];
  /** Beside the record (a city's nomination progress). */
  aside?: ReactElement;
  /** More buttons in the record's toolbar (an enterprise's invitation to fill in its own forms). */
  actions?: ReactElement;
}

/**
 * 编辑, unless the server would refuse it: an enterprise's form once submitted or approved is the city's; a
 * closed round's record is the department's.
 */
function EditIfOpen({ desc }: { desc: ResourceDescription }) {
  const record = useRecordContext();
  const { permissions } = usePermissions<Permissions>();
  const roundClosed = useRoundClosed();
  const closed =
    (permissions?.user.role === "enterprise" && isEnterpriseForm(desc.key) && !formEditable(record?.formStatus)) ||
    (!!desc.fields.roundId && roundClosed(record?.roundId));
  return closed ? null : <EditButton />;
}

export const makeShow = (desc: ResourceDescription, options: ShowOptions = {}) =>
  function ResourceShow() {
    const { permissions } = usePermissions<Permissions>();
    const { hasEdit } = useResourceDefinition();
    const visible = (key: string) => (permissions?.access[key] ?? "none") !== "none";
    const related = referrers(desc.key).filter(([r]) => visible(r.key));
    return (
      <Show
        title={<RecordTitle desc={desc} />}
        actions={
          <TopToolbar sx={{ alignItems: "center" }}>
            {desc.archive ? <StampedCopyChip resource={desc.key} /> : null}
            <DocumentButtons desc={desc} />
            {options.actions}
            {hasEdit ? <EditIfOpen desc={desc} /> : null}
          </TopToolbar>
        }
        aside={options.aside}
      >
        <TabbedShowLayout>
          <TabbedShowLayout.Tab label="app.details">
            {sectionsOf(desc, (k) => !desc.fields[k].virtual).map((s, i) => (
              <Box key={s.title || i} sx={{ mb: 1 }}>
                {s.title ? (
                  <Typography variant="subtitle1" sx={{ fontWeight: 600, color: "primary.main" }}>
                    {s.title}
                  </Typography>
                ) : null}
                <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))", gap: 1 }}>
                  {s.fields.map((k) => (
                    <Box
                      key={k}
                      sx={{
                        gridColumn: ["text", "rows", "enums", "refs"].includes(desc.fields[k].type)
                          ? "1 / -1"
                          : undefined,
                      }}
                    >
                      <Labeled source={k}>{fieldFor(k, desc.fields[k])}</Labeled>
                    </Box>
                  ))}
                  {Object.keys(desc.computed ?? {}).map((k) =>
                    i === 0 ? (
                      <Labeled key={k} source={k}>
                        {fieldFor(k, { label: "", type: "string" })}
                      </Labeled>
                    ) : null,
                  )}
                </Box>
              </Box>
            ))}
            <Box sx={{ display: "flex", gap: 4, color: "text.secondary" }}>
              <Labeled source="createdAt">
                <DateTimeField source="createdAt" />
              </Labeled>
              <Labeled source="updatedAt">
                <DateTimeField source="updatedAt" />
              </Labeled>
              <Labeled source="version">{fieldFor("version", { label: "", type: "int" })}</Labeled>
            </Box>
          </TabbedShowLayout.Tab>
          {related.map(([r, target]) => (
            <TabbedShowLayout.Tab
              key={`${r.key}.${target}`}
              label={
                related.filter(([x]) => x.key === r.key).length > 1
                  ? `${r.label}（${r.fields[target].label}）`
                  : r.label
              }
              path={`${r.key}-${target}`}
            >
              <ReferenceManyField reference={r.key} target={target} pagination={<Pagination />} perPage={10}>
                <DataTable
                  rowClick="show"
                  bulkActionButtons={false}
                  hiddenColumns={hiddenColumns(r)}
                  storeKey={`${desc.key}.${r.key}.${target}.datatable`}
                >
                  <ListColumns desc={r} except={target} />
                </DataTable>
              </ReferenceManyField>
            </TabbedShowLayout.Tab>
          ))}
          {(options.tabs ?? []).map((t) => (
            <TabbedShowLayout.Tab key={t.path} label={t.label} path={t.path}>
              {t.content}
            </TabbedShowLayout.Tab>
          ))}
          {desc.archive ? (
            <TabbedShowLayout.Tab label="app.archive.tab" path="archive">
              <ArchiveTab />
            </TabbedShowLayout.Tab>
          ) : null}
          {visible("auditLogs") && desc.key !== "auditLogs" ? (
            <TabbedShowLayout.Tab label="app.history" path="history">
              <HistoryTab desc={desc} />
            </TabbedShowLayout.Tab>
          ) : null}
        </TabbedShowLayout>
      </Show>
    );
  };

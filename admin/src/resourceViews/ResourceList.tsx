// A list from a description: search and filters, sidebar, columns, bulk actions, exports.
import type { ReactElement } from "react";
import {
  BulkActionsToolbar,
  ColumnsButton,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  TopToolbar,
  useResourceDefinition,
  useTranslate,
} from "react-admin";
import type { ResourceDescription } from "../../../entities/describe";
import { AllMatchingProvider, BulkDeleteAllButton, BulkUpdateFieldButton, SelectAllMatching } from "./bulk";
import { ExportButtons } from "./ExportButtons";
import { ImportButton } from "./ImportButton";
import { listFilters, ListSidebar } from "./filters";
import { ListColumns } from "./ResourceShow";

function ListActions({ extra }: { extra?: ReactElement }) {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {extra}
      <FilterButton />
      <ColumnsButton />
      {hasCreate ? <CreateButton /> : null}
      {hasCreate ? <ImportButton /> : null}
      <ExportButtons />
    </TopToolbar>
  );
}

export interface ListOptions {
  /** Extra quick filters for the sidebar (e.g. valid / expired). */
  sidebar?: ReactElement;
  /** Extra buttons in the list's toolbar (e.g. 择优遴选). */
  actions?: ReactElement;
  /** Extra bulk actions before the generic ones (e.g. approve / return nominations). */
  bulkActions?: ReactElement;
}

export const makeList = (desc: ResourceDescription, options: ListOptions = {}) =>
  function ResourceList() {
    const translate = useTranslate();
    const { hasEdit } = useResourceDefinition();
    const [field, order] = desc.defaultSort ?? ["id", "DESC"];
    return (
      <AllMatchingProvider>
        <List
          filters={listFilters(desc, translate)}
          actions={<ListActions extra={options.actions} />}
          aside={<ListSidebar desc={desc} extra={options.sidebar} />}
          sort={{ field, order }}
          perPage={25}
          exporter={false}
          sx={{ minWidth: 0, "& .RaList-main": { minWidth: 0 } }}
        >
          <DataTable
            rowClick="show"
            size="small"
            sx={{
              "& .RaDataTable-tableWrapper": { overflowX: "auto" },
              "& th, & td": { whiteSpace: "nowrap" },
              "& td": { maxWidth: 320, overflow: "hidden", textOverflow: "ellipsis" },
            }}
            bulkActionsToolbar={
              <BulkActionsToolbar selectAllButton={<SelectAllMatching />}>
                {hasEdit ? options.bulkActions : null}
                {hasEdit ? <BulkUpdateFieldButton desc={desc} /> : null}
                <ExportButtons selection />
                {hasEdit ? <BulkDeleteAllButton desc={desc} /> : null}
              </BulkActionsToolbar>
            }
          >
            <ListColumns desc={desc} />
          </DataTable>
        </List>
      </AllMatchingProvider>
    );
  };

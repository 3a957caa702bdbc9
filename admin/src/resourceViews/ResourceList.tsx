// A list from a description: search and filters, sidebar, columns, bulk actions, exports.
import { useEffect, useRef, type ReactElement, type RefObject } from "react";
import { Box } from "@mui/material";
import {
  BulkActionsToolbar,
  ColumnsButton,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  TopToolbar,
  usePermissions,
  useResourceDefinition,
  useTranslate,
  useResourceContext,
} from "react-admin";
import type { Permissions } from "../authProvider";
import { resourceByKey } from "../descriptions";
import { useRoundClosed } from "../rounds/useRounds";
import type { ResourceDescription } from "../../../entities/describe";
import { AllMatchingProvider, BulkDeleteAllButton, BulkUpdateFieldButton, SelectAllMatching } from "./bulk";
import { ExportButtons } from "./ExportButtons";
import { ImportButton } from "./ImportButton";
import { listFilters, ListSidebar } from "./filters";
import { hiddenColumns, ListColumns } from "./ResourceShow";

/**
 * react-admin puts a row checkbox's name on the span around it, where it is not allowed and names
 * nothing: move it to the checkbox itself, with the row's first column so that each one is told apart
 * ("选择此行：武汉某某股份有限公司"). Rows that appear later (another page, a new sort) are labelled too.
 */
function useRowCheckboxLabels(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const label = () => {
      for (const box of root.querySelectorAll<HTMLElement>(".select-item")) {
        const input = box.querySelector("input");
        if (!input) continue;
        const name = box.getAttribute("aria-label") ?? input.dataset.rowLabel;
        if (!name) continue;
        box.removeAttribute("aria-label");
        input.dataset.rowLabel = name;
        const first = box.closest("tr")?.querySelector("td:nth-of-type(2)")?.textContent?.trim();
        const full = first ? `${name}：${first.slice(0, 40)}` : name;
        if (input.getAttribute("aria-label") !== full) input.setAttribute("aria-label", full);
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [ref]);
}

/** The checkbox column and the first column stay in view while a wide table scrolls sideways. */
const CHECKBOX_WIDTH = 48;
const sticky = {
  position: "sticky",
  bgcolor: "background.paper",
  zIndex: 1,
} as const;
const tableSx = {
  "& .RaDataTable-tableWrapper": { overflowX: "auto" },
  // Compact cells; long texts (names, statuses) wrap onto a second line instead of widening the table.
  "& th, & td": { px: 0.75 },
  "& th": { whiteSpace: "nowrap" },
  "& td": { maxWidth: 160 },
  // A column of names or labels is not squeezed to a few characters a line: the table scrolls sideways instead.
  "& td.wraps": { minWidth: "6.5em" },
  "& thead th:first-of-type, & tbody td:first-of-type": {
    ...sticky,
    left: 0,
    width: CHECKBOX_WIDTH,
    minWidth: CHECKBOX_WIDTH,
    maxWidth: CHECKBOX_WIDTH,
  },
  "& thead th:nth-of-type(2), & tbody td:nth-of-type(2)": {
    ...sticky,
    left: CHECKBOX_WIDTH,
    minWidth: 160,
    maxWidth: 200,
    boxShadow: "inset -1px 0 0 rgba(0,0,0,0.12)",
  },
  "& thead th": { zIndex: 2 },
};

const listSx = {
  minWidth: 0,
  "& .RaList-main": { minWidth: 0 },
  // The filters and the buttons share a row while they fit; otherwise the buttons go on a row of their own
  // above, and the filters keep the list's whole width (not a column of one input each beside the buttons).
  "& .RaList-actions": { flexWrap: "wrap-reverse", columnGap: 2 },
  "& .RaList-actions > form": { flex: "1 1 auto" },
  "& .RaList-actions > .MuiToolbar-root": { flex: "0 0 auto", ml: "auto" },
};

/** An enterprise user's lists hold only its own records: no imports, bulk changes or city filters. */
const useIsEnterprise = () => usePermissions<Permissions>().permissions?.user.role === "enterprise";
/** A city bureau's (or an enterprise's) records are of its one city: no city to choose. */
const useCityFixed = () => usePermissions<Permissions>().permissions?.user.cityId != null;

function ListActions({ extra }: { extra?: ReactElement }) {
  const { hasCreate: described } = useResourceDefinition();
  const enterprise = useIsEnterprise();
  // A closed round takes no new records but the department's.
  const resource = useResourceContext();
  const roundClosed = useRoundClosed();
  const hasCreate = described && !(resourceByKey[resource ?? ""]?.fields.roundId && roundClosed());
  return (
    <TopToolbar>
      {extra}
      <FilterButton />
      <ColumnsButton />
      {hasCreate ? <CreateButton /> : null}
      {hasCreate && !enterprise ? <ImportButton /> : null}
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
    const { hasEdit: canEdit } = useResourceDefinition();
    const enterprise = useIsEnterprise();
    const cityFixed = useCityFixed();
    const hasEdit = canEdit && !enterprise;
    // A closed round's empty list offers no 新建 (its records are the department's).
    const roundClosed = useRoundClosed();
    const closed = !!desc.fields.roundId && roundClosed();
    const [field, order] = desc.defaultSort ?? ["id", "DESC"];
    const table = useRef<HTMLDivElement>(null);
    useRowCheckboxLabels(table);
    return (
      <AllMatchingProvider>
        <List
          filters={listFilters(desc, translate, cityFixed)}
          actions={<ListActions extra={options.actions} />}
          aside={enterprise ? undefined : <ListSidebar desc={desc} extra={options.sidebar} cityFixed={cityFixed} />}
          sort={{ field, order }}
          perPage={25}
          exporter={false}
          empty={closed ? false : undefined}
          sx={listSx}
        >
          <Box ref={table} sx={{ minWidth: 0 }}>
            <DataTable
              rowClick="show"
              size="small"
              hiddenColumns={hiddenColumns(desc)}
              sx={tableSx}
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
          </Box>
        </List>
      </AllMatchingProvider>
    );
  };

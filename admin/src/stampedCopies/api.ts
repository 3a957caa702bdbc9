// The server's 签章件 calls (server/actions/stampedCopies.ts): a record's status and 签章件缺失清单.
import type { Identifier } from "react-admin";
import type { MissingStampedCopy, StampedCopyStatus } from "../../../entities/attachment";
import { API_URL, fetchJson } from "../dataProvider";
import { withRound } from "../rounds/chosenRound";

const cityQuery = (cityId?: Identifier) => (cityId ? `?cityId=${encodeURIComponent(String(cityId))}` : "");

export const stampedCopyApi = {
  status: async (resource: string, id: Identifier): Promise<StampedCopyStatus> =>
    (await fetchJson(`${API_URL}/${resource}/${id}/stamped-copy`)).json,
  missing: async (cityId?: Identifier): Promise<MissingStampedCopy[]> =>
    (await fetchJson(`${API_URL}/reports/missing-stamped-copies${cityQuery(cityId)}`)).json,
  /** The xlsx, a plain download the browser saves. */
  missingXlsx: (cityId?: Identifier) => withRound(`${API_URL}/reports/missing-stamped-copies.xlsx${cityQuery(cityId)}`),
};

/**
 * The react-query key of a record's status: under the record's 档案 key (ArchiveTab's), so an upload or a
 * removal there refreshes the chip too.
 */
export const statusKey = (resource: string, id: Identifier | undefined) => ["attachments", resource, id, "stampedCopy"];

/** A record's 档案 tab. */
export const archivePath = (resource: string, id: Identifier) => `/${resource}/${id}/show/archive`;

// ra-data-simple-rest on /api, unmodified, plus the server's custom actions as typed methods.
// updateMany and deleteMany go to the bulk endpoints: one request, one transaction.
import { fetchUtils, type DataProvider, type Identifier, type SortPayload } from "react-admin";
import simpleRestProvider from "ra-data-simple-rest";
import type { ProgrammeProgress } from "../../entities/programme";

export const API_URL = "/api";
const base = simpleRestProvider(API_URL);

/** Either the chosen records or every record matching the list's filter. */
export type BulkTarget = { ids: Identifier[] } | { filter: Record<string, unknown> };

const post = async (url: string, body: unknown) =>
  (await fetchUtils.fetchJson(`${API_URL}${url}`, { method: "POST", body: JSON.stringify(body) })).json;

export interface AppDataProvider extends DataProvider {
  bulkUpdate(resource: string, target: BulkTarget, data: Record<string, unknown>): Promise<{ data: Identifier[] }>;
  bulkDelete(resource: string, target: BulkTarget): Promise<{ data: Identifier[] }>;
  dashboard(): Promise<ProgrammeProgress>;
}

export const dataProvider: AppDataProvider = {
  ...base,
  updateMany: (resource, { ids, data }) => post(`/${resource}/bulk-update`, { ids, data }),
  deleteMany: (resource, { ids }) => post(`/${resource}/bulk-delete`, { ids }),
  bulkUpdate: (resource, target, data) => post(`/${resource}/bulk-update`, { ...target, data }),
  bulkDelete: (resource, target) => post(`/${resource}/bulk-delete`, target),
  dashboard: async () => (await fetchUtils.fetchJson(`${API_URL}/dashboard`)).json,
};

/** The server's export of a list: a plain download, not a data call (the browser saves the file). */
export function exportUrl(resource: string, format: "xlsx" | "csv", { filter, sort }: { filter: Record<string, unknown>; sort?: SortPayload }) {
  const q = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) q.set("sort", JSON.stringify([sort.field, sort.order]));
  return `${API_URL}/${resource}/export.${format}?${q}`;
}

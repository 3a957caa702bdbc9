// ra-data-simple-rest on /api, unmodified, plus the server's custom actions as typed methods.
// updateMany and deleteMany go to the bulk endpoints: one request, one transaction.
import { fetchUtils, HttpError, type DataProvider, type Identifier, type SortPayload } from "react-admin";
import simpleRestProvider from "ra-data-simple-rest";
import type { ProgrammeProgress } from "../../entities/programme";
import type { SelectionParams, SelectionResult } from "../../entities/selection";

export const API_URL = "/api";
const base = simpleRestProvider(API_URL);

/** Either the chosen records or every record matching the list's filter. */
export type BulkTarget = { ids: Identifier[] } | { filter: Record<string, unknown> };

const post = async (url: string, body: unknown) =>
  (await fetchUtils.fetchJson(`${API_URL}${url}`, { method: "POST", body: JSON.stringify(body) })).json;

export interface GridRecord {
  traineeId: number;
  date: string;
  status: string;
}
export interface AttendanceGrid {
  session: Record<string, any>;
  days: string[];
  trainees: { id: number; name: string; enterprise: string }[];
  records: GridRecord[];
}
export interface ClassReport {
  class: Record<string, any>;
  totalDays: number;
  heldDays: number;
  ended: boolean;
  trainees: {
    id: number;
    name: string;
    title: string;
    enterprise: string;
    daysPresent: number;
    rate: number;
    certificateEligible: boolean;
    admissionNoticeNo: string | null;
    certificateNo: string | null;
  }[];
}
export interface Attachment {
  id: number;
  kind: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

const get = async (url: string) => (await fetchUtils.fetchJson(`${API_URL}${url}`)).json;
const send = async (method: string, url: string, body?: unknown) =>
  (
    await fetchUtils.fetchJson(`${API_URL}${url}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  ).json;

export interface ImportResult {
  kind: string;
  fileName: string;
  headerRow: number;
  ignoredColumns: string[];
  counts: { new: number; update: number; unchanged: number; error: number };
  rows: {
    row: number;
    outcome: "new" | "update" | "unchanged" | "error";
    errors: { field: string; message: string }[];
    changes?: string[];
  }[];
  committed?: boolean;
}

async function upload(kind: string, file: File, fields: Record<string, string>) {
  const form = new FormData();
  form.append("file", file, file.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${API_URL}/imports/${kind}`, { method: "POST", body: form });
  if (!res.ok) {
    const json = await res.json().catch(() => ({}));
    throw new HttpError(json.message ?? res.statusText, res.status, json);
  }
  return res;
}

export interface AppDataProvider extends DataProvider {
  attendanceGrid(sessionId: Identifier): Promise<AttendanceGrid>;
  saveAttendanceGrid(sessionId: Identifier, records: GridRecord[]): Promise<{ changed: number }>;
  classReport(classId: Identifier): Promise<ClassReport>;
  issueCertificates(classId: Identifier): Promise<{ issued: number }>;
  attachments(resource: string, id: Identifier): Promise<Attachment[]>;
  uploadAttachment(resource: string, id: Identifier, kind: string, file: File): Promise<Attachment>;
  deleteAttachment(resource: string, id: Identifier, attachmentId: number): Promise<Attachment>;
  importFile(kind: string, file: File, fields: Record<string, string>): Promise<ImportResult>;
  importErrors(kind: string, file: File, fields: Record<string, string>): Promise<Blob>;
  selection(): Promise<SelectionResult>;
  runSelection(params: SelectionParams): Promise<SelectionResult>;
  reopenSelection(reason: string): Promise<{ status: string }>;
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
  dashboard: () => get("/dashboard"),
  attendanceGrid: (id) => get(`/classSessions/${id}/attendance-grid`),
  saveAttendanceGrid: (id, records) => send("PUT", `/classSessions/${id}/attendance-grid`, { records }),
  classReport: (id) => get(`/trainingClasses/${id}/report`),
  issueCertificates: (id) => send("POST", `/trainingClasses/${id}/certificates`),
  attachments: (resource, id) => get(`/${resource}/${id}/attachments`),
  async uploadAttachment(resource, id, kind, file) {
    const q = new URLSearchParams({ kind, fileName: file.name });
    const res = await fetch(`${API_URL}/${resource}/${id}/attachments?${q}`, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream" },
      body: file,
    });
    const json = await res.json();
    if (!res.ok) throw new HttpError(json.message, res.status, json);
    return json;
  },
  deleteAttachment: (resource, id, attachmentId) => send("DELETE", `/${resource}/${id}/attachments/${attachmentId}`),
  importFile: async (kind, file, fields) => (await upload(kind, file, fields)).json(),
  importErrors: async (kind, file, fields) => (await upload(kind, file, { ...fields, errors: "xlsx" })).blob(),
  selection: () => get("/techDemands/selection"),
  runSelection: (params) => send("POST", "/techDemands/selection", params),
  reopenSelection: (reason) => send("POST", "/techDemands/selection/reopen", { reason }),
};

/** Files the browser opens or saves itself. */
export const fileUrls = {
  attachment: (id: number) => `${API_URL}/attachments/${id}/file`,
  classReport: (id: Identifier) => `${API_URL}/trainingClasses/${id}/report.xlsx`,
  admissionNotices: (id: Identifier) => `${API_URL}/trainingClasses/${id}/admission-notices`,
  citySummary: (cityId: Identifier) => `${API_URL}/reports/city-summary.xlsx?cityId=${cityId}`,
  provinceSummary: () => `${API_URL}/reports/province-summary.xlsx`,
  selectedProjects: () => `${API_URL}/reports/selected-projects.xlsx`,
  importTemplate: (kind: string) => `${API_URL}/imports/${kind}/template.xlsx`,
};

/** The server's export of a list: a plain download, not a data call (the browser saves the file). */
export function exportUrl(
  resource: string,
  format: "xlsx" | "csv",
  { filter, sort }: { filter: Record<string, unknown>; sort?: SortPayload },
) {
  const q = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) q.set("sort", JSON.stringify([sort.field, sort.order]));
  return `${API_URL}/${resource}/export.${format}?${q}`;
}

// ra-data-simple-rest on /api, unmodified, plus the server's custom actions as typed methods.
// updateMany and deleteMany go to the bulk endpoints: one request, one transaction.
import {
  fetchUtils,
  HttpError,
  type DataProvider,
  type Identifier,
  type RaRecord,
  type SortPayload,
} from "react-admin";
import simpleRestProvider from "ra-data-simple-rest";
import { withRound } from "./rounds/chosenRound";
import { loadDescriptions, noteFieldsVersion } from "./customFields";
import { inSession } from "./session";
import type {
  Attachment,
  AttendanceCell,
  AttendanceGrid,
  AttendanceGridSave,
  AttendanceSaved,
  BulkAnswer,
  BulkTarget,
  BulkNominationAnswer,
  BulkNominationRequest,
  BulkUpdateRequest,
  CertificatesIssued,
  ClassReport,
  ImportResult,
  ProgrammeProgress,
  SearchAnswer,
  SelectionParams,
  SelectionReopened,
  SelectionResult,
  TodoAnswer,
} from "../../entities/api";

// Described once, in entities/api.ts; the list's bulk buttons and the import dialog take them from here.
export type { BulkTarget, ImportResult };

export const API_URL = "/api";
/**
 * Every call names the app bar's round (培育批次: admin/src/rounds/chosenRound.ts), every answer says the
 * version of the custom fields (a new one is fetched before the answer is used), and every error the session
 * it was sent in (admin/src/session.ts).
 */
export const fetchJson: typeof fetchUtils.fetchJson = (url, options) =>
  inSession(async () => {
    const answer = await fetchUtils.fetchJson(withRound(url), options);
    await noteFieldsVersion(answer.headers);
    return answer;
  });
const rest = simpleRestProvider(API_URL, fetchJson);
/** A change of a custom field changes the descriptions: they are fetched again once it is saved. */
const refetchingFields =
  <A extends unknown[], R>(call: (resource: string, ...args: A) => Promise<R>) =>
  async (resource: string, ...args: A) => {
    const answer = await call(resource, ...args);
    if (resource === "customFields") await loadDescriptions();
    return answer;
  };
const base: DataProvider = {
  ...rest,
  create: refetchingFields(rest.create),
  update: refetchingFields(rest.update),
  delete: refetchingFields(rest.delete),
};

const post = async (url: string, body: unknown) =>
  (await fetchJson(`${API_URL}${url}`, { method: "POST", body: JSON.stringify(body) })).json;

const get = async (url: string) => (await fetchJson(`${API_URL}${url}`)).json;
const send = async (method: string, url: string, body?: unknown) =>
  (
    await fetchJson(`${API_URL}${url}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  ).json;

const upload = (kind: string, file: File, fields: Record<string, string>) =>
  inSession(async () => {
    const form = new FormData();
    form.append("file", file, file.name);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const res = await fetch(withRound(`${API_URL}/imports/${kind}`), { method: "POST", body: form });
    if (!res.ok) {
      const json = await res.json().catch(() => ({}));
      throw new HttpError(json.message ?? res.statusText, res.status, json);
    }
    return res;
  });

export interface AppDataProvider extends DataProvider {
  attendanceGrid(sessionId: Identifier): Promise<AttendanceGrid>;
  saveAttendanceGrid(sessionId: Identifier, records: AttendanceCell[]): Promise<AttendanceSaved>;
  classReport(classId: Identifier): Promise<ClassReport>;
  issueCertificates(classId: Identifier): Promise<CertificatesIssued>;
  attachments(resource: string, id: Identifier): Promise<Attachment[]>;
  uploadAttachment(resource: string, id: Identifier, kind: string, file: File): Promise<Attachment>;
  deleteAttachment(resource: string, id: Identifier, attachmentId: number): Promise<Attachment>;
  importFile(kind: string, file: File, fields: Record<string, string>): Promise<ImportResult>;
  importErrors(kind: string, file: File, fields: Record<string, string>): Promise<Blob>;
  selection(): Promise<SelectionResult>;
  runSelection(params: SelectionParams): Promise<SelectionResult>;
  reopenSelection(reason: string): Promise<SelectionReopened>;
  bulkUpdate(resource: string, target: BulkTarget, data: Record<string, unknown>): Promise<BulkAnswer>;
  bulkDelete(resource: string, target: BulkTarget): Promise<BulkAnswer>;
  /** 附件1-1 for many enterprises: one request, all or nothing (a 400's body names the refused ones). */
  bulkNominate(request: BulkNominationRequest): Promise<BulkNominationAnswer>;
  dashboard(): Promise<ProgrammeProgress>;
  todo(): Promise<TodoAnswer>;
  /** The app bar's search across the panel: each resource's matches for `q`, grouped. */
  search(q: string): Promise<SearchAnswer>;
  /** 新建批次: a draft round copied from `fromId` (its settings and classes). */
  copyRound(fromId: Identifier): Promise<RaRecord>;
}

export const dataProvider: AppDataProvider = {
  ...base,
  updateMany: refetchingFields((resource, { ids, data }) =>
    post(`/${resource}/bulk-update`, { ids, data } satisfies BulkUpdateRequest),
  ),
  deleteMany: refetchingFields((resource, { ids }) => post(`/${resource}/bulk-delete`, { ids })),
  bulkUpdate: (resource, target, data) =>
    post(`/${resource}/bulk-update`, { ...target, data } satisfies BulkUpdateRequest),
  bulkDelete: (resource, target) => post(`/${resource}/bulk-delete`, target),
  bulkNominate: (request) => post("/registrations/bulk-create", request),
  dashboard: () => get("/dashboard"),
  todo: () => get("/todo"),
  search: (q) => get(`/search?${new URLSearchParams({ q })}`),
  attendanceGrid: (id) => get(`/classSessions/${id}/attendance-grid`),
  saveAttendanceGrid: (id, records) =>
    send("PUT", `/classSessions/${id}/attendance-grid`, { records } satisfies AttendanceGridSave),
  classReport: (id) => get(`/trainingClasses/${id}/report`),
  issueCertificates: (id) => send("POST", `/trainingClasses/${id}/certificates`),
  attachments: (resource, id) => get(`/${resource}/${id}/attachments`),
  uploadAttachment: (resource, id, kind, file) =>
    inSession(async () => {
      const q = new URLSearchParams({ kind, fileName: file.name });
      const res = await fetch(withRound(`${API_URL}/${resource}/${id}/attachments?${q}`), {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream" },
        body: file,
      });
      const json = await res.json();
      if (!res.ok) throw new HttpError(json.message, res.status, json);
      return json;
    }),
  deleteAttachment: (resource, id, attachmentId) => send("DELETE", `/${resource}/${id}/attachments/${attachmentId}`),
  importFile: async (kind, file, fields) => (await upload(kind, file, fields)).json(),
  importErrors: async (kind, file, fields) => (await upload(kind, file, { ...fields, errors: "xlsx" })).blob(),
  selection: () => get("/techDemands/selection"),
  runSelection: (params) => send("POST", "/techDemands/selection", params),
  reopenSelection: (reason) => send("POST", "/techDemands/selection/reopen", { reason }),
  copyRound: (fromId) => post(`/rounds/${fromId}/copy`, {}),
};

/** Files the browser opens or saves itself (of the app bar's round, as every call is). */
export const fileUrls = {
  attachment: (id: number) => `${API_URL}/attachments/${id}/file`,
  classReport: (id: Identifier) => withRound(`${API_URL}/trainingClasses/${id}/report.xlsx`),
  admissionNotices: (id: Identifier) => withRound(`${API_URL}/trainingClasses/${id}/admission-notices`),
  citySummary: (cityId: Identifier) => withRound(`${API_URL}/reports/city-summary.xlsx?cityId=${cityId}`),
  provinceSummary: () => withRound(`${API_URL}/reports/province-summary.xlsx`),
  selectedProjects: () => withRound(`${API_URL}/reports/selected-projects.xlsx`),
  importTemplate: (kind: string) => withRound(`${API_URL}/imports/${kind}/template.xlsx`),
};

/** The server's export of a list: a plain download, not a data call (the browser saves the file). */
export function exportUrl(
  resource: string,
  format: "xlsx" | "csv",
  { filter, sort }: { filter: Record<string, unknown>; sort?: SortPayload },
) {
  const q = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) q.set("sort", JSON.stringify([sort.field, sort.order]));
  return withRound(`${API_URL}/${resource}/export.${format}?${q}`);
}

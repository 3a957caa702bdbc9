// The API's requests and answers beyond plain records: one description, used by the server functions
// that build the answers and by the admin's providers that read them. Browser-safe: types only, no
// server code, no TypeORM. (Records themselves are described per resource in entities/<name>.ts.)

/** A record as the API sends it: the described fields plus id, createdAt, updatedAt and version. */
export type ApiRecord = Record<string, any>;

/** An answer that only says the request was done (logout, password change). */
export interface OkAnswer {
  ok: true;
}

// ── /api/auth ────────────────────────────────────────────────────────────────────────────────────

export type Role = "province" | "city" | "provider" | "viewer" | "enterprise";
export type Access = "none" | "read" | "write";
/** Resource key → what the user may do with it. */
export type AccessMap = Record<string, Access>;

/** The signed-in user (the server's principal). */
export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** A city bureau's city; an enterprise user's enterprise's city. */
  cityId: number | null;
  services: string[];
  /** An enterprise user's enterprise (null for every other role). */
  enterpriseId: number | null;
}

/** POST /api/auth/login and GET /api/auth/me: the user and their access per resource. */
export interface Me {
  user: CurrentUser;
  access: AccessMap;
}

/** A record of customFields (自定义字段): a field the department added to a resource. */
export interface CustomFieldRecord {
  id?: number;
  resource: string;
  key: string;
  label: string;
  type: "string" | "text" | "int" | "number" | "date" | "boolean" | "enum" | "enums" | "ref";
  options?: { value: string; label: string }[] | null;
  ref?: string | null;
  required?: boolean;
  min?: number | null;
  max?: number | null;
  help?: string | null;
  section?: string | null;
  list?: boolean;
  search?: boolean;
  filter?: boolean;
  sort?: boolean;
  export?: boolean;
  import?: boolean;
  roundId?: number | null;
}

/**
 * GET /api/descriptions: the custom fields merged into the descriptions of the resources the user may
 * read (the admin merges `customFields` into its own copy of the registry), and the merged fields and
 * sections themselves; `version` is also every API answer's X-Fields-Version header.
 */
export interface DescriptionsAnswer {
  version: string;
  customFields: CustomFieldRecord[];
  resources: Record<string, { fields: Record<string, unknown>; sections?: { title: string; fields: string[] }[] }>;
}

/** POST /api/auth/login. */
export interface LoginRequest {
  username: string;
  password: string;
}

/** POST /api/auth/password. */
export interface PasswordChangeRequest {
  currentPassword: string;
  newPassword: string;
}

// ── Bulk actions: POST /api/{r}/bulk-update, /api/{r}/bulk-delete ─────────────────────────────────

/** Either the chosen records (the server reads each id as a number) or every record matching a list filter. */
export type BulkTarget = { ids: (number | string)[] } | { filter: Record<string, unknown> };
/** bulk-update: the target and the same partial change for every record. */
export type BulkUpdateRequest = BulkTarget & { data: Record<string, unknown> };
/** The ids changed (or deleted), in id order. */
export interface BulkAnswer {
  data: number[];
  /** bulk-update: the chosen records that already had those values, left untouched (no new version, no log entry). */
  unchanged?: number[];
}

// ── Nominations: POST /api/registrations/bulk-create ───────────────────────────────────────────────

/** Many enterprises nominated at once with the same 附件1-1 needs: the chosen ones or every one matching a list filter. */
export type BulkNominationRequest = ({ enterpriseIds: (number | string)[] } | { filter: Record<string, unknown> }) & {
  /** The shared nomination fields (year, batch, nominatedAt, the needs); not enterpriseId, status or reasons. */
  data: Record<string, unknown>;
  /** Given once for all: the written reason for the nominations beyond the city's quota. */
  overQuotaReason?: string;
};
/** The nominations made, in the order of the enterprises' ids. */
export interface BulkNominationAnswer {
  created: number[];
}
/** An enterprise that cannot be nominated and why; the name is null for an id the user may not see. */
export interface NominationRefusal {
  enterpriseId: number;
  name: string | null;
  reason: string;
}
/** The 400 of bulk-create: nothing was written. `errors.overQuotaReason` when the quota needs a reason. */
export interface BulkNominationRefused {
  message: string;
  errors: Record<string, string>;
  refused: NominationRefusal[];
}

// ── Training: /api/classSessions/{id}/attendance-grid, /api/trainingClasses/{id}/report, certificates ──

/** One cell of the grid: a trainee's attendance on a day (出勤/请假/缺勤 by its option value). */
export interface AttendanceCell {
  traineeId: number;
  date: string;
  status: string;
}

/** GET /api/classSessions/{id}/attendance-grid. */
export interface AttendanceGrid {
  /** The session record. */
  session: ApiRecord;
  /** Its days, YYYY-MM-DD. */
  days: string[];
  /** The class's admitted trainees the user may see, with their enterprise's name. */
  trainees: { id: number; name: string; enterprise: string }[];
  /** What is recorded so far. */
  records: AttendanceCell[];
}

/** PUT /api/classSessions/{id}/attendance-grid. */
export interface AttendanceGridSave {
  records: AttendanceCell[];
}

/** The answer to PUT attendance-grid: how many cells changed. */
export interface AttendanceSaved {
  changed: number;
}

/** One admitted trainee in the class report. */
export interface ClassReportTrainee {
  id: number;
  name: string;
  title: string;
  enterprise: string;
  /** Days present on the class's session days. */
  daysPresent: number;
  /** Percentage of the days held so far. */
  rate: number;
  /** The class has ended and the trainee attended enough of all its days. */
  certificateEligible: boolean;
  admissionNoticeNo: string | null;
  certificateNo: string | null;
}

/** GET /api/trainingClasses/{id}/report (also the source of report.xlsx and the admission notices). */
export interface ClassReport {
  /** The class record. */
  class: ApiRecord;
  totalDays: number;
  heldDays: number;
  ended: boolean;
  trainees: ClassReportTrainee[];
}

/** POST /api/trainingClasses/{id}/certificates: how many certificates were issued. */
export interface CertificatesIssued {
  issued: number;
  /** Trainees of the class who meet the attendance rule (those issued now and those issued before). */
  eligible: number;
  /** What was done, in words (e.g. 本班符合条件的 N 名学员均已颁发结业证书，无需重复颁发). */
  message: string;
}

// ── Archive: /api/{r}/{id}/attachments ──────────────────────────────────────────────────────────────

/** An attached file's record (its content is at /api/attachments/{id}/file). */
export interface Attachment {
  id: number;
  resource: string;
  recordId: number;
  kind: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

// ── Imports: POST /api/imports/{kind} ────────────────────────────────────────────────────────────────

export type ImportOutcome = "new" | "update" | "unchanged" | "error";

/** What the import would do (preview) or did (commit) with one row of the sheet. */
export interface ImportRowResult {
  /** The row's number in the sheet. */
  row: number;
  outcome: ImportOutcome;
  errors: { field: string; message: string }[];
  /** For an update: the labels of the fields it changes. */
  changes?: string[];
}

/** The preview of an uploaded sheet, or with `committed` the result of importing it. */
export interface ImportResult<Row extends ImportRowResult = ImportRowResult> {
  kind: string;
  fileName: string;
  /** The header's row number in the sheet. */
  headerRow: number;
  /** Headings that name no field, left out. */
  ignoredColumns: string[];
  counts: Record<ImportOutcome, number>;
  rows: Row[];
  committed?: boolean;
}

// ── GET /api/dashboard ──────────────────────────────────────────────────────────────────────────────

/** One city's figures on the dashboard and in the province's summary. */
export interface CityProgress {
  id: number;
  code: string;
  name: string;
  validGiants: number;
  quota: number;
  nominated: number;
  approved: number;
  returned: number;
  trainedEnterprises: number;
  trainees: number;
  /** Quality diagnoses requested and not cancelled, and of them those whose report is delivered. */
  qualityDiagnoses: number;
  qualityReports: number;
  managementDiagnoses: number;
  managementReports: number;
  techDemands: number;
  selectedProjects: number;
}

export type ProgressFigure = Exclude<keyof CityProgress, "id" | "code" | "name">;

/** GET /api/dashboard. */
export interface ProgrammeProgress {
  /** The round (培育批次) these figures are of. */
  roundId: number;
  roundName: string;
  year: number;
  batch: number;
  /** How the round works out a city's quota (名额 = … × 30%，向上取整). */
  quotaRule: string;
  /** The round's training coverage target, in percent of the valid little giants. */
  trainingShare: number;
  /**
   * Whose figures these are: the province's (the department, read-only users, providers), or one city's
   * (a city bureau: its own row, its own quota and share of the training coverage).
   */
  scope: "province" | "city";
  totals: Record<ProgressFigure, number>;
  /** Targets of this scope; null where the notice sets none for it (a city has no diagnosis target). */
  targets: {
    nominated: number;
    trainedEnterprises: number;
    qualityDiagnoses: number | null;
    managementDiagnoses: number | null;
    techDemands: number | null;
    selectedProjects: number | null;
  };
  cities: CityProgress[];
  /** Diagnoses counted by kind, provider and status: each provider's progress. */
  diagnoses: { kind: string; provider: string; status: string; count: number }[];
}

// ── 择优遴选: /api/techDemands/selection ────────────────────────────────────────────────────────────

export interface SelectionPin {
  id: number;
  reason: string;
}

/** POST /api/techDemands/selection. */
export interface SelectionParams {
  count: number;
  dryRun: boolean;
  minReviews?: number;
  maxPerCity?: number;
  maxPerCategory?: number;
  pinnedIn?: SelectionPin[];
  pinnedOut?: SelectionPin[];
}

export interface RankedDemand {
  id: number;
  title: string;
  enterprise: string;
  city: string;
  category: string;
  score: number | null;
  reviewCount: number;
  rank: number | null;
  selected: boolean;
  reason: string;
}

/** GET and POST /api/techDemands/selection: the round and the ranking. */
export interface SelectionResult {
  roundId: number;
  roundName: string;
  year: number;
  count: number;
  rule: string;
  round: { status: string; lockedAt: string | null; lockedBy: string | null };
  committed: boolean;
  ranking: RankedDemand[];
}

/** POST /api/techDemands/selection/reopen {reason}. */
export interface SelectionReopened {
  status: string;
}

// ── 待办: GET /api/todo ────────────────────────────────────────────────────────────────────────────────

/** One thing waiting for the user: the list of `resource` filtered by `filter` holds exactly `count` records. */
export interface TodoItem {
  key: string;
  title: string;
  count: number;
  resource: string;
  filter: Record<string, unknown>;
  /** A page of its own where the work is done (the selection), instead of the list. */
  path?: string;
  /** A few lines to read at once (the enterprise and the reason of a returned nomination). */
  details?: string[];
  /** Items shown together under one heading (待审核的推荐, one item per city), with `label` as each one's name. */
  group?: string;
  label?: string;
}

/** A city's nomination deadline and places, as its 待办 shows them. */
export interface DeadlineSummary {
  cityId: number;
  deadline: string;
  /** Days from today (Beijing) to the deadline: 0 on the day, negative once passed. */
  daysLeft: number;
  quota: number;
  nominated: number;
  placesLeft: number;
}

export interface TodoAnswer {
  today: string;
  items: TodoItem[];
  deadline?: DeadlineSummary;
}

// ── 全局搜索: GET /api/search?q=… ─────────────────────────────────────────────────────────────────────

/** One record found: its id and its name (recordName), and the enterprise it belongs to where it has one. */
export interface SearchRecord {
  id: number;
  title: string;
  /** The name of the record's enterprise (a trainee's, a demand's…), when the user may see it. */
  enterprise?: string;
}

/** The records of one resource that the list's own search (`q`) finds: the first few and how many in all. */
export interface SearchGroup {
  resource: string;
  /** The resource's Chinese name. */
  label: string;
  /** Equals the list's total for `filter={"q": term}`. */
  total: number;
  records: SearchRecord[];
}

/** GET /api/search?q=…: groups that found something, in a fixed order; none for a term under 2 characters. */
export interface SearchAnswer {
  /** The term as it was looked for (control characters dropped, spaces folded). */
  q: string;
  groups: SearchGroup[];
}

// ── Enterprises' own forms: /api/invitations, /api/auth/accept-invitation, /api/enterprise-forms ────

/** POST /api/invitations (a city bureau or the department). */
export interface InvitationRequest {
  enterpriseId: number | string;
}
/** A one-time code for one enterprise; shown once, printed or sent by the city. */
export interface InvitationAnswer {
  code: string;
  /** ISO instant. */
  expiresAt: string;
  enterpriseId: number;
  enterpriseName: string;
}
/** POST /api/auth/accept-invitation: creates the enterprise's account and signs in (answers Me). */
export interface AcceptInvitationRequest {
  code: string;
  username: string;
  password: string;
}

/** One form of an enterprise's 报名表 as the overview lists it. */
export interface EnterpriseFormItem {
  /** registrations, trainees or techDemands (enterprises: the 基本信息 of 附件1-1, reviewed with it). */
  resource: string;
  id: number;
  /** 附件1-1 … */
  form: string;
  title: string;
  /** The record's name (the trainee's name, the demand's title). */
  name: string;
  formStatus: string | null;
  formReturnReason: string | null;
  /** Whether the signed and stamped copy is in its 档案. */
  stampedCopy: boolean;
  updatedAt: string;
  version: number;
}
/** GET /api/enterprise-forms?enterpriseId=: an enterprise's forms of the current round and what may be done. */
export interface EnterpriseFormsAnswer {
  enterpriseId: number;
  enterpriseName: string;
  cityName: string;
  /** The round (培育批次) of these forms. */
  roundName: string;
  year: number;
  batch: number;
  /** The city's deadline (YYYY-MM-DD) or null. */
  deadline: string | null;
  forms: EnterpriseFormItem[];
  /** What still stops a submission (empty: it may be submitted); for the enterprise. */
  missing: string[];
  /** Whether there is anything to submit (a form 待填写 or 已退回). */
  canSubmit: boolean;
}
/** GET /api/enterprise-forms/submitted: the enterprises whose forms wait for the city's review. */
export interface SubmittedFormsRow {
  enterpriseId: number;
  enterpriseName: string;
  cityName: string;
  submitted: number;
  submittedAt: string;
}
/** POST /api/enterprise-forms/review: the city's decision on one form. */
export interface FormReviewRequest {
  resource: string;
  id: number | string;
  decision: "approve" | "return";
  /** Required to return. */
  reason?: string;
  /** Approving a 推荐表 beyond the city's quota needs the written reason, as a nomination does. */
  overQuotaReason?: string;
}

// The shape of a resource description: one place that says, for every field, its Chinese
// label, type, options, rules and how lists use it. Browser-safe: no typeorm here.

import type { RoundRules } from "./round";

export type FieldType =
  | "string" // short text, varchar(max)
  | "text" // long text
  | "int"
  | "number" // decimal, e.g. 万元 or a score
  | "boolean"
  | "date" // YYYY-MM-DD
  | "datetime" // an instant, ISO 8601 (set by the server), shown in Beijing time as 2026-11-29 22:48
  | "enum" // one of `options`
  | "enums" // several of `options`, stored as a JSON array
  | "ref" // id of a record of `ref`
  | "refs" // ids of records of `ref`, stored as a JSON array
  | "rows"; // repeated rows of `of`, stored as a JSON array

export type Rule = "creditCode" | "idNumber" | "mobile" | "phone" | "email" | "url";

export interface Option {
  value: string;
  label: string;
}

export interface RowField {
  label: string;
  type: "string" | "int" | "number" | "date" | "ref" | "text";
  ref?: string;
  required?: boolean;
  max?: number;
  min?: number;
}

export interface Field {
  label: string;
  type: FieldType;
  /** The resource key a ref / refs points to. */
  ref?: string;
  options?: readonly Option[];
  of?: Record<string, RowField>;
  required?: boolean;
  unique?: boolean;
  /** Length bound for text, value bounds for numbers. */
  min?: number;
  max?: number;
  rule?: Rule;
  /** A boolean field that, when true, lets a code whose check character fails be saved (early credit codes). */
  confirmedBy?: string;
  default?: unknown;
  /** Set by the server only (a workflow or a computation); ignored in writes. */
  readOnly?: boolean;
  /** Searched by the list's `q`. */
  search?: boolean;
  filter?: boolean;
  sort?: boolean;
  /**
   * Sorted by pinyin, as Excel and WPS sort Chinese names: the server keeps a key beside the field
   * (entities/sortKey.ts), fills it on every write, indexes it and sorts the field by it.
   */
  sortKey?: boolean;
  /** Included in exports (default true). */
  export?: boolean;
  /** Shown as a list column (the admin's default columns). */
  list?: boolean;
  /**
   * Personal data. "identity" (ID numbers): masked in lists and exports for everyone, shown in full
   * on the record's page only to the roles that need it. "contact" (mobiles): masked for read-only roles.
   */
  personal?: "identity" | "contact";
  /** Kept on the server only: never returned, never written through the API (a password hash). */
  hidden?: boolean;
  /** Accepted and validated in writes but not a column (a new password, turned into its hash). */
  virtual?: boolean;
  help?: string;
  /** Forms show the field only while this boolean field is true (e.g. a need's details). */
  showIf?: string;
  /**
   * A field the department added (自定义字段, entities/customFields.ts): not a column; its value is kept in
   * the table's JSON column `custom` and read and written as an ordinary property of the record.
   */
  custom?: boolean;
  /** Imports read it (default true; custom fields only). */
  import?: boolean;
  /** A custom field of one 培育批次 only (null: of all). */
  roundId?: number | null;
}

/** A printed form of a record (a PDF laid out as the paper): its button's label and its path under /api/<key>/{id}/. */
export interface PrintedDocument {
  label: string;
  path: string;
}

export interface ResourceDescription {
  /** Plural camelCase: /api/<key>, admin/src/<key>/, i18n resources.<key>. */
  key: string;
  /** The entity name (singular PascalCase) and its table. */
  entity: string;
  table: string;
  /** Chinese name of the resource. */
  label: string;
  /** The field that names a record (the enterprise's name, never its id). */
  title: string;
  /** How a record is named where the title field alone does not say it (see recordName). */
  name?: (record: Record<string, any>) => string;
  fields: Record<string, Field>;
  /** What deleting a record also does, said in the confirmation before it is deleted. */
  deleteWarning?: string;
  /** Fields set when a record is created only: forms show them read only afterwards, the server refuses a change. */
  fixedAfterCreate?: string[];
  /** Unique combinations of fields, with the Chinese message for a conflict. */
  uniques?: { fields: string[]; message: string }[];
  /** Extra composite indexes for common list queries. */
  indexes?: string[][];
  /** The foreign key through which a record belongs to an enterprise (enables the cityId filter). */
  enterpriseKey?: string;
  defaultSort?: [string, "ASC" | "DESC"];
  /** How forms and record pages group the fields, in order (as the paper form does). */
  sections?: { title: string; fields: string[] }[];
  /** A status field that moves only along these transitions ("" → the states a new record may start in). */
  flow?: { field: string; transitions: Record<string, string[]> };
  /** Files may be attached to its records (档案). */
  archive?: boolean;
  /** The record's printed forms (PDF, server/actions/pdfs.ts), offered as downloads on its page. */
  documents?: PrintedDocument[];
  /** Listed and read only: the API refuses every write (the audit log). */
  readOnlyResource?: boolean;
  /**
   * Saves and deletes from its form can be undone for a few seconds (react-admin's undoable mode): only
   * where nothing but another user's simultaneous edit can refuse the write after the page has said it is
   * done (no quota, deadline, uniqueness, reference or notice rule), e.g. a follow-up note.
   */
  undoable?: boolean;
  /** Checks that span fields: field → Chinese message. Runs on the merged record. */
  check?: (record: Record<string, any>, today: string) => Record<string, string>;
  /** Read-only values derived from the record (and the request's 培育批次), added to every response. */
  computed?: Record<
    string,
    { label: string; type: FieldType; compute: (record: Record<string, any>, round: RoundRules) => unknown }
  >;
}

export const defineResource = <R extends ResourceDescription>(r: R) => r;

export const options = (pairs: Record<string, string>): Option[] =>
  Object.entries(pairs).map(([value, label]) => ({ value, label }));

export const optionLabel = (field: Field, value: unknown) =>
  field.options?.find((o) => o.value === value)?.label ?? (value == null ? "" : String(value));

/** The fields the list search (q) looks in, and that the search index covers: text fields marked `search`. */
export const searchFields = (desc: ResourceDescription) =>
  Object.keys(desc.fields).filter((k) => desc.fields[k].search && !desc.fields[k].virtual && !desc.fields[k].custom);

/**
 * Custom text fields marked `search`: the list search looks in them with LIKE over the JSON value (the
 * FTS5 and PostgreSQL search indexes cover columns only, and custom fields must cost no migration or index
 * rebuild).
 */
export const customSearchFields = (desc: ResourceDescription) =>
  Object.keys(desc.fields).filter((k) => desc.fields[k].search && desc.fields[k].custom);

/**
 * Whether a field applies to a record: always, but for a custom field of one 培育批次 (its `roundId`), which
 * applies only to that round's records (a record whose round is not known yet: to be safe, yes).
 */
export function fieldApplies(f: Field, record: Record<string, any> | undefined | null): boolean {
  const round = record?.roundId;
  return !f.custom || f.roundId == null || round == null || Number(round) === f.roundId;
}

/**
 * A record's name wherever it is shown or referred to (page titles, references in lists and exports,
 * messages): the description's own way, else its title field, else its number.
 */
export function recordName(desc: ResourceDescription, record: Record<string, any>): string {
  if (desc.name) return desc.name(record);
  return desc.title === "id" ? `编号 ${record.id}` : String(record[desc.title] ?? "");
}

/** The enterprise a record belongs to (its enterpriseKey): the same field on every form of the notice. */
export const ENTERPRISE_REF: Readonly<Field> = Object.freeze({
  label: "企业",
  type: "ref",
  ref: "enterprises",
  required: true,
  filter: true,
  sort: true,
  list: true,
} as const);

/** Fields every record has; not described per resource. */
export const SYSTEM_FIELDS = {
  id: { label: "编号", type: "int", sort: true, filter: true, export: true },
  createdAt: { label: "创建时间", type: "datetime", sort: true, readOnly: true, export: false },
  updatedAt: { label: "更新时间", type: "datetime", sort: true, readOnly: true, export: false },
  version: { label: "版本", type: "int", readOnly: true, export: false },
} satisfies Record<string, Field>;

// The import kinds: which resource a sheet fills, its columns (by the descriptions' labels) and how a
// row finds the record it updates. Browser-safe: the admin reads it for the dialog and templates.
import { resourceByKey } from "./registry";

export interface ImportKind {
  key: string;
  label: string;
  resource: string;
  /** Fields in template order; a sheet may hold any of them, in any order. */
  columns: string[];
  /** Fields that find an existing record, tried in order (after the 编号 column of an export). */
  matchBy: string[][];
  /** Fields that must be present as columns. */
  required: string[];
  /** Other headings the paper forms use for a field (附件2 says 行业 and 联系人). */
  aliases?: Record<string, string[]>;
  /**
   * The sheet is one city's: its city is the one chosen, or else the one named above the header (the
   * 盖章 line); a city bureau's is always its own. Every row carries that city and matches only its records.
   */
  perCity?: boolean;
  /** The export's 编号 column finds the record (default); false where the paper form has none (附件2's 序号 is no id). */
  readsIdColumn?: boolean;
  /** A row that finds no record: null to create one (default), or the error that refuses it (附件2 only updates). */
  unmatched?: (body: Record<string, unknown>) => { field: string; message: string } | null;
  /** The template heads a column with its first paper-form heading rather than the description's label. */
  templateUsesAliases?: boolean;
  /** Its columns are every writable field of the resource: the department's custom fields are added to them. */
  importsAllFields?: boolean;
}

const fieldsOf = (key: string, skip: string[] = []) =>
  Object.entries(resourceByKey[key].fields)
    .filter(([k, f]) => !f.readOnly && !f.hidden && !f.virtual && f.type !== "rows" && !skip.includes(k))
    .map(([k]) => k);

export const IMPORT_KINDS: ImportKind[] = [
  {
    key: "citySummary",
    label: "市州信息汇总表（附件2）",
    resource: "enterprises",
    columns: ["name", "industry", "contactName", "contactTitle", "contactPhone", "remark"],
    matchBy: [["name"]],
    required: ["name"],
    aliases: { industry: ["行业"], contactName: ["联系人"] },
    perCity: true,
    readsIdColumn: false,
    unmatched: (body) =>
      body.name ? { field: "name", message: `本市州没有名为“${String(body.name)}”的企业，请先导入企业名单` } : null,
    templateUsesAliases: true,
  },
  {
    key: "enterprises",
    label: "企业名单",
    resource: "enterprises",
    columns: fieldsOf("enterprises", ["creditCodeConfirmed"]),
    importsAllFields: true,
    matchBy: [["creditCode"], ["cityId", "name"]],
    required: ["name"],
  },
  {
    key: "trainees",
    label: "学员信息（附件1-2）",
    resource: "trainees",
    columns: fieldsOf("trainees", ["photo"]),
    importsAllFields: true,
    matchBy: [["idNumber"]],
    required: ["name"],
    aliases: { enterpriseId: ["企业名称"] },
  },
  {
    key: "techDemands",
    label: "技术创新需求（附件1-3）",
    resource: "techDemands",
    columns: fieldsOf("techDemands"),
    importsAllFields: true,
    matchBy: [["enterpriseId", "title"]],
    required: ["title"],
    aliases: { enterpriseId: ["企业名称"] },
  },
];
export const importKind = (key: string) => IMPORT_KINDS.find((k) => k.key === key);
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Data rows (the non-blank rows below the header): 50,000 are read, the 50,001st refuses the sheet. */
export const IMPORT_MAX_ROWS = 50_000;
/** Imports (preview, commit or error sheet) read at once by one server instance; more get a 429. */
export const IMPORT_MAX_RUNNING = 2;
/** What an xlsx's zip may declare, checked in its central directory before anything is inflated. */
export const IMPORT_ZIP_LIMITS = {
  entries: 1000,
  /** One worksheet's XML, read as a stream (the row limit usually stops it long before). */
  sheet: 256 * 1024 * 1024,
  /** The shared strings, which are held while the sheet is read. */
  sharedStrings: 64 * 1024 * 1024,
  /** Each other part read (workbook, its relationships, styles). */
  part: 8 * 1024 * 1024,
};

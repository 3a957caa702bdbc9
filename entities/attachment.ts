import { defineResource, options } from "./describe";
import { ENTERPRISE_FORMS } from "./enterpriseForms";

export const ATTACHMENT_KINDS = options({
  nominationForm: "附件1-1 推荐表（签字盖章扫描件）",
  traineeForm: "附件1-2 学员信息表（签字盖章扫描件）",
  demandForm: "附件1-3 需求征集表（签字盖章扫描件）",
  traineePhoto: "学员照片",
  idScan: "身份证扫描件",
  diagnosisReport: "诊断报告",
  certificate: "结业证书",
  other: "其他",
});
/**
 * The paper forms of the notice that come back signed and stamped (签字盖章), each kept as an attachment
 * of one kind in its own record's 档案: 附件1-1 推荐表 on the nomination, 附件1-2 学员信息表 on the
 * trainee, 附件1-3 技术创新需求征集表 on the demand. The archive accepts a kind only on its resource; the
 * review screens and 签章件缺失清单 (server/services/stampedCopies.ts) read whether it is there.
 */
const stamped = (key: keyof typeof ENTERPRISE_FORMS & string) => {
  const { stampedKind, form, title } = ENTERPRISE_FORMS[key];
  return { kind: stampedKind, form, title };
};
export const STAMPED_FORMS = {
  registrations: stamped("registrations"),
  trainees: stamped("trainees"),
  techDemands: stamped("techDemands"),
};
export type StampedResource = keyof typeof STAMPED_FORMS;
export const STAMPED_RESOURCES = Object.keys(STAMPED_FORMS) as StampedResource[];
export const isStampedResource = (key: string): key is StampedResource => key in STAMPED_FORMS;
/** The stamped form an attachment kind is the scan of, with its resource; undefined for other kinds. */
export const stampedFormOfKind = (kind: string) => {
  const resource = STAMPED_RESOURCES.find((r) => STAMPED_FORMS[r].kind === kind);
  return resource && { resource, ...STAMPED_FORMS[resource] };
};
/** 附件1-1 推荐表: how a page, a sheet and a message name the form. */
export const stampedFormName = (resource: StampedResource) =>
  `${STAMPED_FORMS[resource].form} ${STAMPED_FORMS[resource].title}`;

/** Whether a record's stamped copy is in its 档案: the latest attachment of its form's kind. */
export interface StampedCopyStatus {
  present: boolean;
  attachmentId?: number;
  /** When it was uploaded (an ISO instant; shown in Beijing time). */
  uploadedAt?: string;
}

/** One row of 签章件缺失清单 (GET /api/reports/missing-stamped-copies): a form with no stamped copy. */
export interface MissingStampedCopy {
  cityId: number;
  cityName: string;
  enterpriseId: number;
  enterpriseName: string;
  /** The form as the notice names it: 附件1-1 推荐表. */
  form: string;
  resource: StampedResource;
  recordId: number;
  /** The record as its description names it (2025年第1批报名（编号 7）, a trainee's name, a demand's title). */
  recordName: string;
}

/** PDF and images only, at most 10 MB: checked by content, not by name. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** A trainee's photo (附件1-2 照片): one per trainee, JPG or PNG by content, at most 2 MB; a new one replaces it. */
export const PHOTO_KIND = "traineePhoto";
export const PHOTO_RESOURCE = "trainees";
export const PHOTO_TYPES = ["image/jpeg", "image/png"];
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
/** Identity documents: opened only by the roles that see ID numbers in full (a photo as an ID scan). */
export const IDENTITY_KINDS = ["idScan", PHOTO_KIND];

/**
 * A file name's problem, in Chinese, or null: a name is one name, not a path, and prints as it reads —
 * no control characters (CR, LF, NUL, tab, the text-direction marks), no `/` or `\`, no `..`.
 */
export function fileNameProblem(name: string): string | null {
  if (!name.trim()) return "请提供文件名";
  if (name.length > 200) return "文件名不能超过 200 个字符";
  // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/.test(name))
    return "文件名不能包含换行、制表符等控制字符";
  if (/[/\\]/.test(name) || name.includes("..")) return "文件名不能包含路径字符（/、\\ 或 ..）";
  return null;
}

/** 档案: a file attached to a record, stored beside the database under its SHA-256. */
export const attachment = defineResource({
  key: "attachments",
  entity: "Attachment",
  table: "attachment",
  label: "档案",
  title: "fileName",
  defaultSort: ["id", "DESC"],
  // A record's archive; and who else uses a stored file (checked before the file is removed).
  indexes: [["resource", "recordId"], ["sha256"]],
  fields: {
    resource: { label: "所属对象", type: "string", max: 40, required: true, filter: true, list: true },
    recordId: { label: "记录编号", type: "int", min: 1, required: true, filter: true, list: true },
    kind: { label: "档案类别", type: "enum", options: ATTACHMENT_KINDS, required: true, filter: true, list: true },
    fileName: { label: "文件名", type: "string", max: 200, required: true, search: true, list: true },
    mimeType: { label: "文件类型", type: "string", max: 60, readOnly: true, list: true },
    size: { label: "大小（字节）", type: "int", readOnly: true, list: true },
    sha256: { label: "校验值（SHA-256）", type: "string", max: 64, readOnly: true },
    uploadedBy: { label: "上传人", type: "string", max: 40, readOnly: true, list: true },
  },
});

// 报名表: the notice's forms an enterprise fills in itself (附件1-1, 1-2, 1-3), each reviewed by its city
// bureau. One description of which resources are an enterprise's forms, their review state, what the
// enterprise may not fill in, and when it may still change them: read by the server's policy, the
// forms service and the admin. Browser-safe: no server code.
import type { Field } from "./describe";
import { options } from "./describe";
import { optionValues } from "./options";

const FORM_STATUS_LABELS = { filling: "待填写", submitted: "已提交", returned: "已退回", approved: "已通过" };
export const FORM_STATUSES = options(FORM_STATUS_LABELS);
export const FORM_STATUS = optionValues(FORM_STATUS_LABELS);
/** While a form is in one of these states its enterprise may still change it (and then submits it). */
export const FORM_EDITABLE: readonly string[] = [FORM_STATUS.filling, FORM_STATUS.returned];

/**
 * The review state of a form an enterprise filled in online; empty on a record the city keyed in itself.
 * A record with a review state enters the programme (figures, review, selection) once the city approves it.
 */
export const FORM_REVIEW_FIELDS = {
  formStatus: {
    label: "报名表状态",
    type: "enum",
    options: FORM_STATUSES,
    readOnly: true,
    filter: true,
    list: true,
    help: "企业在线填报的报名表：市州经信局审核通过后进入培育赋能工作",
  },
  formReturnReason: { label: "报名表退回原因", type: "text", max: 500, readOnly: true },
} satisfies Record<string, Field>;

export interface EnterpriseForm {
  /** The notice's number of the form: 附件1-1. */
  form: string;
  /** How pages, messages and sheets name it after its number: 附件1-1 推荐表. */
  title: string;
  /** The 档案 kind of its signed and stamped scan (entities/attachment.ts STAMPED_FORMS). */
  stampedKind: string;
  /**
   * Fields the enterprise does not fill in (beyond the review state, which only the city sets): decisions
   * of the city, the department and the providers, and the round, which the server sets.
   */
  fixed: string[];
}

/** The forms of the notice an enterprise fills in, by resource. */
export const ENTERPRISE_FORMS: Record<string, EnterpriseForm> = {
  registrations: {
    form: "附件1-1",
    title: "推荐表",
    stampedKind: "nominationForm",
    fixed: ["year", "batch", "status", "nominatedAt", "returnReason", "overQuotaReason"],
  },
  trainees: {
    form: "附件1-2",
    title: "学员信息表",
    stampedKind: "traineeForm",
    fixed: ["year", "classId", "admissionStatus", "admissionNoticeNo", "certificateNo"],
  },
  techDemands: {
    form: "附件1-3",
    title: "技术创新需求征集表",
    stampedKind: "demandForm",
    fixed: ["year", "registrationId", "status"],
  },
};

/**
 * The enterprise's own record (附件1-1 基本信息): it fills in its details but not who it is (name, credit
 * code, city) or what the department has recorded (its little-giant status, batch, validity, review).
 */
export const ENTERPRISE_FIXED_FIELDS = [
  "name",
  "creditCode",
  "creditCodeConfirmed",
  "cityId",
  "keyGiantStatus",
  "giantBatch",
  "validUntil",
  "reviewStatus",
  "remark",
  "typicalCase",
  "caseWriteUp",
];

/**
 * What a form an enterprise creates starts with, beyond its fields' defaults and the round (set by the
 * server, and by the admin's form so that it validates the same): a 推荐表 is 企业申报 until its city approves it.
 */
export const ENTERPRISE_START: Record<string, Record<string, unknown>> = {
  registrations: { status: "applied" },
};

/** The fields of `key` an enterprise user may not change (none for a resource it does not fill in). */
export function enterpriseFixedFields(key: string): string[] {
  if (key === "enterprises") return ENTERPRISE_FIXED_FIELDS;
  const form = ENTERPRISE_FORMS[key];
  return form ? [...form.fixed, ...Object.keys(FORM_REVIEW_FIELDS), "enterpriseId"] : [];
}

/** Who invites enterprises and decides on their forms: the city bureaus (their own city's) and the department. */
export const reviewsForms = (p: { role: string }) => p.role === "city" || p.role === "province";

/** Whether an enterprise may still change a form in this review state. */
export const formEditable = (formStatus: unknown) => FORM_EDITABLE.includes(String(formStatus ?? ""));

/**
 * The admin's pages of the forms, which the server's 待办 and 站内消息 link to: an enterprise's 我的报名表, the
 * city's review (and one enterprise's at `${review}/:id`), and the page that turns an invitation into an account.
 */
export const FORM_PAGES = { mine: "/my-forms", review: "/enterprise-forms", accept: "/accept-invitation" } as const;

/** An invitation code as typed: case, spaces and dashes do not matter. */
export const normalizeCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");
/** A code is 12 letters and digits, printed in three groups: ABCD-EFGH-JKMN. */
export const INVITATION_CODE_LENGTH = 12;

/** How long an invitation code made by a city lasts, in days. */
export const INVITATION_DAYS = 14;
/** A form whose state the city reviews: a resource of ENTERPRISE_FORMS and a record id. */
export const isEnterpriseForm = (key: string) => key in ENTERPRISE_FORMS;

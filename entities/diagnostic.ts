import { defineResource, ENTERPRISE_REF, options, type Field } from "./describe";
import { ROUND_FIELD, ROUND_YEAR } from "./round";
import { DIAGNOSIS_KINDS, DIAGNOSIS_MODES, MONTHS, optionValues } from "./options";

/** The steps of a diagnosis in order (cancelled stands outside them). */
export const DIAGNOSIS_STEPS = ["requested", "scheduled", "selfAssessed", "expertAssessed", "reportDelivered"];

const DIAGNOSIS_STATUS_LABELS = {
  requested: "已申请",
  scheduled: "已排期",
  selfAssessed: "已自评",
  expertAssessed: "已专家评价",
  reportDelivered: "报告已交付",
  cancelled: "已取消",
};
export const DIAGNOSIS_STATUSES = options(DIAGNOSIS_STATUS_LABELS);
export const DIAGNOSIS_STATUS = optionValues(DIAGNOSIS_STATUS_LABELS);

/** One step at a time, or cancelled (with a reason) before the report is delivered. */
export const DIAGNOSIS_TRANSITIONS: Record<string, string[]> = {
  "": ["requested"],
  requested: ["scheduled", "cancelled"],
  scheduled: ["selfAssessed", "requested", "cancelled"],
  selfAssessed: ["expertAssessed", "cancelled"],
  expertAssessed: ["reportDelivered", "cancelled"],
  reportDelivered: [],
  cancelled: ["requested"],
};

// 质量诊断 (SJ/T 11946-2024) and 管理诊断 (工业中小企业管理提升指南).
/** 质量诊断 or 管理诊断: the same field on a diagnosis, its dimensions and its maturity levels. */
const DIAGNOSIS_KIND_FIELD: Readonly<Field> = Object.freeze({
  label: "诊断类型",
  type: "enum",
  options: DIAGNOSIS_KINDS,
  required: true,
  filter: true,
  sort: true,
  list: true,
} as const);

export const diagnostic = defineResource({
  key: "diagnostics",
  entity: "Diagnostic",
  table: "diagnostic",
  label: "诊断",
  title: "id",
  name: (r) => `${DIAGNOSIS_KINDS.find((o) => o.value === r.kind)?.label ?? "诊断"}（编号 ${r.id}）`,
  enterpriseKey: "enterpriseId",
  defaultSort: ["id", "DESC"],
  indexes: [["kind", "status"]],
  sections: [
    {
      title: "诊断需求",
      fields: ["enterpriseId", "registrationId", "kind", "year", "mode", "expectedMonth", "focus", "provider"],
    },
    {
      title: "诊断进度",
      fields: ["status", "scheduledDate", "expert", "reportDeliveredAt", "reportFile", "cancelReason"],
    },
    { title: "诊断结果", fields: ["scores", "totalScore", "levelId", "findings", "recommendations"] },
  ],
  uniques: [{ fields: ["enterpriseId", "kind", "roundId"], message: "该企业本批次已有同类诊断" }],
  flow: { field: "status", transitions: DIAGNOSIS_TRANSITIONS },
  archive: true,
  fields: {
    enterpriseId: ENTERPRISE_REF,
    registrationId: { label: "报名记录", type: "ref", ref: "registrations", filter: true },
    kind: DIAGNOSIS_KIND_FIELD,
    roundId: ROUND_FIELD,
    year: ROUND_YEAR,
    mode: {
      label: "诊断方式",
      type: "enum",
      options: DIAGNOSIS_MODES,
      required: true,
      filter: true,
      sort: true,
      list: true,
    },
    expectedMonth: { label: "期望月份", ...MONTHS },
    focus: { label: "期望侧重点", type: "refs", ref: "diagnosisDimensions" },
    provider: { label: "承担单位", type: "string", max: 50, required: true, default: "广州赛宝认证中心服务有限公司" },
    status: {
      label: "状态",
      type: "enum",
      options: DIAGNOSIS_STATUSES,
      required: true,
      default: "requested",
      filter: true,
      sort: true,
      list: true,
    },
    scheduledDate: { label: "诊断日期", type: "date", filter: true, sort: true, list: true },
    expert: { label: "诊断专家", type: "string", max: 50, search: true },
    scores: {
      label: "各维度得分",
      type: "rows",
      of: {
        dimensionId: { label: "维度", type: "ref", ref: "diagnosisDimensions", required: true },
        score: { label: "得分", type: "number", min: 0, max: 100, required: true },
      },
    },
    totalScore: {
      label: "综合得分",
      type: "number",
      min: 0,
      max: 100,
      readOnly: true,
      filter: true,
      sort: true,
      list: true,
      help: "按维度权重由各维度得分计算",
    },
    levelId: { label: "成熟度等级", type: "ref", ref: "maturityLevels", filter: true, sort: true, list: true },
    findings: { label: "主要问题", type: "text", max: 5000, search: true },
    recommendations: { label: "改进建议", type: "text", max: 5000 },
    reportFile: { label: "诊断报告", type: "string", max: 300 },
    reportDeliveredAt: { label: "报告交付日期", type: "date", filter: true, sort: true },
    cancelReason: { label: "取消原因", type: "text", max: 500 },
  },
  check: (r) => {
    const e: Record<string, string> = {};
    if (r.mode === "onSite" && !r.expectedMonth) e.expectedMonth = "现场诊断辅导请填写期望月份";
    if (r.mode === "onSite" && DIAGNOSIS_STEPS.indexOf(r.status) >= 1 && !r.scheduledDate)
      e.scheduledDate = "现场诊断排期后请填写诊断日期";
    if (r.status === "reportDelivered") {
      if (!r.reportDeliveredAt) e.reportDeliveredAt = "报告已交付，请填写交付日期";
      if (!r.scores?.length) e.scores = "交付报告前请填写各维度得分";
      if (!r.levelId) e.levelId = "交付报告前请评定成熟度等级";
      if (!r.findings) e.findings = "交付报告前请填写主要问题";
    }
    if (r.status === "cancelled" && !r.cancelReason) e.cancelReason = "取消诊断请填写原因";
    const ids = (r.scores ?? []).map((s: { dimensionId: number }) => s.dimensionId);
    if (new Set(ids).size !== ids.length) e.scores = "同一维度只能评分一次";
    return e;
  },
});

/** Editable reference data: the dimensions a diagnosis scores (seeded with the form's focus areas). */
export const diagnosisDimension = defineResource({
  key: "diagnosisDimensions",
  entity: "DiagnosisDimension",
  table: "diagnosis_dimension",
  label: "诊断维度",
  title: "name",
  defaultSort: ["sortOrder", "ASC"],
  uniques: [{ fields: ["kind", "name"], message: "该诊断类型下已有同名维度" }],
  fields: {
    kind: DIAGNOSIS_KIND_FIELD,
    name: { label: "维度名称", type: "string", max: 50, required: true, search: true, sort: true, list: true },
    description: { label: "说明", type: "text", max: 1000, list: true },
    weight: { label: "权重", type: "number", min: 0, max: 100, required: true, default: 1, list: true },
    sortOrder: { label: "排序", type: "int", min: 0, max: 1000, default: 0, sort: true },
  },
});

/** Editable reference data: maturity levels by score band. */
export const maturityLevel = defineResource({
  key: "maturityLevels",
  entity: "MaturityLevel",
  table: "maturity_level",
  label: "成熟度等级",
  title: "name",
  defaultSort: ["minScore", "ASC"],
  uniques: [{ fields: ["kind", "level"], message: "该诊断类型下已有同级别等级" }],
  fields: {
    kind: DIAGNOSIS_KIND_FIELD,
    level: { label: "级别", type: "int", min: 1, max: 10, required: true, sort: true, list: true },
    name: { label: "等级名称", type: "string", max: 30, required: true, search: true, list: true },
    minScore: { label: "最低分", type: "number", min: 0, max: 100, required: true, sort: true, list: true },
    description: { label: "说明", type: "text", max: 1000 },
  },
});

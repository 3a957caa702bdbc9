import { defineResource, options, ENTERPRISE_REF } from "./describe";
import { FORM_REVIEW_FIELDS } from "./enterpriseForms";
import { ROUND_BATCH, ROUND_FIELD, ROUND_YEAR } from "./round";
import { DIAGNOSIS_MODES, MONTHS, optionValues } from "./options";

const STATUS_LABELS = {
  applied: "企业申报",
  nominated: "已推荐",
  approved: "已通过",
  returned: "已退回",
  withdrawn: "已撤回",
};
export const REGISTRATION_STATUSES = options(STATUS_LABELS);
export const REGISTRATION_STATUS = optionValues(STATUS_LABELS);
/**
 * A live nomination: 已推荐 or 已通过. It counts against the city's quota, blocks a second nomination of
 * the enterprise, and is listed in the city's 附件2.
 */
export const LIVE_NOMINATION_STATUSES: readonly string[] = [
  REGISTRATION_STATUS.nominated,
  REGISTRATION_STATUS.approved,
];
/**
 * Where a nomination may go next: the province approves or returns; a city withdraws or re-nominates. An
 * enterprise's own 推荐表 starts as 企业申报 and is nominated when its city approves it.
 */
export const REGISTRATION_TRANSITIONS: Record<string, string[]> = {
  "": ["nominated", "applied"],
  applied: ["nominated", "withdrawn"],
  nominated: ["approved", "returned", "withdrawn"],
  returned: ["nominated", "withdrawn"],
  approved: ["returned", "withdrawn"],
  withdrawn: ["nominated"],
};

export const QUALITY_FOCUS = options({
  basic: "质量管理基本能力",
  digital: "质量管理数字化",
  sustained: "持续成功能力",
  performance: "质量绩效",
});
export const MANAGEMENT_FOCUS = options({
  strategy: "战略管理",
  hr: "人力资源",
  production: "生产管理",
  supplyChain: "供应链管理",
  marketing: "营销",
  publicImage: "决策及公共形象",
  other: "其他",
});

// 附件1-1 培育赋能工作需求: the city's nomination and the enterprise's needs.
export const registration = defineResource({
  key: "registrations",
  entity: "Registration",
  table: "registration",
  label: "报名推荐",
  title: "id",
  name: (r) => `${r.year}年第${r.batch}批报名（编号 ${r.id}）`,
  enterpriseKey: "enterpriseId",
  defaultSort: ["id", "DESC"],
  uniques: [{ fields: ["enterpriseId", "year", "batch"], message: "该企业在本年度本批次已有报名记录" }],
  flow: { field: "status", transitions: REGISTRATION_TRANSITIONS },
  archive: true,
  documents: [{ label: "打印推荐表（PDF）", path: "form.pdf" }],
  sections: [
    {
      title: "推荐信息",
      fields: [
        "enterpriseId",
        "year",
        "batch",
        "status",
        "nominatedAt",
        "returnReason",
        "overQuotaReason",
        "formStatus",
        "formReturnReason",
      ],
    },
    { title: "人才培训", fields: ["needTraining"] },
    { title: "质量诊断（主要针对制造业）", fields: ["needQuality", "qualityMode", "qualityMonth", "qualityFocus"] },
    {
      title: "管理诊断",
      fields: ["needManagement", "managementMode", "managementMonth", "managementFocus", "managementFocusOther"],
    },
    { title: "技术创新服务", fields: ["needTech", "techOnSite", "techMonth"] },
    { title: "培育赋能工作建议与承诺", fields: ["suggestions", "signedBy", "declaredAt"] },
  ],
  fields: {
    enterpriseId: ENTERPRISE_REF,
    roundId: ROUND_FIELD,
    year: { ...ROUND_YEAR, list: true },
    batch: ROUND_BATCH,
    status: {
      label: "状态",
      type: "enum",
      options: REGISTRATION_STATUSES,
      required: true,
      default: "nominated",
      filter: true,
      sort: true,
      list: true,
    },
    nominatedAt: { label: "推荐日期", type: "date", filter: true, sort: true, list: true, help: "企业申报时不填" },
    returnReason: { label: "退回原因", type: "text", max: 500 },
    overQuotaReason: { label: "超出名额说明", type: "text", max: 500 },
    needTraining: {
      label: "人才培训",
      type: "boolean",
      default: false,
      filter: true,
      list: true,
      help: "原则上为企业主要负责人，每家企业限 1-2 人",
    },
    needQuality: { label: "质量诊断", type: "boolean", default: false, filter: true, list: true },
    qualityMode: { label: "质量诊断方式", type: "enum", options: DIAGNOSIS_MODES, filter: true, showIf: "needQuality" },
    qualityMonth: { label: "质量诊断期望月份", ...MONTHS, showIf: "needQuality" },
    qualityFocus: {
      label: "质量诊断期望侧重点",
      type: "enums",
      options: QUALITY_FOCUS,
      filter: true,
      showIf: "needQuality",
    },
    needManagement: { label: "管理诊断", type: "boolean", default: false, filter: true, list: true },
    managementMode: {
      label: "管理诊断方式",
      type: "enum",
      options: DIAGNOSIS_MODES,
      filter: true,
      showIf: "needManagement",
    },
    managementMonth: { label: "管理诊断期望月份", ...MONTHS, showIf: "needManagement" },
    managementFocus: {
      label: "管理诊断期望侧重点",
      type: "enums",
      options: MANAGEMENT_FOCUS,
      filter: true,
      showIf: "needManagement",
    },
    managementFocusOther: { label: "其他侧重点", type: "string", max: 200, showIf: "needManagement" },
    needTech: { label: "技术创新服务", type: "boolean", default: false, filter: true, list: true },
    techOnSite: { label: "技术创新需要现场诊断辅导", type: "boolean", default: false, showIf: "needTech" },
    techMonth: { label: "技术创新期望月份", ...MONTHS, showIf: "needTech" },
    suggestions: { label: "培育赋能工作建议", type: "text", max: 1000, search: true },
    signedBy: { label: "法定代表人签字", type: "string", max: 20 },
    declaredAt: { label: "企业盖章日期", type: "date" },
    ...FORM_REVIEW_FIELDS,
  },
  check: (r) => {
    const e: Record<string, string> = {};
    if (!(r.needTraining || r.needQuality || r.needManagement || r.needTech))
      e.needTraining = "请至少选择一项培育赋能需求";
    if (r.needQuality && !r.qualityMode) e.qualityMode = "请选择质量诊断方式";
    if (r.qualityMode === "onSite" && !r.qualityMonth) e.qualityMonth = "现场诊断辅导请填写期望月份";
    if (r.needManagement && !r.managementMode) e.managementMode = "请选择管理诊断方式";
    if (r.managementMode === "onSite" && !r.managementMonth) e.managementMonth = "现场诊断辅导请填写期望月份";
    if (r.managementFocus?.includes("other") && !r.managementFocusOther)
      e.managementFocusOther = "选择了“其他”，请填写侧重点";
    if (r.techOnSite && !r.techMonth) e.techMonth = "现场诊断辅导请填写期望月份";
    if (r.status === "returned" && !r.returnReason) e.returnReason = "退回时请填写原因";
    if (r.status && r.status !== "applied" && !r.nominatedAt) e.nominatedAt = "请填写推荐日期";
    if (r.nominatedAt && r.year && Number(r.nominatedAt.slice(0, 4)) !== r.year)
      e.nominatedAt = `推荐日期应在 ${r.year} 年度内`;
    return e;
  },
});

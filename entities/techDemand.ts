import { defineResource, options, ENTERPRISE_REF } from "./describe";
import { ROUND_FIELD, ROUND_YEAR } from "./round";
import { FORM_REVIEW_FIELDS } from "./enterpriseForms";
import { DEMAND_CATEGORIES, optionValues } from "./options";

const DEMAND_STATUS_LABELS = {
  submitted: "已提交",
  underReview: "评审中",
  selected: "已入选",
  notSelected: "未入选",
  withdrawn: "已撤回",
};
export const DEMAND_STATUSES = options(DEMAND_STATUS_LABELS);
export const DEMAND_STATUS = optionValues(DEMAND_STATUS_LABELS);
/**
 * How a demand moves: submitted, reviewed, then chosen or not by the selection (a demand without enough
 * reviews is not ranked and is not chosen); reopening the selection puts the round's demands back under
 * review; an enterprise may withdraw a demand until it is chosen, and submit it again.
 */
export const DEMAND_TRANSITIONS: Record<string, string[]> = {
  "": ["submitted"],
  submitted: ["underReview", "notSelected", "withdrawn"],
  underReview: ["selected", "notSelected", "submitted", "withdrawn"],
  selected: ["underReview"],
  notSelected: ["underReview"],
  withdrawn: ["submitted"],
};
export const ENTERPRISE_TYPES = options({
  giant: "国家级专精特新“小巨人”企业",
  keyGiant: "国家级重点专精特新“小巨人”企业",
});

// 附件1-3 企业技术创新需求征集表.
export const techDemand = defineResource({
  key: "techDemands",
  entity: "TechDemand",
  table: "tech_demand",
  label: "技术创新需求",
  title: "title",
  enterpriseKey: "enterpriseId",
  defaultSort: ["id", "DESC"],
  archive: true,
  documents: [{ label: "打印需求征集表（PDF）", path: "form.pdf" }],
  sections: [
    {
      title: "企业信息",
      fields: [
        "title",
        "enterpriseId",
        "registrationId",
        "year",
        "industryProducts",
        "enterpriseType",
        "contactName",
        "contactTitle",
        "contactPhone",
      ],
    },
    {
      title: "需求内容",
      fields: [
        "categories",
        "details",
        "basis",
        "timeRequirement",
        "targets",
        "necessity",
        "budget",
        "pastCooperation",
      ],
    },
    {
      title: "其他",
      fields: ["publishable", "onSite", "status", "score", "reviewCount", "formStatus", "formReturnReason"],
    },
  ],
  flow: { field: "status", transitions: DEMAND_TRANSITIONS },
  fields: {
    title: { label: "需求名称", type: "string", max: 100, required: true, search: true, sort: true, list: true },
    enterpriseId: ENTERPRISE_REF,
    registrationId: { label: "报名记录", type: "ref", ref: "registrations", filter: true },
    roundId: ROUND_FIELD,
    year: ROUND_YEAR,
    industryProducts: { label: "行业及主营业务、产品", type: "string", max: 200, required: true, search: true },
    enterpriseType: {
      label: "企业类型",
      type: "enum",
      options: ENTERPRISE_TYPES,
      required: true,
      default: "giant",
      filter: true,
      list: true,
    },
    contactName: { label: "专项联系人", type: "string", max: 20, required: true },
    contactTitle: { label: "联系人职务", type: "string", max: 30 },
    contactPhone: { label: "电话", type: "string", max: 20, required: true, rule: "phone", personal: "contact" },
    categories: {
      label: "需求类别",
      type: "enums",
      options: DEMAND_CATEGORIES,
      required: true,
      filter: true,
      list: true,
    },
    details: { label: "需求的具体要求及需要解决的问题", type: "text", max: 5000, required: true, search: true },
    basis: { label: "技术或项目基础情况", type: "text", max: 5000 },
    timeRequirement: { label: "解决需求的时间要求", type: "string", max: 200 },
    targets: {
      label: "量化指标",
      type: "text",
      max: 5000,
      required: true,
      help: "期望达到的效果、交付内容、具体性能指标",
    },
    necessity: { label: "技术创新的必要性", type: "text", max: 5000 },
    budget: { label: "经费投入预算（万元）", type: "number", min: 0, max: 1_000_000, sort: true, list: true },
    pastCooperation: { label: "过往技术合作案例", type: "text", max: 5000, help: "合作单位、项目内容、合作金额等" },
    publishable: { label: "技术需求是否可公开发布", type: "boolean", default: true, filter: true },
    onSite: { label: "需要现场诊断辅导", type: "boolean", default: false, filter: true },
    status: {
      label: "状态",
      type: "enum",
      options: DEMAND_STATUSES,
      required: true,
      default: "submitted",
      filter: true,
      sort: true,
      list: true,
    },
    score: { label: "评审得分", type: "number", readOnly: true, sort: true, filter: true, list: true },
    reviewCount: { label: "有效评审数", type: "int", readOnly: true, default: 0, sort: true, filter: true },
    ...FORM_REVIEW_FIELDS,
  },
});

/** Editable reference data: the weighted criteria of the expert review. */
export const reviewCriterion = defineResource({
  key: "reviewCriteria",
  entity: "ReviewCriterion",
  table: "review_criterion",
  label: "评审指标",
  title: "name",
  defaultSort: ["sortOrder", "ASC"],
  fields: {
    name: { label: "指标名称", type: "string", max: 30, required: true, unique: true, search: true, list: true },
    weight: { label: "权重（%）", type: "number", min: 0, max: 100, required: true, list: true },
    description: { label: "评分说明", type: "text", max: 1000, list: true },
    sortOrder: { label: "排序", type: "int", min: 0, max: 1000, default: 0, sort: true },
  },
});

import { orgCodeOf } from "./codes";
import { defineResource } from "./describe";
import {
  ENTERPRISE_TITLES, GIANT_BATCHES, IPO_BOARDS, IPO_PROGRESS, KEY_GIANT_STATUSES, PRIORITY_INDUSTRIES, REVIEW_STATUSES,
} from "./options";

// 附件1-1 基本信息, the enterprise part of 附件1-2, and 附件2.
export const enterprise = defineResource({
  key: "enterprises",
  entity: "Enterprise",
  table: "enterprise",
  label: "企业",
  title: "name",
  defaultSort: ["id", "ASC"],
  archive: true,
  indexes: [["cityId", "priorityIndustry", "name"], ["cityId", "name"]],
  sections: [
    { title: "基本信息", fields: ["name", "creditCode", "creditCodeConfirmed", "cityId", "address", "industry", "priorityIndustry", "mainProducts", "legalRepresentative", "website"] },
    { title: "小巨人认定", fields: ["giantBatch", "validUntil", "reviewStatus", "keyGiantStatus", "titles", "titlesOther", "remark"] },
    { title: "工作联系人", fields: ["contactName", "contactTitle", "contactPhone", "contactEmail"] },
    { title: "上市情况", fields: ["listed", "ipoPlan", "ipoProgress", "ipoBoard"] },
    { title: "典型案例", fields: ["typicalCase", "caseWriteUp"] },
  ],
  fields: {
    name: { label: "企业名称", type: "string", max: 100, required: true, unique: true, search: true, sort: true, list: true },
    creditCode: { label: "统一社会信用代码", type: "string", max: 18, required: true, unique: true, rule: "creditCode", confirmedBy: "creditCodeConfirmed", search: true, filter: true, sort: true, list: true },
    creditCodeConfirmed: { label: "确认代码无误（校验位不符的早期代码）", type: "boolean", default: false, export: false, help: "少数早期代码校验位不符，核实无误后勾选方可保存" },
    cityId: { label: "所属市州", type: "ref", ref: "cities", required: true, filter: true, sort: true, list: true },
    address: { label: "运营地址", type: "string", max: 200 },
    keyGiantStatus: { label: "是否重点小巨人", type: "enum", options: KEY_GIANT_STATUSES, required: true, default: "none", filter: true, sort: true, list: true },
    giantBatch: { label: "小巨人批次", type: "enum", options: GIANT_BATCHES, required: true, filter: true, sort: true, list: true },
    validUntil: { label: "有效期至", type: "date", required: true, filter: true, sort: true, list: true },
    reviewStatus: { label: "复核情况", type: "enum", options: REVIEW_STATUSES, default: "notDue", filter: true },
    industry: { label: "所属行业", type: "string", max: 50, required: true, search: true, filter: true, sort: true },
    priorityIndustry: { label: "重点产业", type: "enum", options: PRIORITY_INDUSTRIES, required: true, default: "other", filter: true, sort: true, list: true },
    mainProducts: { label: "主营业务/产品", type: "text", max: 500, search: true },
    legalRepresentative: { label: "法定代表人", type: "string", max: 20 },
    contactName: { label: "工作联系人", type: "string", max: 20, required: true, search: true, list: true },
    contactTitle: { label: "职务", type: "string", max: 30 },
    contactPhone: { label: "手机", type: "string", max: 20, required: true, rule: "mobile", personal: "contact", list: true },
    contactEmail: { label: "邮箱", type: "string", max: 100, rule: "email" },
    website: { label: "公司网址", type: "string", max: 200, rule: "url" },
    listed: { label: "是否上市", type: "boolean", default: false, filter: true },
    ipoPlan: { label: "三年内有无上市计划", type: "boolean", default: false, filter: true },
    ipoProgress: { label: "上市进程", type: "enum", options: IPO_PROGRESS, filter: true, showIf: "ipoPlan" },
    ipoBoard: { label: "拟上市板块", type: "enum", options: IPO_BOARDS, filter: true, showIf: "ipoPlan" },
    titles: { label: "获得相关部门认定的称号", type: "enums", options: ENTERPRISE_TITLES, filter: true },
    titlesOther: { label: "其他称号（请说明）", type: "string", max: 200 },
    remark: { label: "备注", type: "text", max: 500, help: "附件2：小巨人批次，入选或申报重点小巨人情况" },
    typicalCase: { label: "典型案例", type: "boolean", default: false, filter: true, help: "实施过程中涌现的典型案例，用于宣传推广" },
    caseWriteUp: { label: "案例简介", type: "text", max: 3000, showIf: "typicalCase" },
  },
  computed: {
    orgCode: { label: "组织机构代码", type: "string", compute: (r) => orgCodeOf(r.creditCode) },
  },
  check: (r) => {
    const e: Record<string, string> = {};
    if (!r.ipoPlan && (r.ipoProgress || r.ipoBoard)) e.ipoPlan = "填写了上市进程或拟上市板块，请勾选“三年内有上市计划”";
    if (r.listed && r.ipoPlan) e.ipoPlan = "已上市企业无需填写上市计划";
    if (r.titles?.includes("other") && !r.titlesOther) e.titlesOther = "选择了“其他”称号，请说明";
    if (r.typicalCase && !r.caseWriteUp) e.caseWriteUp = "典型案例请填写案例简介";
    return e;
  },
});

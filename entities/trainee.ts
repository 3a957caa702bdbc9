import { idBirthDate, idGender, idNumberProblem } from "./codes";
import { defineResource, options, ENTERPRISE_REF } from "./describe";
import { ROUND_FIELD, ROUND_YEAR } from "./round";
import { FORM_REVIEW_FIELDS } from "./enterpriseForms";
import { CLASS_KINDS, ETHNICITIES, GENDERS, optionValues, POLITICAL_STATUSES } from "./options";

const ADMISSION_LABELS = { applied: "已报名", admitted: "已录取", notAdmitted: "未录取" };
export const ADMISSION_STATUSES = options(ADMISSION_LABELS);
export const ADMISSION_STATUS = optionValues(ADMISSION_LABELS);
export const MAX_TRAINEES_PER_ENTERPRISE = 2;

// 附件1-2 学员信息表 (the enterprise part lives on the enterprise).
export const trainee = defineResource({
  key: "trainees",
  entity: "Trainee",
  table: "trainee",
  label: "学员",
  title: "name",
  enterpriseKey: "enterpriseId",
  defaultSort: ["id", "DESC"],
  archive: true,
  documents: [{ label: "打印学员信息表（PDF）", path: "form.pdf" }],
  indexes: [["enterpriseId", "roundId"]],
  uniques: [{ fields: ["idNumber", "roundId"], message: "该身份证号码在本批次已登记为学员" }],
  sections: [
    {
      title: "个人信息",
      fields: [
        "name",
        "gender",
        "photo",
        "politicalStatus",
        "ethnicity",
        "idNumber",
        "mobile",
        "email",
        "title",
        "managementYears",
        "address",
      ],
    },
    { title: "教育背景与社会职务", fields: ["education", "socialRoles", "honours"] },
    {
      title: "企业与班次",
      fields: [
        "enterpriseId",
        "year",
        "intendedClass",
        "classId",
        "admissionStatus",
        "admissionNoticeNo",
        "certificateNo",
        "formStatus",
        "formReturnReason",
      ],
    },
  ],
  fields: {
    name: { label: "姓名", type: "string", max: 20, required: true, search: true, sort: true, list: true },
    gender: { label: "性别", type: "enum", options: GENDERS, required: true, filter: true, list: true },
    // Not a column: the photo is an attachment of the trainee (档案, kind traineePhoto), never in a list
    // row nor a record; the form and the record page show it from the archive (admin/src/trainees/).
    photo: { label: "照片", type: "text", virtual: true, export: false, help: "JPG 或 PNG，2MB 以内，存入学员档案" },
    politicalStatus: { label: "政治面貌", type: "enum", options: POLITICAL_STATUSES, filter: true },
    ethnicity: { label: "民族", type: "enum", options: ETHNICITIES, default: "01", filter: true },
    idNumber: {
      label: "身份证号码",
      type: "string",
      max: 18,
      required: true,
      rule: "idNumber",
      filter: true,
      // Searched by `q` (e.g. its last digits) only for roles that see it in full: never for a masked reader.
      search: true,
      personal: "identity",
      list: true,
    },
    mobile: { label: "手机", type: "string", max: 20, required: true, rule: "mobile", personal: "contact", list: true },
    email: { label: "电子邮件", type: "string", max: 100, rule: "email" },
    title: { label: "现任职务", type: "string", max: 50, required: true, list: true },
    managementYears: { label: "管理经验年限", type: "int", min: 0, max: 60 },
    address: { label: "通讯地址", type: "string", max: 200 },
    education: {
      label: "教育背景（最高学历）",
      type: "rows",
      of: {
        school: { label: "毕业院校", type: "string", required: true, max: 100 },
        period: { label: "起止时间", type: "string", max: 40 },
        major: { label: "专业", type: "string", max: 50 },
        degree: { label: "学历/学位", type: "string", max: 30 },
      },
    },
    socialRoles: {
      label: "社会职务",
      type: "rows",
      of: {
        organisation: { label: "团体", type: "string", required: true, max: 100 },
        since: { label: "参加时间", type: "string", max: 20 },
        role: { label: "职务", type: "string", max: 50 },
      },
    },
    honours: { label: "个人荣誉和奖励", type: "text", max: 2000 },
    enterpriseId: ENTERPRISE_REF,
    roundId: ROUND_FIELD,
    year: ROUND_YEAR,
    intendedClass: {
      label: "意向参加培训班次",
      type: "enum",
      options: CLASS_KINDS,
      required: true,
      filter: true,
      list: true,
    },
    classId: { label: "录取班次", type: "ref", ref: "trainingClasses", filter: true, sort: true, list: true },
    admissionStatus: {
      label: "录取状态",
      type: "enum",
      options: ADMISSION_STATUSES,
      required: true,
      default: "applied",
      filter: true,
      sort: true,
      list: true,
    },
    admissionNoticeNo: {
      label: "录取通知书编号",
      type: "string",
      max: 30,
      unique: true,
      readOnly: true,
      help: "录取时自动编号",
    },
    certificateNo: {
      label: "结业证书编号",
      type: "string",
      max: 30,
      unique: true,
      readOnly: true,
      filter: true,
      help: "结业时由培训单位颁发",
    },
    ...FORM_REVIEW_FIELDS,
  },
  check: (r, today) => {
    const e: Record<string, string> = {};
    if (r.idNumber && !idNumberProblem(r.idNumber, today)) {
      if (r.gender && idGender(r.idNumber) !== r.gender) e.gender = "性别与身份证号码第17位不符";
      const age = Number(today.slice(0, 4)) - Number(idBirthDate(r.idNumber).slice(0, 4));
      if (age < 18) e.idNumber = "学员须年满18周岁，请核对出生日期";
    }
    if (r.admissionStatus === "admitted" && !r.classId) e.classId = "已录取的学员请选择录取班次";
    if (r.photo != null && r.photo !== "") e.photo = "照片不随记录保存，请在学员页面的“照片”处上传（存入档案）";
    return e;
  },
});

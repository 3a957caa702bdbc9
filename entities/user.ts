import { defineResource, options } from "./describe";

export const ROLES = options({
  province: "省经信厅",
  city: "市州经信局",
  provider: "承担单位",
  viewer: "只读用户",
  enterprise: "企业",
});
export const SERVICES = options({
  training: "人才培训",
  quality: "质量诊断",
  management: "管理诊断",
  tech: "技术创新服务",
});
export const MIN_PASSWORD_LENGTH = 10;

/** Whether a password is strong enough: length, and letters with digits. */
export const passwordProblem = (p: string) =>
  p.length < MIN_PASSWORD_LENGTH
    ? `密码至少 ${MIN_PASSWORD_LENGTH} 位`
    : !/[A-Za-z]/.test(p) || !/\d/.test(p)
      ? "密码须同时包含字母和数字"
      : null;

/** An account of the department, a city bureau, a service provider or a read-only user. */
export const user = defineResource({
  key: "users",
  entity: "User",
  table: "app_user",
  label: "用户",
  title: "displayName",
  defaultSort: ["username", "ASC"],
  fields: {
    username: {
      label: "用户名",
      type: "string",
      min: 3,
      max: 40,
      required: true,
      unique: true,
      search: true,
      sort: true,
      list: true,
      help: "字母、数字、点、下划线或连字符",
    },
    displayName: { label: "姓名或单位", type: "string", max: 50, required: true, search: true, sort: true, list: true },
    role: { label: "角色", type: "enum", options: ROLES, required: true, filter: true, sort: true, list: true },
    cityId: { label: "所属市州", type: "ref", ref: "cities", filter: true, list: true, help: "市州经信局用户必填" },
    enterpriseId: {
      label: "所属企业",
      type: "ref",
      ref: "enterprises",
      filter: true,
      list: true,
      help: "企业用户必填：只能填写本企业的报名表",
    },
    services: {
      label: "承担服务",
      type: "enums",
      options: SERVICES,
      filter: true,
      list: true,
      help: "承担单位用户必填",
    },
    email: {
      label: "电子邮箱",
      type: "string",
      max: 100,
      rule: "email",
      help: "站内消息同时发到此邮箱（服务器配置了邮件服务时）",
    },
    active: { label: "启用", type: "boolean", default: true, filter: true, list: true },
    password: {
      label: "新密码",
      type: "string",
      max: 200,
      virtual: true,
      export: false,
      help: "新建时必填；留空则不修改",
    },
    passwordHash: { label: "密码摘要", type: "string", max: 200, hidden: true, export: false },
    lastLoginAt: { label: "最近登录", type: "datetime", max: 30, readOnly: true, sort: true, list: true },
  },
  check: (r) => {
    const e: Record<string, string> = {};
    if (r.username && !/^[A-Za-z0-9._-]+$/.test(r.username))
      e.username = "用户名只能包含字母、数字、点、下划线或连字符";
    if (r.role === "city" && !r.cityId) e.cityId = "市州经信局用户请选择所属市州";
    if (r.role !== "city" && r.cityId) e.cityId = "只有市州经信局用户属于某个市州";
    if (r.role === "enterprise" && !r.enterpriseId) e.enterpriseId = "企业用户请选择所属企业";
    if (r.role !== "enterprise" && r.enterpriseId) e.enterpriseId = "只有企业用户属于某家企业";
    if (r.role === "provider" && !r.services?.length) e.services = "承担单位用户请选择承担的服务";
    if (r.role !== "provider" && r.services?.length) e.services = "只有承担单位用户需要选择服务";
    if (r.password) {
      const p = passwordProblem(r.password);
      if (p) e.password = p;
    } else if (!r.id) e.password = "新建账号请设置密码";
    return e;
  },
});

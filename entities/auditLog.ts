import { defineResource, options, type Option } from "./describe";

export const AUDIT_ACTIONS = options({
  create: "新建",
  update: "修改",
  delete: "删除",
  bulkUpdate: "批量修改",
  bulkDelete: "批量删除",
  export: "导出",
  lookup: "按个人信息精确查询",
  import: "导入",
  selection: "遴选",
  login: "登录",
  loginFailed: "登录失败",
  logout: "退出",
  passwordChange: "修改密码",
  invite: "邀请企业",
  acceptInvitation: "接受邀请",
  submitForms: "提交报名表",
  reviewForm: "审核报名表",
});

/** Who did what, when, to which records, with the changed fields before → after. Written by the server only. */
export const auditLog = defineResource({
  key: "auditLogs",
  entity: "AuditLog",
  table: "audit_log",
  label: "操作日志",
  title: "id",
  name: (r) => `操作日志 ${r.id}`,
  readOnlyResource: true,
  defaultSort: ["id", "DESC"],
  fields: {
    at: { label: "时间", type: "datetime", max: 30, required: true, filter: true, sort: true, list: true },
    userId: { label: "用户", type: "ref", ref: "users", filter: true, list: true },
    username: { label: "用户名", type: "string", max: 40, search: true, filter: true, list: true },
    action: {
      label: "操作",
      type: "enum",
      options: AUDIT_ACTIONS,
      required: true,
      filter: true,
      sort: true,
      list: true,
    },
    resource: { label: "对象", type: "enum", options: [] as Option[], filter: true, sort: true, list: true },
    recordIds: { label: "记录编号", type: "refs", filter: true, list: true },
    changes: {
      label: "变更内容（修改前 → 修改后）",
      type: "rows",
      of: {
        id: { label: "记录编号", type: "int" },
        field: { label: "字段", type: "string" },
        before: { label: "修改前", type: "text" },
        after: { label: "修改后", type: "text" },
      },
    },
    summary: { label: "说明", type: "text", max: 2000, search: true, list: true },
    ip: { label: "来源地址", type: "string", max: 60 },
  },
});

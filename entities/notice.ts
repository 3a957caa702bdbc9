import { beijingDateTime } from "./dates";
import { defineResource, options } from "./describe";
import { optionValues } from "./options";

const KIND_LABELS = {
  returned: "推荐被退回",
  approved: "推荐已通过",
  deadline7: "推荐截止前 7 天",
  deadline1: "推荐截止前 1 天",
  diagnosisScheduled: "诊断已排期",
  selectionCommitted: "遴选结果已确定",
  loginAttack: "账号被反复尝试登录",
  formsSubmitted: "企业提交报名表",
  formReturned: "报名表被退回",
  formApproved: "报名表已通过",
};
export const NOTICE_KINDS = options(KIND_LABELS);
export const NOTICE_KIND = optionValues(KIND_LABELS);
export type NoticeKind = keyof typeof KIND_LABELS;

/**
 * 站内消息: what the programme's events tell each user (a returned nomination, a deadline coming, a
 * diagnosis scheduled, the selection's result). Written by the server only, in the event's transaction;
 * each user reads only their own and marks them read (POST /api/notices/{id}/read, /api/notices/read-all).
 */
export const notice = defineResource({
  key: "notices",
  entity: "Notice",
  table: "notice",
  label: "站内消息",
  title: "title",
  defaultSort: ["id", "DESC"],
  readOnlyResource: true,
  indexes: [["userId", "read"]],
  fields: {
    /** Never shown nor written through the API: a user only ever sees their own. */
    userId: { label: "接收人", type: "ref", ref: "users", required: true, hidden: true, export: false },
    kind: { label: "类别", type: "enum", options: NOTICE_KINDS, required: true, filter: true, sort: true, list: true },
    title: { label: "标题", type: "string", max: 200, required: true, list: true },
    body: { label: "内容", type: "text", max: 2000, list: true },
    link: {
      label: "相关页面",
      type: "string",
      max: 300,
      export: false,
      help: "管理界面中的地址，如 #/registrations/5/show",
    },
    read: { label: "已读", type: "boolean", default: false, filter: true, sort: true, list: true },
    /** One event's notice to one user, once: a repeated insert with the same key is ignored. */
    dedupeKey: { label: "去重键", type: "string", max: 200, unique: true, hidden: true, export: false },
  },
  computed: {
    sentAt: { label: "时间", type: "string", compute: (r) => (r.createdAt ? beijingDateTime(r.createdAt) : "") },
  },
});

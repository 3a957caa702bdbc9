import { defineResource, options, ENTERPRISE_REF } from "./describe";

export const FOLLOW_UP_SERVICES = options({
  training: "人才培训",
  quality: "质量诊断",
  management: "管理诊断",
  tech: "技术创新服务",
  finance: "金融支持政策对接",
  other: "其他",
});

/** 跟踪服务: what was done for an enterprise after a service, and what comes next. */
export const followUp = defineResource({
  undoable: true,
  key: "followUps",
  entity: "FollowUp",
  table: "follow_up",
  label: "跟踪服务",
  title: "content",
  enterpriseKey: "enterpriseId",
  defaultSort: ["date", "DESC"],
  fields: {
    enterpriseId: ENTERPRISE_REF,
    date: { label: "日期", type: "date", required: true, filter: true, sort: true, list: true },
    service: {
      label: "服务类别",
      type: "enum",
      options: FOLLOW_UP_SERVICES,
      required: true,
      filter: true,
      sort: true,
      list: true,
    },
    content: { label: "服务内容", type: "text", max: 2000, required: true, search: true, list: true },
    nextStep: { label: "下一步安排", type: "text", max: 1000, list: true },
    staff: { label: "经办人", type: "string", max: 30, search: true },
  },
});

import { defineResource, options, ENTERPRISE_REF } from "./describe";
import { ROUND_FIELD, ROUND_YEAR } from "./round";
import { optionValues, PROJECT_SERVICES } from "./options";

const PROJECT_STATUS_LABELS = {
  planned: "待启动",
  inProgress: "实施中",
  completed: "已完成",
  terminated: "已终止",
};
export const PROJECT_STATUSES = options(PROJECT_STATUS_LABELS);
export const PROJECT_STATUS = optionValues(PROJECT_STATUS_LABELS);

/** One of the 16 demands chosen (择优遴选), followed up to completion. */
export const selectedProject = defineResource({
  key: "selectedProjects",
  entity: "SelectedProject",
  table: "selected_project",
  label: "遴选项目",
  title: "name",
  enterpriseKey: "enterpriseId",
  defaultSort: ["rank", "ASC"],
  archive: true,
  fields: {
    name: { label: "项目名称", type: "string", max: 100, required: true, search: true, sort: true, list: true },
    demandId: {
      label: "技术创新需求",
      type: "ref",
      ref: "techDemands",
      required: true,
      unique: true,
      filter: true,
    },
    enterpriseId: ENTERPRISE_REF,
    roundId: ROUND_FIELD,
    year: ROUND_YEAR,
    rank: { label: "遴选排名", type: "int", min: 1, max: 1000, sort: true, list: true },
    score: { label: "评审得分", type: "number", min: 0, max: 100, sort: true, list: true },
    services: { label: "服务内容", type: "enums", options: PROJECT_SERVICES, required: true, filter: true, list: true },
    status: {
      label: "状态",
      type: "enum",
      options: PROJECT_STATUSES,
      required: true,
      default: PROJECT_STATUS.planned,
      filter: true,
      sort: true,
      list: true,
    },
    progress: { label: "进度（%）", type: "int", min: 0, max: 100, default: 0, sort: true, list: true },
    milestones: {
      label: "里程碑",
      type: "rows",
      of: {
        name: { label: "节点", type: "string", required: true, max: 100 },
        dueDate: { label: "计划日期", type: "date" },
        doneDate: { label: "完成日期", type: "date" },
        note: { label: "说明", type: "string", max: 200 },
      },
    },
    startDate: { label: "启动日期", type: "date", sort: true },
    endDate: { label: "完成日期", type: "date", sort: true },
    outcome: { label: "成效", type: "text", max: 5000 },
  },
  check: (r) => {
    const e: Record<string, string> = {};
    if (r.status === PROJECT_STATUS.completed && r.progress !== 100) e.progress = "已完成的项目进度应为 100%";
    if (r.startDate && r.endDate && r.endDate < r.startDate) e.endDate = "完成日期不能早于启动日期";
    return e;
  },
});

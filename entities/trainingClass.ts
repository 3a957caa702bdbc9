import { defineResource, options } from "./describe";
import { ROUND_FIELD, ROUND_YEAR } from "./round";
import { CLASS_KINDS, INDUSTRY_TRACKS } from "./options";

export const CLASS_STATUSES = options({ planned: "筹备中", ongoing: "进行中", finished: "已结业" });

export const trainingClass = defineResource({
  key: "trainingClasses",
  entity: "TrainingClass",
  table: "training_class",
  label: "培训班",
  title: "name",
  uniques: [{ fields: ["name", "roundId"], message: "本批次已有同名班次" }],
  defaultSort: ["startDate", "ASC"],
  fields: {
    name: {
      label: "班次名称",
      type: "string",
      max: 50,
      required: true,
      search: true,
      sort: true,
      list: true,
    },
    kind: {
      label: "班次类型",
      type: "enum",
      options: CLASS_KINDS,
      required: true,
      filter: true,
      sort: true,
      list: true,
    },
    tracks: {
      label: "行业方向",
      type: "enums",
      options: INDUSTRY_TRACKS,
      filter: true,
      list: true,
      help: "行业班填写",
    },
    roundId: ROUND_FIELD,
    year: ROUND_YEAR,
    provider: { label: "承担单位", type: "string", max: 50, required: true, default: "华中科技大学", list: true },
    startDate: { label: "开班日期", type: "date", required: true, filter: true, sort: true, list: true },
    endDate: { label: "结业日期", type: "date", required: true, filter: true, sort: true, list: true },
    sessionCount: { label: "集中培训次数", type: "int", min: 1, max: 24, required: true, default: 6 },
    daysPerSession: { label: "每次天数", type: "int", min: 1, max: 10, required: true, default: 3 },
    capacity: { label: "容量（企业数）", type: "int", min: 1, max: 1000, required: true, list: true },
    location: { label: "培训地点", type: "string", max: 100 },
    status: {
      label: "状态",
      type: "enum",
      options: CLASS_STATUSES,
      required: true,
      default: "planned",
      filter: true,
      sort: true,
      list: true,
    },
    remark: { label: "备注", type: "text", max: 500 },
  },
  check: (r) => {
    const e: Record<string, string> = {};
    if (r.startDate && r.endDate && r.endDate < r.startDate) e.endDate = "结业日期不能早于开班日期";
    if (r.kind === "industry" && !r.tracks?.length) e.tracks = "行业班请选择行业方向";
    if (r.kind !== "industry" && r.tracks?.length) e.tracks = "综合班无需选择行业方向";
    return e;
  },
});

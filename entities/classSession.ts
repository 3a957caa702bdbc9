import { defineResource } from "./describe";

export const MAX_SESSION_DAYS = 10;

/** One monthly, three-day session of a class. */
export const classSession = defineResource({
  key: "classSessions",
  entity: "ClassSession",
  table: "class_session",
  label: "培训课次",
  title: "topic",
  name: (r) => `第${r.seq}次：${r.topic}`,
  defaultSort: ["startDate", "ASC"],
  uniques: [{ fields: ["classId", "seq"], message: "该班次已有同序号的课次" }],
  fields: {
    classId: {
      label: "培训班",
      type: "ref",
      ref: "trainingClasses",
      required: true,
      filter: true,
      sort: true,
      list: true,
    },
    seq: { label: "第几次", type: "int", min: 1, max: 24, required: true, sort: true, list: true },
    startDate: { label: "开始日期", type: "date", required: true, filter: true, sort: true, list: true },
    endDate: { label: "结束日期", type: "date", required: true, filter: true, sort: true, list: true },
    topic: { label: "专题", type: "string", max: 100, required: true, search: true, list: true },
    location: { label: "地点", type: "string", max: 100, list: true },
  },
  check: (r): Record<string, string> => {
    if (!r.startDate || !r.endDate) return {};
    if (r.endDate < r.startDate) return { endDate: "结束日期不能早于开始日期" };
    const days = (Date.parse(r.endDate) - Date.parse(r.startDate)) / 86_400_000 + 1;
    return days > MAX_SESSION_DAYS ? { endDate: `一次集中培训最多 ${MAX_SESSION_DAYS} 天` } : {};
  },
});

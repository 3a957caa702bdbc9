import { defineResource, options } from "./describe";
import { optionValues } from "./options";

const ATTENDANCE_LABELS = { present: "出勤", leave: "请假", absent: "缺勤" };
export const ATTENDANCE_STATUSES = options(ATTENDANCE_LABELS);
export const ATTENDANCE_STATUS = optionValues(ATTENDANCE_LABELS);

/** Attendance of one trainee on one day of a session. */
export const attendance = defineResource({
  key: "attendances",
  entity: "Attendance",
  table: "attendance",
  label: "考勤",
  title: "date",
  defaultSort: ["date", "DESC"],
  uniques: [{ fields: ["traineeId", "date"], message: "该学员当天已有考勤记录" }],
  fields: {
    sessionId: {
      label: "课次",
      type: "ref",
      ref: "classSessions",
      required: true,
      filter: true,
      sort: true,
      list: true,
    },
    traineeId: { label: "学员", type: "ref", ref: "trainees", required: true, filter: true, sort: true, list: true },
    date: { label: "日期", type: "date", required: true, filter: true, sort: true, list: true },
    status: {
      label: "考勤",
      type: "enum",
      options: ATTENDANCE_STATUSES,
      required: true,
      default: "present",
      filter: true,
      sort: true,
      list: true,
    },
    note: { label: "说明", type: "string", max: 200 },
  },
});

// 择优遴选: choosing the best demands as projects — the parameters, the documented order, the round.
import { defineResource, options } from "./describe";
import { optionValues } from "./options";

export const SELECTION_DEFAULTS = { count: 16, minReviews: 2 };
/** The documented order, so the same inputs always give the same projects. */
export const TIE_BREAK_RULE =
  "按评审得分从高到低排序；得分相同时，有效评审数多者优先；仍相同时，提交在先（编号小）者优先";
/** A demand's categories become a project's services (概念验证 is served as 技术研发). */
export const CATEGORY_SERVICE: Record<string, string> = {
  rnd: "rnd",
  concept: "rnd",
  pilot: "pilot",
  testing: "testing",
  transfer: "transfer",
  ip: "ip",
};

// The selection's request and answer are described with the other API answers in api.ts.
export type { RankedDemand, SelectionParams, SelectionPin, SelectionResult } from "./api";

const ROUND_STATUS_LABELS = { open: "未锁定", locked: "已锁定" };
export const ROUND_STATUSES = options(ROUND_STATUS_LABELS);
export const ROUND_STATUS = optionValues(ROUND_STATUS_LABELS);

/** One selection per 培育批次: locked once committed, reopened only with a reason. Server-kept. */
export const selectionRound = defineResource({
  key: "selectionRounds",
  entity: "SelectionRound",
  table: "selection_round",
  label: "遴选轮次",
  title: "roundId",
  fields: {
    roundId: { label: "培育批次", type: "ref", ref: "rounds", required: true, unique: true },
    year: { label: "年度", type: "int", required: true },
    status: { label: "状态", type: "enum", options: ROUND_STATUSES, required: true, default: ROUND_STATUS.open },
    params: { label: "遴选参数", type: "rows", of: {} },
    lockedAt: { label: "锁定时间", type: "string", max: 30 },
    lockedBy: { label: "锁定人", type: "string", max: 40 },
    reopenReason: { label: "重新开启原因", type: "text", max: 1000 },
  },
});

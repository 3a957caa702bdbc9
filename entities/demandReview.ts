import { defineResource } from "./describe";
import { ROUND_FIELD } from "./round";

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A review's total: the mean of its scores weighted by the criteria's weights (criterion id → weight). */
export function weightedScore(
  scores: { criterionId: number; score: number }[],
  weights: Map<number, number>,
): number | null {
  let sum = 0;
  let total = 0;
  for (const s of scores) {
    sum += s.score * (weights.get(s.criterionId) ?? 0);
    total += weights.get(s.criterionId) ?? 0;
  }
  return total ? round2(sum / total) : null;
}

/** A demand's score: the mean of its non-recused reviews' totals. */
export const demandScore = (totals: number[]) =>
  totals.length ? round2(totals.reduce((a, b) => a + b, 0) / totals.length) : null;

/** One expert's review of one demand, scored on the review criteria; or a recusal (回避). */
export const demandReview = defineResource({
  key: "demandReviews",
  entity: "DemandReview",
  table: "demand_review",
  label: "需求评审",
  title: "reviewerName",
  defaultSort: ["id", "DESC"],
  uniques: [{ fields: ["demandId", "reviewerName"], message: "该专家已评审过此需求" }],
  fields: {
    demandId: {
      label: "技术创新需求",
      type: "ref",
      ref: "techDemands",
      required: true,
      filter: true,
      sort: true,
      list: true,
    },
    roundId: ROUND_FIELD,
    reviewerName: {
      label: "评审专家",
      type: "string",
      max: 20,
      required: true,
      search: true,
      filter: true,
      sort: true,
      list: true,
    },
    reviewerOrg: { label: "专家单位", type: "string", max: 100, list: true },
    recused: { label: "回避", type: "boolean", default: false, filter: true, list: true },
    recusalReason: { label: "回避原因", type: "string", max: 200 },
    scores: {
      label: "各指标得分",
      type: "rows",
      of: {
        criterionId: { label: "评审指标", type: "ref", ref: "reviewCriteria", required: true },
        score: { label: "得分（0-100）", type: "number", min: 0, max: 100, required: true },
      },
    },
    totalScore: { label: "加权得分", type: "number", readOnly: true, sort: true, filter: true, list: true },
    comment: { label: "评审意见", type: "text", max: 2000 },
    reviewedAt: { label: "评审日期", type: "date", required: true, filter: true, sort: true, list: true },
  },
  check: (r) => {
    const e: Record<string, string> = {};
    if (r.recused && !r.recusalReason) e.recusalReason = "回避请说明原因";
    if (r.recused && r.scores?.length) e.scores = "回避的专家不评分";
    if (!r.recused && !r.scores?.length) e.scores = "请填写各指标得分";
    const ids = (r.scores ?? []).map((s: { criterionId: number }) => s.criterionId);
    if (new Set(ids).size !== ids.length) e.scores = "同一指标只能评分一次";
    return e;
  },
});

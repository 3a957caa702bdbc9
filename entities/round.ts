// 培育批次: one notice's round of the programme (2025 年第一批, 第二批, 2026 年 …) with its own rules and
// targets. Nominations, classes, trainees, diagnoses, demands, reviews, the selection and its projects
// belong to a round; what counts (quota, two trainees per enterprise, one nomination, the lock) counts
// within it. The department keeps them; everyone reads them (the app bar's round).
import { defineResource, options, type Field } from "./describe";
import { optionValues } from "./options";

const ROUND_STATUS_LABELS = { preparing: "筹备", active: "进行中", closed: "已结束" };
export const ROUND_STATUSES = options(ROUND_STATUS_LABELS);
export const ROUND_STATUS = optionValues(ROUND_STATUS_LABELS);

const ROUNDING_LABELS = { ceil: "向上取整", round: "四舍五入", floor: "向下取整" };
export const QUOTA_ROUNDINGS = options(ROUNDING_LABELS);

/** A round's settings that its rules read (the rest of the record is its name and notice). */
export interface RoundRules {
  id: number;
  year: number;
  batch: number;
  name: string;
  status: string;
  quotaRatio: number;
  quotaRounding: string;
  deadline: string;
  cityDeadlines?: { cityId: number; deadline: string }[] | null;
  attendanceThreshold: number;
  trainingShare: number;
  qualityDiagnoses: number;
  managementDiagnoses: number;
  techDemands: number;
  selectedProjects: number;
}

/** The notice's round, 2025 年第一批, as the first migration made it from the notice (and seeds and tests use it). */
export const NOTICE_ROUND = {
  id: 1,
  name: "2025 年第一批",
  year: 2025,
  batch: 1,
  status: "active",
  quotaRatio: 30,
  quotaRounding: "ceil",
  deadline: "2025-06-25",
  attendanceThreshold: 90,
  trainingShare: 30,
  qualityDiagnoses: 200,
  managementDiagnoses: 100,
  techDemands: 100,
  selectedProjects: 16,
} as const satisfies RoundRules;

/** A city's quota in a round: its valid little giants × the round's ratio, rounded as the notice says. */
export function roundQuota(
  round: Pick<RoundRules, "quotaRatio" | "quotaRounding">,
  validGiants: number | null | undefined,
) {
  // In hundredths, so 30% of 7 is 2.1 exactly, not 2.0999….
  const hundredths = (validGiants ?? 0) * Math.round(round.quotaRatio * 100);
  const exact = hundredths / 10000;
  const quota =
    round.quotaRounding === "floor"
      ? Math.floor(exact + 1e-9)
      : round.quotaRounding === "round"
        ? Math.round(exact + 1e-9)
        : Math.ceil(exact - 1e-9);
  return Math.max(0, quota);
}

/**
 * The current round among `rounds`: the latest (by year, then batch) 进行中, else the latest that is not
 * 筹备, else the latest. The server's default round and the app bar's both come from here.
 */
export function currentOf<R extends Pick<RoundRules, "year" | "batch" | "status">>(
  rounds: readonly R[],
): R | undefined {
  const latest = [...rounds].sort((a, b) => b.year - a.year || b.batch - a.batch);
  return (
    latest.find((r) => r.status === ROUND_STATUS.active) ??
    latest.find((r) => r.status !== ROUND_STATUS.preparing) ??
    latest[0]
  );
}

/** How the quota is worked out, as the pages and papers say it. */
export const quotaRule = (round: Pick<RoundRules, "quotaRatio" | "quotaRounding">) =>
  `名额 = 有效期内小巨人企业数 × ${round.quotaRatio}%，${QUOTA_ROUNDINGS.find((o) => o.value === round.quotaRounding)?.label ?? "向上取整"}`;

/** A city's nomination deadline in a round: its own if the round gives one, else the round's. */
export const cityDeadline = (round: Pick<RoundRules, "deadline" | "cityDeadlines">, cityId: number) =>
  round.cityDeadlines?.find((d) => Number(d.cityId) === Number(cityId))?.deadline || round.deadline;

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** A batch as the notices name it: 第一批, 第二批 … 第十二批. */
export const batchName = (n: number) => `第${n <= 10 ? NUMERALS[n] : n < 20 ? `十${NUMERALS[n - 10]}` : String(n)}批`;

/** The round's name as the notices write it: 2025 年第一批. */
export const roundName = (year: number, batch: number) => `${year} 年${batchName(batch)}`;

const percent = (label: string, dflt: number, help?: string): Field => ({
  label,
  type: "number",
  min: 0,
  max: 100,
  required: true,
  default: dflt,
  help,
});
const target = (label: string, dflt: number): Field => ({
  label,
  type: "int",
  min: 0,
  max: 100000,
  required: true,
  default: dflt,
});

export const round = defineResource({
  key: "rounds",
  entity: "Round",
  table: "round",
  label: "培育批次",
  title: "name",
  defaultSort: ["year", "DESC"],
  uniques: [{ fields: ["year", "batch"], message: "该年度已有同一批次" }],
  fields: {
    name: {
      label: "批次名称",
      type: "string",
      max: 40,
      required: true,
      unique: true,
      search: true,
      sort: true,
      list: true,
      help: "如：2025 年第一批",
    },
    year: { label: "年度", type: "int", min: 2020, max: 2100, required: true, filter: true, sort: true, list: true },
    batch: {
      label: "批次",
      type: "int",
      min: 1,
      max: 20,
      required: true,
      default: 1,
      sort: true,
      list: true,
      help: "首批为 1",
    },
    status: {
      label: "状态",
      type: "enum",
      options: ROUND_STATUSES,
      required: true,
      default: ROUND_STATUS.preparing,
      filter: true,
      sort: true,
      list: true,
      help: "已结束的批次只有省厅可以修改",
    },
    noticeNo: { label: "通知文号", type: "string", max: 60, list: true },
    noticeDate: { label: "通知日期", type: "date", sort: true },
    quotaRatio: percent("推荐名额比例（%）", 30, "市州名额 = 有效期内小巨人企业数 × 比例"),
    quotaRounding: {
      label: "名额取整方式",
      type: "enum",
      options: QUOTA_ROUNDINGS,
      required: true,
      default: "ceil",
    },
    deadline: { label: "推荐截止日期", type: "date", required: true, list: true, help: "各市州未单独设置时的截止日期" },
    cityDeadlines: {
      label: "市州单独截止日期",
      type: "rows",
      of: {
        cityId: { label: "市州", type: "ref", ref: "cities", required: true },
        deadline: { label: "截止日期", type: "date", required: true },
      },
    },
    attendanceThreshold: percent("结业证书出勤率要求（%）", 90),
    trainingShare: percent("培训覆盖目标（%）", 30, "培训学员覆盖有效期内小巨人企业的比例"),
    qualityDiagnoses: target("质量诊断目标（家）", 200),
    managementDiagnoses: target("管理诊断目标（家）", 100),
    techDemands: target("技术创新需求目标（项）", 100),
    selectedProjects: target("遴选项目数", 16),
  },
  sections: [
    { title: "批次", fields: ["name", "year", "batch", "status", "noticeNo", "noticeDate"] },
    { title: "推荐名额与截止日期", fields: ["quotaRatio", "quotaRounding", "deadline", "cityDeadlines"] },
    {
      title: "培训与目标",
      fields: [
        "attendanceThreshold",
        "trainingShare",
        "qualityDiagnoses",
        "managementDiagnoses",
        "techDemands",
        "selectedProjects",
      ],
    },
  ],
  check: (r) => {
    const e: Record<string, string> = {};
    const seen = new Set<number>();
    for (const d of r.cityDeadlines ?? []) {
      if (seen.has(Number(d?.cityId))) e.cityDeadlines = "同一市州只能设置一个截止日期";
      seen.add(Number(d?.cityId));
    }
    if (r.year && r.noticeDate && Number(String(r.noticeDate).slice(0, 4)) > r.year + 1)
      e.noticeDate = "通知日期与批次年度不符";
    return e;
  },
});

/**
 * A record's round (培育批次): the resources whose records belong to one have it, and their lists are of the
 * app bar's round. Set by the server (the round a new record's request names; never changed after).
 */
export const ROUND_FIELD: Readonly<Field> = Object.freeze({
  label: "培育批次",
  type: "ref",
  ref: "rounds",
  required: true,
  readOnly: true,
  filter: true,
  export: false,
} as const);

/** A record's year: its round's, set by the server on every write (lists and papers show 年度). */
export const ROUND_YEAR: Readonly<Field> = Object.freeze({
  label: "年度",
  type: "int",
  required: true,
  default: 2025,
  readOnly: true,
  filter: true,
  sort: true,
} as const);

/** A registration's batch: its round's, set by the server. */
export const ROUND_BATCH: Readonly<Field> = Object.freeze({
  label: "批次",
  type: "int",
  required: true,
  default: 1,
  readOnly: true,
  filter: true,
} as const);

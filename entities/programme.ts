// The 2025 first batch's figures from the notice, shared by the dashboard and the reports.
export const PROGRAMME_YEAR = 2025;
/** 第一批: nominations count against the quota within one year and batch. */
export const PROGRAMME_BATCH = 1;

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** A batch as the notices name it: 第一批, 第二批 … 第十二批. */
export const batchName = (n: number) => `第${n <= 10 ? NUMERALS[n] : n < 20 ? `十${NUMERALS[n - 10]}` : String(n)}批`;
export const TARGETS = {
  /** Trainees from at least 30% of the province's valid little giants. */
  trainingShare: 0.3,
  qualityDiagnoses: 200,
  managementDiagnoses: 100,
  techDemands: 100,
  selectedProjects: 16,
} as const;

// The dashboard's answer (ProgrammeProgress, CityProgress) is described with the other API answers in api.ts.

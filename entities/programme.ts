// The 2025 first batch's figures from the notice, shared by the dashboard and the reports.
export const PROGRAMME_YEAR = 2025;
/** 第一批: nominations count against the quota within one year and batch. */
export const PROGRAMME_BATCH = 1;
export const TARGETS = {
  /** Trainees from at least 30% of the province's valid little giants. */
  trainingShare: 0.3,
  qualityDiagnoses: 200,
  managementDiagnoses: 100,
  techDemands: 100,
  selectedProjects: 16,
} as const;

// The dashboard's answer (ProgrammeProgress, CityProgress) is described with the other API answers in api.ts.

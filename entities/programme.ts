// The 2025 first batch's figures from the notice, shared by the dashboard and the reports.
export const PROGRAMME_YEAR = 2025;
export const TARGETS = {
  /** Trainees from at least 30% of the province's valid little giants. */
  trainingShare: 0.3,
  qualityDiagnoses: 200,
  managementDiagnoses: 100,
  techDemands: 100,
  selectedProjects: 16,
} as const;

/** One city's figures on the dashboard and in the province's summary. */
export interface CityProgress {
  id: number;
  code: string;
  name: string;
  validGiants: number;
  quota: number;
  nominated: number;
  approved: number;
  returned: number;
  trainedEnterprises: number;
  trainees: number;
  qualityDiagnoses: number;
  managementDiagnoses: number;
  techDemands: number;
  selectedProjects: number;
}

export type ProgressFigure = Exclude<keyof CityProgress, "id" | "code" | "name">;

/** GET /api/dashboard. */
export interface ProgrammeProgress {
  year: number;
  totals: Record<ProgressFigure, number>;
  targets: {
    trainedEnterprises: number;
    qualityDiagnoses: number;
    managementDiagnoses: number;
    techDemands: number;
    selectedProjects: number;
  };
  reportsDelivered: number;
  cities: CityProgress[];
  /** Diagnoses counted by kind, provider and status: each provider's progress. */
  diagnoses: { kind: string; provider: string; status: string; count: number }[];
}

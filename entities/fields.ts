// The browser-safe registry: resource key → description. The admin imports this, never typeorm.
import { attendance } from "./attendance";
import { city } from "./city";
import { classSession } from "./classSession";
import { demandReview } from "./demandReview";
import type { ResourceDescription } from "./describe";
import { diagnosisDimension, diagnostic, maturityLevel } from "./diagnostic";
import { enterprise } from "./enterprise";
import { registration } from "./registration";
import { selectedProject } from "./selectedProject";
import { reviewCriterion, techDemand } from "./techDemand";
import { trainee } from "./trainee";
import { trainingClass } from "./trainingClass";

export const resources: ResourceDescription[] = [
  city, enterprise, registration, trainee, trainingClass, classSession, attendance,
  diagnostic, diagnosisDimension, maturityLevel, techDemand, reviewCriterion, demandReview, selectedProject,
];

export const resourceByKey: Record<string, ResourceDescription> = Object.fromEntries(resources.map((r) => [r.key, r]));

export type { Field, FieldType, Option, ResourceDescription, RowField } from "./describe";

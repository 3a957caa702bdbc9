// The browser-safe registry: resource key → description. The admin imports this, never typeorm.
import { attendance } from "./attendance";
import { auditLog } from "./auditLog";
import { city } from "./city";
import { classSession } from "./classSession";
import { customField, NOT_CUSTOMIZABLE } from "./customField";
import { demandReview } from "./demandReview";
import type { ResourceDescription } from "./describe";
import { diagnosisDimension, diagnostic, maturityLevel } from "./diagnostic";
import { enterprise } from "./enterprise";
import { followUp } from "./followUp";
import { notice } from "./notice";
import { registration } from "./registration";
import { round } from "./round";
import { selectedProject } from "./selectedProject";
import { reviewCriterion, techDemand } from "./techDemand";
import { trainee } from "./trainee";
import { trainingClass } from "./trainingClass";
import { user } from "./user";

export const resources: ResourceDescription[] = [
  round,
  city,
  enterprise,
  registration,
  followUp,
  trainee,
  trainingClass,
  classSession,
  attendance,
  diagnostic,
  diagnosisDimension,
  maturityLevel,
  techDemand,
  reviewCriterion,
  demandReview,
  selectedProject,
  user,
  auditLog,
  notice,
  customField,
];

// The audit log names resources by their Chinese names.
auditLog.fields.resource.options = resources.map((r) => ({ value: r.key, label: r.label }));

// Custom fields may be added to these resources (and may refer to any of the described resources).
export const customizable = resources.filter((r) => !NOT_CUSTOMIZABLE.includes(r.key));
customField.fields.resource.options = customizable.map((r) => ({ value: r.key, label: r.label }));
customField.fields.ref.options = resources
  .filter((r) => !["auditLogs", "notices", "customFields"].includes(r.key))
  .map((r) => ({ value: r.key, label: r.label }));

// What the schema and the search index derive from a description must make sense for it.
for (const r of resources)
  for (const [name, f] of Object.entries(r.fields))
    if (f.search && f.type !== "string" && f.type !== "text")
      throw new Error(`${r.key}.${name}：只有文本字段（string、text）可以设为 search`);

export const resourceByKey: Record<string, ResourceDescription> = Object.fromEntries(resources.map((r) => [r.key, r]));

export type { Field, FieldType, Option, ResourceDescription, RowField } from "./describe";

// Who may see and change what. The server enforces all of it; the admin only hides what is refused here.
import type { SelectQueryBuilder } from "typeorm";
import type { ResourceDescription } from "../../entities/describe";
import { resourceByKey, resources } from "../../entities/fields";

export type Role = "province" | "city" | "provider" | "viewer";
export type Access = "none" | "read" | "write";
export interface Principal {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  cityId: number | null;
  services: string[];
}

/** What each provider service works on; it reads the enterprises and nominations it serves. */
const SERVICE_RESOURCES: Record<string, string[]> = {
  training: ["trainingClasses", "classSessions", "trainees", "attendances"],
  quality: ["diagnostics", "diagnosisDimensions", "maturityLevels"],
  management: ["diagnostics", "diagnosisDimensions", "maturityLevels"],
  tech: ["techDemands", "demandReviews", "reviewCriteria", "selectedProjects"],
};
const PROVIDER_READS = ["cities", "enterprises", "registrations"];
/** A city bureau fills in the notice's forms: enterprises, nominations, trainees, demands. */
const CITY_WRITES = ["enterprises", "registrations", "trainees", "techDemands"];
/** Experts' reviews are not shown to the bureaus whose enterprises they judge. */
const CITY_HIDDEN = ["demandReviews"];
const PROVINCE_ONLY = ["users", "auditLogs"];

export function access(p: Principal, key: string): Access {
  const desc = resourceByKey[key];
  if (!desc) return "none";
  const cap = (a: Access): Access => (desc.readOnlyResource && a === "write" ? "read" : a);
  if (PROVINCE_ONLY.includes(key)) return p.role === "province" ? cap("write") : "none";
  switch (p.role) {
    case "province": return cap("write");
    case "viewer": return "read";
    case "city": return CITY_HIDDEN.includes(key) ? "none" : CITY_WRITES.includes(key) ? "write" : "read";
    case "provider":
      return p.services.some((s) => SERVICE_RESOURCES[s]?.includes(key)) ? "write" : PROVIDER_READS.includes(key) ? "read" : "none";
  }
}

export const accessMap = (p: Principal) => Object.fromEntries(resources.map((r) => [r.key, access(p, r.key)]));

/**
 * The SQL condition that puts a row of `desc` (table `alias`) in a city: directly, or through what it
 * refers to (a trainee through its enterprise, an attendance through its trainee). null: shared data.
 */
function cityCondition(desc: ResourceDescription, column: (name: string) => string, param: string, seen = new Set<string>()): string | null {
  if (desc.key === "cities") return `${column("id")} = :${param}`;
  if (desc.fields.cityId?.ref === "cities") return `${column("cityId")} = :${param}`;
  seen.add(desc.key);
  const refs = Object.entries(desc.fields).filter(([, f]) => f.type === "ref" && f.required && !seen.has(f.ref!));
  refs.sort(([a], [b]) => Number(b === desc.enterpriseKey) - Number(a === desc.enterpriseKey));
  for (const [name, f] of refs) {
    const target = resourceByKey[f.ref!];
    const inner = cityCondition(target, (c) => `"${target.table}"."${c}"`, param, new Set(seen));
    if (inner) return `${column(name)} IN (SELECT "${target.table}"."id" FROM "${target.table}" WHERE ${inner})`;
  }
  return null;
}

const DIAGNOSIS_SERVICES = ["quality", "management"];

/** Narrows a query on alias `e` to the rows the principal may see. */
export function applyScope(qb: SelectQueryBuilder<any>, desc: ResourceDescription, p: Principal) {
  if (p.role === "city") {
    const cond = cityCondition(desc, (c) => `${qb.escape("e")}.${qb.escape(c)}`, "scopeCity");
    if (cond) qb.andWhere(cond, { scopeCity: p.cityId ?? -1 });
  }
  if (p.role === "provider" && desc.key === "diagnostics") {
    const kinds = p.services.filter((s) => DIAGNOSIS_SERVICES.includes(s));
    qb.andWhere(kinds.length ? `${qb.escape("e")}.${qb.escape("kind")} IN (:...scopeKinds)` : "1 = 0", { scopeKinds: kinds });
  }
  return qb;
}

/** Rules on the values a principal may write, beyond which rows: a bureau nominates but does not approve. */
export function writeProblem(p: Principal, desc: ResourceDescription, record: Record<string, any>, existing?: Record<string, any>): Record<string, string> | null {
  if (p.role === "city" && desc.key === "registrations" && record.status !== existing?.status && !["nominated", "withdrawn"].includes(record.status))
    return { status: "市州经信局只能推荐或撤回，审核由省经信厅进行" };
  if (p.role === "provider" && desc.key === "diagnostics" && !p.services.includes(record.kind))
    return { kind: "只能处理本单位承担的诊断类型" };
  return null;
}

/** Personal data a principal sees in full on a record's page. */
export function seesInFull(p: Principal, kind: "identity" | "contact" | undefined) {
  if (!kind) return true;
  if (kind === "contact") return p.role !== "viewer";
  return p.role === "province" || p.role === "city" || (p.role === "provider" && p.services.includes("training"));
}

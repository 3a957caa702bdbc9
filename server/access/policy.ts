// Who may see and change what. The server enforces all of it; the admin only hides what is refused here.
import type { Access, AccessMap, CurrentUser } from "../../entities/api";
import type { ResourceDescription } from "../../entities/describe";
import { DECIDED_BY, STATUS_SET_BY } from "../../entities/decisions";
import {
  ENTERPRISE_FORMS,
  enterpriseFixedFields,
  FORM_STATUS,
  formEditable,
  isEnterpriseForm,
} from "../../entities/enterpriseForms";
import { REGISTRATION_STATUS } from "../../entities/registration";
import type { RoundRules } from "../../entities/round";
import { resourceByKey, resources } from "../../entities/registry";

import type { WhereBuilder } from "../services/records/directRead";

export type { Access, Role } from "../../entities/api";
/**
 * The signed-in user a request acts for: what /api/auth/me answers as `user`; and the 培育批次 the request
 * is about (the app bar's round, `roundId`), which every list, figure and computed value of it uses.
 */
export type Principal = CurrentUser & { round?: RoundRules };
type Rec = Record<string, any>;

/** What each provider service works on; it reads the enterprises and nominations it serves. */
const SERVICE_RESOURCES: Record<string, string[]> = {
  training: ["trainingClasses", "classSessions", "trainees", "attendances"],
  quality: ["diagnostics", "diagnosisDimensions", "maturityLevels"],
  management: ["diagnostics", "diagnosisDimensions", "maturityLevels"],
  tech: ["techDemands", "demandReviews", "reviewCriteria", "selectedProjects"],
};
const PROVIDER_READS = ["rounds", "cities", "enterprises", "registrations", "followUps"];
/** A city bureau fills in the notice's forms: enterprises, nominations, trainees, demands; and follows up. */
const CITY_WRITES = ["enterprises", "registrations", "trainees", "techDemands", "followUps"];
/** Experts' reviews are not shown to the bureaus whose enterprises they judge. */
const CITY_HIDDEN = ["demandReviews"];
const PROVINCE_ONLY = ["users", "auditLogs"];
/** 站内消息: each user's own, whatever the role. */
const NOTICES = "notices";
/** Resources split by diagnosis kind: a provider sees the kinds it serves. */
const BY_DIAGNOSIS_KIND = ["diagnostics", "diagnosisDimensions", "maturityLevels"];
const DIAGNOSIS_SERVICES = ["quality", "management"];
/**
 * An enterprise fills in its own forms (its record, 附件1-1, 1-2, 1-3) and reads the cities (reference data);
 * nothing else exists for it.
 */
const ENTERPRISE_WRITES = ["enterprises", ...Object.keys(ENTERPRISE_FORMS)];
const ENTERPRISE_READS = ["rounds", "cities"];
export function access(p: Principal, key: string): Access {
  const desc = resourceByKey[key];
  if (!desc) return "none";
  const cap = (a: Access): Access => (desc.readOnlyResource && a === "write" ? "read" : a);
  // Everyone reads their own notices (applyScope), which only the server writes.
  if (key === NOTICES) return "read";
  // 自定义字段: the department adds them; everyone reads them (its forms and lists show them).
  if (key === "customFields") return p.role === "province" ? "write" : "read";
  if (PROVINCE_ONLY.includes(key)) return p.role === "province" ? cap("write") : "none";
  switch (p.role) {
    case "province":
      return cap("write");
    case "viewer":
      return "read";
    case "city":
      return CITY_HIDDEN.includes(key) ? "none" : CITY_WRITES.includes(key) ? "write" : "read";
    case "provider":
      return p.services.some((s) => SERVICE_RESOURCES[s]?.includes(key))
        ? "write"
        : PROVIDER_READS.includes(key)
          ? "read"
          : "none";
    case "enterprise":
      return ENTERPRISE_WRITES.includes(key) ? "write" : ENTERPRISE_READS.includes(key) ? "read" : "none";
  }
}

/** The department, the bureaus, the providers and read-only users: the programme's staff, who see beyond one enterprise. */
export const isStaff = (p: Principal) => p.role !== "enterprise";

export const accessMap = (p: Principal): AccessMap =>
  Object.fromEntries(resources.map((r) => [r.key, access(p, r.key)]));

/**
 * The SQL condition that puts a row of `desc` (table `alias`) in a city: directly, or through what it
 * refers to (a trainee through its enterprise, an attendance through its trainee). null: shared data.
 */
function cityCondition(
  desc: ResourceDescription,
  column: (name: string) => string,
  param: string,
  seen = new Set<string>(),
): string | null {
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

const diagnosisKinds = (p: Principal) => p.services.filter((s) => DIAGNOSIS_SERVICES.includes(s));

/** Narrows a query on alias `e` to the rows the principal may see. */
export function applyScope<Q extends WhereBuilder>(qb: Q, desc: ResourceDescription, p: Principal) {
  if (desc.key === NOTICES)
    return qb.andWhere(`${qb.escape("e")}.${qb.escape("userId")} = :scopeUser`, { scopeUser: p.id });
  if (p.role === "city") {
    const cond = cityCondition(desc, (c) => `${qb.escape("e")}.${qb.escape(c)}`, "scopeCity");
    if (cond) qb.andWhere(cond, { scopeCity: p.cityId ?? -1 });
  }
  if (p.role === "enterprise" && !ENTERPRISE_READS.includes(desc.key)) {
    const column = desc.key === "enterprises" ? "id" : desc.enterpriseKey;
    qb.andWhere(column ? `${qb.escape("e")}.${qb.escape(column)} = :scopeEnterprise` : "1 = 0", {
      scopeEnterprise: p.enterpriseId ?? -1,
    });
  }
  // A form an enterprise filled in online is its and its city's until the city approves it: the providers
  // meet it then (a trainee to admit, a demand to review), never while it is 待填写, 已提交 or 已退回.
  if (p.role === "provider" && isEnterpriseForm(desc.key))
    qb.andWhere(
      `(${qb.escape("e")}.${qb.escape("formStatus")} IS NULL OR ${qb.escape("e")}.${qb.escape("formStatus")} = :formApproved)`,
      {
        formApproved: FORM_STATUS.approved,
      },
    );
  if (p.role === "provider" && BY_DIAGNOSIS_KIND.includes(desc.key)) {
    const kinds = diagnosisKinds(p);
    qb.andWhere(kinds.length ? `${qb.escape("e")}.${qb.escape("kind")} IN (:...scopeKinds)` : "1 = 0", {
      scopeKinds: kinds,
    });
  }
  return qb;
}

const defaultsOf = (desc: ResourceDescription): Rec =>
  Object.fromEntries(
    Object.entries(desc.fields)
      .filter(([, f]) => f.default !== undefined)
      .map(([k, f]) => [k, f.default]),
  );
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Rules on the values a principal may write, beyond which rows. null: allowed. */
export function writeProblem(
  p: Principal,
  desc: ResourceDescription,
  record: Rec,
  existing?: Rec,
): Record<string, string> | null {
  const before = existing ?? defaultsOf(desc);
  if (p.role === "enterprise") return enterpriseWriteProblem(desc, record, existing);
  const decided = DECIDED_BY[desc.key];
  if (decided && !decided.roles(p)) {
    const changed = decided.fields.find((k) => !same(record[k], before[k]));
    const label = changed && desc.fields[changed].label;
    if (label) return { [changed]: decided.message?.(label) ?? `${label}由承担单位或省经信厅确定，您不能修改` };
  }
  const flowField = desc.flow?.field ?? "";
  const setBy = STATUS_SET_BY[desc.key]?.[p.role];
  if (setBy && flowField && !same(record[flowField], before[flowField]) && !setBy.states.includes(record[flowField]))
    return { [flowField]: setBy.message };
  if (p.role === "city" && desc.key === "registrations") {
    const { approved } = REGISTRATION_STATUS;
    if (
      existing?.status === approved &&
      Object.keys(desc.fields).some((k) => k !== "status" && !same(record[k], existing[k]))
    )
      return { status: "已通过的推荐不能修改，只能撤回" };
  }
  if (p.role === "provider" && BY_DIAGNOSIS_KIND.includes(desc.key) && !p.services.includes(record.kind))
    return { kind: "只能处理本单位承担的诊断类型" };
  return null;
}

/**
 * An enterprise changes only what it fills in, only while its form is 待填写 or 已退回. What it creates
 * (forms, never an enterprise) is settled before validation, in rules/enterpriseForms.ts.
 */
function enterpriseWriteProblem(desc: ResourceDescription, record: Rec, existing?: Rec): Record<string, string> | null {
  if (existing && desc.key !== "enterprises" && !formEditable(existing.formStatus))
    return { formStatus: "报名表已提交或已审核，不能再修改；如需修改请联系市州经信局退回" };
  if (!existing) return null;
  const changed = enterpriseFixedFields(desc.key).find((k) => !same(record[k], existing[k]));
  return changed
    ? { [changed]: `${desc.fields[changed]?.label ?? changed}由市州经信局或省经信厅填写，企业不能修改` }
    : null;
}

/** Whether the principal may delete this record (beyond write access to its rows). null: allowed. */
export function deleteProblem(p: Principal, desc: ResourceDescription, existing: Rec): string | null {
  if (p.role === "enterprise") {
    if (desc.key === "enterprises" || desc.key === "registrations") return "企业用户不能删除企业或推荐表";
    if (!formEditable(existing.formStatus)) return "报名表已提交或已审核，不能删除";
    return null;
  }
  const { approved, returned } = REGISTRATION_STATUS;
  if (p.role === "city" && desc.key === "registrations" && [approved, returned].includes(existing.status))
    return "已审核的推荐不能删除，如企业不再参加请撤回";
  const decided = DECIDED_BY[desc.key];
  if (decided && !decided.roles(p) && decided.fields.some((k) => !same(existing[k], defaultsOf(desc)[k])))
    return `该${desc.label}已由承担单位处理，您不能删除`;
  return null;
}

/** Personal data a principal sees in full on a record's page. */
export function seesInFull(p: Principal, kind: "identity" | "contact" | undefined) {
  if (!kind) return true;
  if (kind === "contact") return p.role !== "viewer";
  // An enterprise sees its own trainees' numbers: it typed them in (its rows are all it sees).
  return (
    p.role === "province" ||
    p.role === "city" ||
    p.role === "enterprise" ||
    (p.role === "provider" && p.services.includes("training"))
  );
}

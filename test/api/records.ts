// Makes a new, valid record of any resource from an existing one, generically from its description:
// unique fields get fresh values, so no fixture repeats a field list.
import type { ResourceDescription } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { creditCode, idNumber } from "../../seeds/names";
import { addDays, Random } from "../../seeds/random";
import type { TestServer } from "../helpers";
import { listQuery } from "../helpers";

type Rec = Record<string, any>;
const r = new Random(7);
const SYSTEM = ["id", "createdAt", "updatedAt", "version"];
let counter = 0;

function freshen(desc: ResourceDescription, name: string, value: any): any {
  const f = desc.fields[name];
  if (f.rule === "creditCode") return creditCode(r, "420100", new Set());
  if (f.rule === "idNumber") return idNumber(r, "420100", "male", 1970, 1985, new Set());
  if (f.type === "date") return addDays(value, 400 + counter++);
  if (f.min !== undefined && f.min === f.max) return `9${String(++counter).padStart(f.min - 1, "0")}`;
  if (f.type === "ref") return value;
  return `${String(value).slice(0, (f.max ?? 100) - 8)}测试${++counter}`;
}

/** A payload for POST that differs from `base` in every unique field or unique combination. */
export async function copyOf(s: TestServer, desc: ResourceDescription, base: Rec): Promise<Rec> {
  const out: Rec = Object.fromEntries(
    Object.entries(base).filter(([k]) => !SYSTEM.includes(k) && k in desc.fields && !desc.fields[k].readOnly),
  );
  for (const [name, f] of Object.entries(desc.fields)) {
    if (!f.unique || out[name] == null) continue;
    out[name] = f.required ? freshen(desc, name, out[name]) : null;
  }
  for (const u of desc.uniques ?? []) {
    // The field to vary: the last one a request sets (a record's round, year and batch are the server's).
    // (a reference first: an enum's values cannot be made up).
    const settable = u.fields.filter((k) => !desc.fields[k].readOnly).reverse();
    const last =
      settable.length < u.fields.length
        ? (settable.find((k) => desc.fields[k].type === "ref") ?? settable[0])
        : u.fields[u.fields.length - 1];
    const known = (k: string) => (k === last ? undefined : desc.fields[k].readOnly ? base[k] : out[k]);
    if (desc.fields[last].type === "ref") {
      // The first record referred to that leaves the combination free.
      const repo = s.ds.getRepository(desc.entity);
      const ids = (
        await s.ds
          .getRepository(resourceByKey[desc.fields[last].ref!].entity)
          .find({ select: { id: true }, order: { id: "ASC" } })
      ).map((x) => x.id);
      for (const id of ids)
        if ((await repo.countBy(Object.fromEntries(u.fields.map((k) => [k, k === last ? id : known(k)])))) === 0) {
          out[last] = id;
          break;
        }
    } else if (desc.fields[last].type !== "int") out[last] = freshen(desc, last, out[last]);
    else {
      // The highest free value of the combination's last field.
      const repo = s.ds.getRepository(desc.entity);
      const f = desc.fields[last];
      for (let v = f.max!; v >= f.min!; v--) {
        if ((await repo.countBy(Object.fromEntries(u.fields.map((k) => [k, k === last ? v : known(k)])))) === 0) {
          out[last] = v;
          break;
        }
      }
    }
  }
  return out;
}

/** A new record for `key`, built from the first seeded one (with its full, unmasked values). */
export async function newRecordFor(s: TestServer, key: string): Promise<Rec> {
  const desc = resourceByKey[key];
  if (key === "selectedProjects") {
    const [free] = await s.sql(
      `SELECT id FROM tech_demand WHERE id NOT IN (SELECT demandId FROM selected_project) ORDER BY id LIMIT 1`,
    );
    const demand = await (await s.api(`/techDemands/${free.id}`)).json();
    return {
      name: demand.title,
      demandId: demand.id,
      enterpriseId: demand.enterpriseId,
      services: ["rnd", "ip"],
      rank: 1,
      score: demand.score ?? 80,
    };
  }
  const [first] = await (await s.api(`/${key}${listQuery({ sort: ["id", "ASC"], range: [0, 0] })}`)).json();
  const full = await (await s.api(`/${key}/${first.id}`)).json();
  const copy = await copyOf(s, desc, full);
  // A record with a status flow starts in its first state; a nomination beyond the quota says why.
  if (desc.flow) copy[desc.flow.field] = desc.flow.transitions[""][0];
  if (key === "registrations") copy.overQuotaReason = "测试：超出名额";
  // A diagnosis of another enterprise (one per enterprise, kind and round) is not of the first's nomination.
  if (key === "diagnostics" && copy.enterpriseId !== full.enterpriseId) copy.registrationId = null;
  if (key === "attendances") {
    // A day of a session for an admitted trainee of its class that has no record yet.
    const [free] =
      await s.sql(`SELECT s.id AS sessionId, s.startDate AS date, t.id AS traineeId FROM class_session s JOIN trainee t ON t.classId = s.classId AND t.admissionStatus = 'admitted'
      WHERE NOT EXISTS (SELECT 1 FROM attendance a WHERE a.traineeId = t.id AND a.date = s.startDate) ORDER BY s.id, t.id LIMIT 1`);
    Object.assign(copy, free);
  }
  if (key === "users") Object.assign(copy, { username: `tester${++counter}`, password: "another-pass-123" });
  // A custom field's key is an identifier of its own on its resource.
  if (key === "customFields") copy.key = `testField${++counter}`;
  if (key === "trainees") {
    // At most two trainees per enterprise and year: take an enterprise without any.
    const [free] = await s.sql(
      `SELECT id FROM enterprise WHERE id NOT IN (SELECT enterpriseId FROM trainee) ORDER BY id LIMIT 1`,
    );
    Object.assign(copy, { enterpriseId: free.id, admissionStatus: "applied", classId: null });
  }
  return copy;
}

/** A writable, optional text field that any record can take: the target of update tests. */
export function editableText(desc: ResourceDescription): string {
  const free = Object.entries(desc.fields).filter(
    ([, f]) =>
      (f.type === "text" || f.type === "string") &&
      !f.unique &&
      !f.rule &&
      !f.readOnly &&
      !f.hidden &&
      !f.virtual &&
      !f.min &&
      !f.showIf,
  );
  const name = (free.find(([, f]) => !f.required) ?? free[0])?.[0];
  if (!name) throw new Error(`${desc.key} has no free text field`);
  return name;
}

/** A nomination of 2025's first batch (附件1-1) for an enterprise, with the training need. */
export const nomination = (enterpriseId: number, extra: object = {}) => ({
  enterpriseId,
  year: 2025,
  batch: 1,
  nominatedAt: "2025-06-20",
  needTraining: true,
  ...extra,
});

// References between records: what a record names must exist (for the principal), and a record others
// still name is not deleted.
import type { EntityManager } from "typeorm";
import type { ResourceDescription } from "../../../entities/describe";
import { resourceByKey } from "../../../entities/registry";
import { access, type Principal } from "../../access/policy";
import { Conflict, ValidationFailed } from "../../errors";
import { visibleSql } from "./visibleRecords";

type Rec = Record<string, any>;

/** References must name records the principal may see: another city's enterprise "does not exist". */
export async function assertReferencesExist(m: EntityManager, desc: ResourceDescription, user: Principal, values: Rec) {
  const errors: Record<string, string> = {};
  const check = async (field: string, ref: string, label: string, ids: number[]) => {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    const found =
      access(user, ref) === "none"
        ? 0
        : await visibleSql(m, user, {}, ref).andWhere(`"e"."id" IN (:...refIds)`, { refIds: unique }).count(m);
    if (found !== unique.length) errors[field] = `所选${label}不存在`;
  };
  for (const [name, f] of Object.entries(desc.fields)) {
    const v = values[name];
    if (v == null) continue;
    if (f.ref && f.type === "ref") await check(name, f.ref, resourceByKey[f.ref].label, [v]);
    if (f.ref && f.type === "refs") await check(name, f.ref, resourceByKey[f.ref].label, v);
    if (f.type === "rows")
      for (const [sub, rf] of Object.entries(f.of!))
        if (rf.type === "ref")
          await check(
            name,
            rf.ref!,
            rf.label,
            (v as Rec[]).map((row) => row[sub]),
          );
  }
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
}

/** A record others point to is not deleted: a 409 naming who still refers to it. */
export async function assertNotReferenced(m: EntityManager, desc: ResourceDescription, user: Principal, id: number) {
  for (const other of Object.values(resourceByKey)) {
    for (const [name, f] of Object.entries(other.fields)) {
      if (f.type !== "ref" || f.ref !== desc.key) continue;
      const n = await m.getRepository(other.entity).countBy({ [name]: id });
      if (n && access(user, other.key) === "none") throw new Conflict(`该${desc.label}仍被其他记录引用，不能删除`);
      if (n) throw new Conflict(`该${desc.label}仍有 ${n} 条${other.label}记录引用（${f.label}），请先处理后再删除`);
    }
  }
}

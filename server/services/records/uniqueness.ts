// Unique fields and unique combinations of fields, checked before a save.
import type { EntityManager } from "typeorm";
import { recordName, type ResourceDescription } from "../../../entities/describe";
import type { Principal } from "../../access/policy";
import { Conflict } from "../../errors";
import { repositoryOf, visibleRows } from "./visibleRecords";

type Rec = Record<string, any>;

/**
 * A 409 when another record already holds a unique value (or combination) of `record`. The holder is
 * named only to those who may see it; against a record the user cannot see, the answer says no more
 * than that the value cannot be used: not that it exists, not where, not the value.
 */
export async function assertUnique(
  m: EntityManager,
  desc: ResourceDescription,
  user: Principal,
  record: Rec,
  existing: Rec | undefined,
) {
  const labels = (fields: string[]) => fields.map((k) => desc.fields[k]?.label ?? k).join("、");
  const sets = [
    ...Object.entries(desc.fields)
      .filter(([, f]) => f.unique)
      .map(([k, f]) => ({ fields: [k], message: `${f.label}“${record[k]}”已存在` })),
    ...(desc.uniques ?? []),
  ];
  for (const u of sets) {
    if (u.fields.some((k) => record[k] == null)) continue;
    if (existing && u.fields.every((k) => record[k] === existing[k])) continue;
    const qb = repositoryOf(m, desc.key).createQueryBuilder("e");
    u.fields.forEach((k, i) => qb.andWhere(`e.${k} = :u${i}`, { [`u${i}`]: record[k] }));
    if (existing) qb.andWhere("e.id <> :self", { self: existing.id });
    const other = await qb.getOne();
    if (other) {
      // Said on the fields a form has (a record's round is the server's, not the user's to change).
      const named = u.fields.filter((k) => !desc.fields[k]?.readOnly);
      const field = named[named.length - 1] ?? u.fields[u.fields.length - 1];
      const visible =
        (await visibleRows(m, user, {}, desc.key).andWhere("e.id = :otherId", { otherId: other.id }).getCount()) > 0;
      if (!visible) {
        const neutral = `该${labels(named.length ? named : u.fields)}不能使用`;
        throw new Conflict(`${neutral}，请核对后重新填写`, { [field]: neutral });
      }
      throw new Conflict(`${u.message}（${desc.label}：${recordName(desc, other)}）`, { [field]: u.message });
    }
  }
}

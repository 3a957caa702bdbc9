// Unique fields and unique combinations of fields, checked before a save.
import type { EntityManager } from "typeorm";
import { recordName, type ResourceDescription } from "../../../entities/describe";
import type { Principal } from "../../access/policy";
import { Conflict } from "../../errors";
import { repositoryOf, visibleRows } from "./visibleRecords";

type Rec = Record<string, any>;

/** A 409 when another record already holds a unique value (or combination) of `record`. */
export async function assertUnique(
  m: EntityManager,
  desc: ResourceDescription,
  user: Principal,
  record: Rec,
  existing: Rec | undefined,
) {
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
      // Name the holder only to those who may see it: a bureau learns nothing about other cities.
      const visible =
        (await visibleRows(m, user, {}, desc.key).andWhere("e.id = :otherId", { otherId: other.id }).getCount()) > 0;
      const title = visible ? `（${desc.label}：${recordName(desc, other)}）` : "";
      throw new Conflict(`${u.message}${title}`, { [u.fields[u.fields.length - 1]]: u.message });
    }
  }
}

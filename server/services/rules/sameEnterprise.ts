// A record of an enterprise refers only to records of the same enterprise: a diagnosis to that
// enterprise's registration, a project to that enterprise's demand.
import type { EntityManager } from "typeorm";
import type { ResourceDescription } from "../../../entities/describe";
import { resourceByKey } from "../../../entities/registry";
import { ValidationFailed } from "../../errors";

type Rec = Record<string, any>;

export async function assertSameEnterprise(m: EntityManager, desc: ResourceDescription, record: Rec) {
  const own = desc.enterpriseKey;
  if (!own) return;
  for (const [name, f] of Object.entries(desc.fields)) {
    const target = f.type === "ref" ? resourceByKey[f.ref!] : undefined;
    if (name === own || !target?.enterpriseKey || record[name] == null) continue;
    const row = await m.getRepository(target.entity).findOneBy({ id: record[name] });
    if (row && row[target.enterpriseKey] !== record[own])
      throw new ValidationFailed({ [name]: `所选${target.label}不属于该企业` });
  }
}

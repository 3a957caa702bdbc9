// How the API shows a record to a principal: computed fields added, hidden ones removed, personal data masked.
import type { ResourceDescription } from "../../../entities/describe";
import type { Principal } from "../../access/policy";
import { maskValue } from "../output";

type Rec = Record<string, any>;

/** The record as the API shows it to `user`: ID numbers are masked in every list, other personal data as the role requires. */
export function presentRecord(desc: ResourceDescription, r: Rec, user: Principal, opts: { list?: boolean } = {}): Rec {
  const out: Rec = { ...r };
  // The custom fields' values are the record's own properties (server/services/customFields.ts).
  delete out.custom;
  if (desc.computed) {
    // Computed in the request's round (set by requireSession for every request of the API).
    if (!user.round) throw new Error("presentRecord: 请求未确定培育批次");
    for (const [k, c] of Object.entries(desc.computed)) out[k] = c.compute(r, user.round);
  }
  for (const [k, f] of Object.entries(desc.fields)) {
    if (f.hidden) delete out[k];
    else if (f.personal) out[k] = maskValue(f, r[k], user, opts);
  }
  return out;
}

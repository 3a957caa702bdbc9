// How the API shows a record to a principal: computed fields added, hidden ones removed, personal data masked.
import type { Field, ResourceDescription } from "../../../entities/describe";
import { derivedFromFields } from "../../../entities/customFields";
import type { Principal } from "../../access/policy";
import { maskValue } from "../output";

type Rec = Record<string, any>;

const shown = new WeakMap<ResourceDescription, [number, { hidden: Set<string>; personal: Map<string, Field> }]>();
/** Of a resource's fields, those a record never shows (and `custom`, whose values are the record's own properties) and the personal ones. */
const shownFields = (desc: ResourceDescription) =>
  derivedFromFields(shown, desc, () => {
    const fields = Object.entries(desc.fields);
    return {
      hidden: new Set(["custom", ...fields.filter(([, f]) => f.hidden).map(([k]) => k)]),
      personal: new Map(fields.filter(([, f]) => f.personal)),
    };
  });

/** The record as the API shows it to `user`: ID numbers are masked in every list, other personal data as the role requires. */
export function presentRecord(desc: ResourceDescription, r: Rec, user: Principal, opts: { list?: boolean } = {}): Rec {
  // Built key by key, never by deleting from a copy: an object that loses keys turns slow to read and to
  // write out as JSON, and a list page writes out hundreds of them.
  const { hidden, personal } = shownFields(desc);
  const out: Rec = {};
  for (const k in r) {
    if (hidden.has(k)) continue;
    const f = personal.get(k);
    out[k] = f ? maskValue(f, r[k], user, opts) : r[k];
  }
  if (desc.computed) {
    // Computed in the request's round (set by requireSession for every request of the API).
    if (!user.round) throw new Error("presentRecord: 请求未确定培育批次");
    for (const [k, c] of Object.entries(desc.computed)) out[k] = c.compute(r, user.round);
  }
  return out;
}

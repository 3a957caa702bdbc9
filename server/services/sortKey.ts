// The stored sort key of a name (see entities/sortKey.ts): its characters in pinyin with tones, as
// Excel and WPS order Chinese text (安 < 北 < 长 < 重 < 武), so the database sorts it with a plain index.
import { pinyin } from "pinyin-pro";
import type { ResourceDescription } from "../../entities/describe";
import { sortKeyColumn, sortKeyFields } from "../../entities/sortKey";

const SYLLABLE = /^[a-z]+[0-5]$/;

/**
 * A name's sort key: each Chinese character as its syllable and tone ("chang2", read in context, so
 * 长江 is cháng), every other character as "0" and itself in lower case, so digits and Latin letters
 * come before Chinese as in Excel; a tone digit ends each syllable, so 安 (an1) comes before 昂 (ang2).
 * The name follows after a space, so names read alike keep one fixed order.
 */
export function sortKeyOf(name: unknown): string | null {
  if (name === null || name === undefined || name === "") return null;
  const text = String(name);
  const parts = pinyin(text, { toneType: "num", type: "array", nonZh: "consecutive", v: true });
  const key = parts.map((p) => (SYLLABLE.test(p) ? p : [...p].map((c) => `0${c.toLowerCase()}`).join(""))).join("");
  return `${key} ${text}`;
}

/** The record with the sort keys of its `sortKey` fields set from their values (a copy). */
export function withSortKeys<R extends Record<string, any>>(desc: ResourceDescription, record: R): R {
  const fields = sortKeyFields(desc);
  if (!fields.length) return record;
  const out: Record<string, any> = { ...record };
  for (const f of fields) if (f in record) out[sortKeyColumn(f)] = sortKeyOf(record[f]);
  return out as R;
}

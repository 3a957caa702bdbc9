// Merging the department's custom fields into the descriptions: one implementation for the server (after
// start and after every change of a custom field) and the admin (after GET /api/descriptions). The
// built-in descriptions stay the source of the built-in fields; what a merge adds, the next merge takes
// away first, so merging the current list any number of times gives the same descriptions.
import type { Field, ResourceDescription } from "./describe";
import { SYSTEM_FIELDS } from "./describe";
import { IMPORT_KINDS } from "./imports";
import { resourceByKey } from "./registry";
import type { CustomFieldRecord } from "./api";

export type { CustomFieldRecord };

type Sections = ResourceDescription["sections"];
/** Each merged resource's own sections and import columns, as they were before any merge. */
const builtIn = new Map<string, { sections: Sections; columns: Map<string, string[]> }>();

/** The description of a custom field as a field of its resource. */
export function customFieldOf(c: CustomFieldRecord): Field {
  const numeric = c.type === "int" || c.type === "number";
  const text = c.type === "string" || c.type === "text";
  const field: Field = {
    label: c.label,
    type: c.type,
    custom: true,
    required: !!c.required,
    list: !!c.list,
    search: text && !!c.search,
    filter: !!c.filter,
    sort: !!c.sort && c.type !== "enums",
    export: c.export !== false,
    import: c.import !== false,
    roundId: c.roundId ?? null,
  };
  if (c.help) field.help = c.help;
  if ((numeric || text) && c.min != null) field.min = c.min;
  if ((numeric || text) && c.max != null) field.max = c.max;
  if (c.type === "string" && field.max === undefined) field.max = 255;
  if (c.type === "enum" || c.type === "enums")
    field.options = (c.options ?? []).map((o) => ({ value: String(o.value), label: String(o.label) }));
  if (c.type === "ref") field.ref = c.ref ?? undefined;
  return field;
}

/**
 * Keys the server gives a meaning of its own on any resource: the JSON column, a record's city (the list
 * filter of records that belong to an enterprise) and round (what makes a resource one of the rounds).
 */
const RESERVED_KEYS = ["custom", "cityId", "roundId"];

/**
 * Whether a key may not name a new custom field of `resource`: a built-in, system or computed field, a
 * reserved key, or a column of the table (a pinyin sort key).
 */
export function keyClash(resource: string, key: string): boolean {
  const desc = resourceByKey[resource];
  if (!desc) return false;
  const own = desc.fields[key];
  return (
    (own !== undefined && !own.custom) ||
    Object.prototype.hasOwnProperty.call(SYSTEM_FIELDS, key) ||
    Object.prototype.hasOwnProperty.call(desc.computed ?? {}, key) ||
    RESERVED_KEYS.includes(key) ||
    /SortKey$/.test(key) ||
    key in Object.prototype
  );
}

/**
 * How many times the custom fields were applied: what is derived from a description's fields per request
 * (which of them a record shows, masks, keeps in `custom`) is kept until it changes.
 */
export let fieldsGeneration = 0;

/** Replaces every resource's custom fields by `list` (in its order): fields, form sections, import columns. */
export function applyCustomFields(list: readonly CustomFieldRecord[]) {
  fieldsGeneration++;
  for (const desc of Object.values(resourceByKey)) {
    if (!builtIn.has(desc.key))
      builtIn.set(desc.key, {
        sections: desc.sections?.map((s) => ({ ...s, fields: [...s.fields] })),
        columns: new Map(IMPORT_KINDS.filter((k) => k.resource === desc.key).map((k) => [k.key, [...k.columns]])),
      });
    const base = builtIn.get(desc.key)!;
    for (const [k, f] of Object.entries(desc.fields)) if (f.custom) delete desc.fields[k];
    desc.sections = base.sections?.map((s) => ({ ...s, fields: [...s.fields] }));
    for (const kind of IMPORT_KINDS) if (base.columns.has(kind.key)) kind.columns = [...base.columns.get(kind.key)!];
  }
  for (const c of list) {
    const desc = resourceByKey[c.resource];
    if (!desc || keyClash(c.resource, c.key) || (c.type === "ref" && !resourceByKey[c.ref ?? ""])) continue;
    const field = customFieldOf(c);
    desc.fields[c.key] = field;
    if (c.section && desc.sections) {
      const section = desc.sections.find((s) => s.title === c.section);
      if (section) section.fields.push(c.key);
      else desc.sections.push({ title: c.section, fields: [c.key] });
    } else if (c.section) desc.sections = [{ title: c.section, fields: [c.key] }];
    // The kinds that import every writable field of the resource (not 附件2's fixed columns) take it too.
    if (field.import !== false)
      for (const kind of IMPORT_KINDS)
        if (kind.resource === c.resource && kind.importsAllFields) kind.columns.push(c.key);
  }
}

/** What `derive` makes of a description's fields, kept until the custom fields change. */
export function derivedFromFields<T>(
  cache: WeakMap<ResourceDescription, [number, T]>,
  desc: ResourceDescription,
  derive: () => T,
): T {
  const kept = cache.get(desc);
  if (kept && kept[0] === fieldsGeneration) return kept[1];
  const value = derive();
  cache.set(desc, [fieldsGeneration, value]);
  return value;
}

const customOf = new WeakMap<ResourceDescription, [number, [string, Field][]]>();
/** The custom fields of a resource now, by key. */
export const customFieldsOf = (desc: ResourceDescription) =>
  derivedFromFields(customOf, desc, () => Object.entries(desc.fields).filter(([, f]) => f.custom));

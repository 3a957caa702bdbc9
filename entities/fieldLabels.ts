// Every resource's field labels (the fields every record has, the described fields, then the computed values),
// derived from the registry: the admin's messages (resources.<key>.fields.<field>), loaded with every page's
// code. Like labels.ts, evaluated when the admin is built (vite.config.ts): a page's messages come without the
// descriptions themselves.
import { SYSTEM_FIELDS } from "./describe";
import { resources } from "./registry";

const label = ([k, f]: [string, { label: string }]) => [k, f.label];

export const fieldLabels: Record<string, Record<string, string>> = Object.fromEntries(
  resources.map((r) => [
    r.key,
    Object.fromEntries(
      [...Object.entries(SYSTEM_FIELDS), ...Object.entries(r.fields), ...Object.entries(r.computed ?? {})].map(label),
    ),
  ]),
);

// What the admin's first screen needs of the descriptions: each resource's Chinese name, whether it is read
// only, and its fields' labels (the menu, the messages), derived from the registry in its order. `npm run build`
// evaluates this module when it builds the admin (vite.config.ts) and puts its value in its place, so that the
// browser's first screen carries the labels without the descriptions themselves (their rules, options and
// sections load with the views). Everywhere else (the tests, the dev server) it is this code, run as is.
import { resources } from "./registry";

export interface ResourceLabels {
  key: string;
  label: string;
  readOnlyResource: boolean;
  /** Field → label: the described fields, then the computed values. */
  fields: Record<string, string>;
}

export const resourceLabels: ResourceLabels[] = resources.map((r) => ({
  key: r.key,
  label: r.label,
  readOnlyResource: !!r.readOnlyResource,
  fields: Object.fromEntries(
    [...Object.entries(r.fields), ...Object.entries(r.computed ?? {})].map(([k, f]) => [k, f.label]),
  ),
}));

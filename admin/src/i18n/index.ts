// Chinese everywhere: react-admin's messages, the panel's own, and every resource and field name
// taken from the descriptions.
import polyglotI18nProvider from "ra-i18n-polyglot";
import { SYSTEM_FIELDS } from "../../../entities/describe";
import { resourceByKey, resources } from "../../../entities/registry";
import { appZh } from "./app";
import { raZh } from "./zh";

const resourceMessages = Object.fromEntries(
  resources.map((r) => [
    r.key,
    {
      name: `${r.label} |||| ${r.label}`,
      fields: {
        ...Object.fromEntries(Object.entries(SYSTEM_FIELDS).map(([k, f]) => [k, f.label])),
        ...Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f.label])),
        ...Object.fromEntries(Object.entries(r.computed ?? {}).map(([k, c]) => [k, c.label])),
      },
    },
  ]),
);

export const messages = { ...raZh, ...appZh, resources: resourceMessages };
const polyglot = polyglotI18nProvider(() => messages, "zh", [{ locale: "zh", name: "简体中文" }], {
  allowMissing: false,
});

/** A custom field's label (resources.<key>.fields.<field>), from the merged description (customFields.ts). */
function customLabel(key: string): string | undefined {
  const m = /^resources\.([A-Za-z]+)\.fields\.([A-Za-z0-9]+)$/.exec(key);
  const f = m ? resourceByKey[m[1]]?.fields[m[2]] : undefined;
  return f?.custom ? f.label : undefined;
}

export const i18nProvider = {
  ...polyglot,
  translate: (key: string, options?: any) => customLabel(key) ?? polyglot.translate(key, options),
};

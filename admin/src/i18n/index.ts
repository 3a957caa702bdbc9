// Chinese everywhere: react-admin's messages, the panel's own, and every resource and field name
// taken from the descriptions.
import polyglotI18nProvider from "ra-i18n-polyglot";
import { SYSTEM_FIELDS } from "../../../entities/describe";
import { resources } from "../../../entities/registry";
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
export const i18nProvider = polyglotI18nProvider(() => messages, "zh", [{ locale: "zh", name: "简体中文" }], {
  allowMissing: false,
});

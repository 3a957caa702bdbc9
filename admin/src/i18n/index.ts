// Chinese everywhere: react-admin's messages, the panel's own, and every resource and field name taken from
// the descriptions (their labels, entities/labels.ts and fieldLabels.ts: never the descriptions themselves).
// The first screen has react-admin's messages, the panel's own of the app bar and the menu, and the resources'
// names; every page's code comes with the rest (withPageMessages: its words and the fields' labels).
import type { I18nProvider } from "react-admin";
import type { Field } from "../../../entities/describe";
import { resourceLabels } from "../../../entities/labels";
import { appZh } from "./app";
import { raZh } from "./zh";

const resourceMessages = Object.fromEntries(resourceLabels.map((r) => [r.key, { name: `${r.label} |||| ${r.label}` }]));

export const messages = { ...raZh, ...appZh, resources: resourceMessages };

/** The messages by their dotted keys ("ra.action.save"), as Polyglot flattens them. */
const phrases = new Map<string, string>();
function flatten(node: object, prefix: string) {
  for (const [k, v] of Object.entries(node)) {
    if (v && typeof v === "object") flatten(v, `${prefix}${k}.`);
    else if (typeof v === "string") phrases.set(`${prefix}${k}`, v);
  }
}
flatten(messages, "");

let pageMessages: Promise<void> | undefined;
/** The pages' words and the fields' labels (resources.<key>.fields.<field>), fetched once. */
const loadPageMessages = () =>
  (pageMessages ??= Promise.all([import("./pages"), import("../../../entities/fieldLabels")]).then(
    ([{ pagesZh }, { fieldLabels }]) => {
      flatten(pagesZh, "");
      for (const [key, fields] of Object.entries(fieldLabels)) flatten(fields, `resources.${key}.fields.`);
    },
  ));
/** A page's code, with the messages of the pages (fetched alongside): what every page of the router loads. */
export const withPageMessages =
  <T>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), loadPageMessages()]).then(([module]) => module);

/**
 * Polyglot's t() for one Chinese locale, without its library on the first screen: the phrase, else the
 * default (options._), else the key; "a |||| b" picks the one Chinese form when a smart_count is given;
 * %{name} takes options.name when it is set.
 */
function translate(key: string, options: any = {}): string {
  const opts = typeof options === "number" ? { smart_count: options } : (options ?? {});
  let phrase = phrases.get(key) ?? (typeof opts._ === "string" ? opts._ : undefined);
  if (phrase === undefined) return key;
  if (opts.smart_count != null) phrase = phrase.split("||||")[0].trim();
  return phrase.replace(/%\{(.*?)\}/g, (expression: string, name: string) =>
    Object.hasOwn(opts, name) && opts[name] != null ? String(opts[name]) : expression,
  );
}

let fieldOf: ((resource: string, field: string) => Field | undefined) | undefined;
/** Where the merged descriptions are (descriptions.ts, once loaded): custom fields' labels. */
export const readFieldsFrom = (lookUp: typeof fieldOf) => void (fieldOf = lookUp);

/**
 * A custom field's label (resources.<key>.fields.<field>), from the merged description (customFields.ts); none
 * before the descriptions load, when no page can name a custom field yet.
 */
function customLabel(key: string): string | undefined {
  if (!fieldOf) return undefined;
  const m = /^resources\.([A-Za-z]+)\.fields\.([A-Za-z0-9]+)$/.exec(key);
  const f = m ? fieldOf(m[1], m[2]) : undefined;
  return f?.custom ? f.label : undefined;
}

export const i18nProvider: I18nProvider = {
  translate: (key: string, options?: any) => customLabel(key) ?? translate(key, options),
  changeLocale: async () => undefined,
  getLocale: () => "zh",
  getLocales: () => [{ locale: "zh", name: "简体中文" }],
};

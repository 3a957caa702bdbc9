// What the admin's first screen needs of the descriptions: each resource's Chinese name, whether it is read only
// and whether it is one of the forms an enterprise fills in or signs and stamps (the menu, the router), derived
// from the registry in its order, and the paths of the enterprise forms' pages. `npm run build` evaluates this module
// when it builds the admin (vite.config.ts) and puts its value in its place, so that the browser's first screen
// carries the names without the descriptions themselves (their fields, rules and options load with the views,
// the fields' labels with every page: fieldLabels.ts). Everywhere else (the tests, the dev server) it is this
// code, run as is.
import { isStampedResource } from "./attachment";
import { isEnterpriseForm } from "./enterpriseForms";
import { resources } from "./registry";

export { FORM_PAGES } from "./enterpriseForms";

export interface ResourceLabels {
  key: string;
  label: string;
  readOnlyResource: boolean;
  /** An enterprise fills it in itself (enterpriseForms.ts). */
  enterpriseForm: boolean;
  /** Its records are printed, signed and stamped, and the scan kept in their 档案 (attachment.ts). */
  stampedCopy: boolean;
}

export const resourceLabels: ResourceLabels[] = resources.map((r) => ({
  key: r.key,
  label: r.label,
  readOnlyResource: !!r.readOnlyResource,
  enterpriseForm: isEnterpriseForm(r.key),
  stampedCopy: isStampedResource(r.key),
}));

// The admin's copy of the descriptions (entities/registry.ts), with the department's custom fields merged
// (customFields.ts keeps the answer of /api/descriptions): what the views and every other page import the
// descriptions from. It is not on the first screen, which needs only their labels (entities/labels.ts).
import { applyCustomFields } from "../../entities/customFields";
import { resourceByKey, resources } from "../../entities/registry";
import { mergeCustomFieldsWith } from "./customFields";
import { readFieldsFrom } from "./i18n";

mergeCustomFieldsWith(applyCustomFields);
// A custom field's label (resources.<key>.fields.<field>) comes from the merged description.
readFieldsFrom((resource, field) => resourceByKey[resource]?.fields[field]);

export { resourceByKey, resources };

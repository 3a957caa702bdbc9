// GET /api/descriptions: the custom fields merged into the descriptions of every resource the user may
// read, for the admin to merge into its own copy of the registry; versioned (ETag, X-Fields-Version).
import { Router } from "express";
import type { DataSource } from "typeorm";
import type { CustomFieldRecord, DescriptionsAnswer } from "../../entities/api";
import { customFieldsOf } from "../../entities/customFields";
import { resourceByKey, resources } from "../../entities/registry";
import { access } from "../access/policy";
import { fieldsVersion } from "../services/customFields";

export function descriptionsRouter(ds: DataSource) {
  const router = Router();
  router.get("/descriptions", (req, res) => {
    const user = req.ctx!.user;
    const version = fieldsVersion(ds);
    const etag = `"fields-${version}"`;
    res.set("ETag", etag);
    if (req.headers["if-none-match"] === etag) return void res.status(304).end();
    const readable = resources.filter((r) => access(user, r.key) !== "none");
    const customFields: CustomFieldRecord[] = [];
    for (const r of readable)
      for (const [key, f] of customFieldsOf(r))
        customFields.push({
          resource: r.key,
          key,
          label: f.label,
          type: f.type as CustomFieldRecord["type"],
          options: f.options ? [...f.options] : null,
          ref: f.ref ?? null,
          required: !!f.required,
          min: f.min ?? null,
          max: f.max ?? null,
          help: f.help ?? null,
          section: resourceByKey[r.key].sections?.find((s) => s.fields.includes(key))?.title ?? null,
          list: !!f.list,
          search: !!f.search,
          filter: !!f.filter,
          sort: !!f.sort,
          export: f.export !== false,
          import: f.import !== false,
          roundId: f.roundId ?? null,
        });
    res.json({
      version,
      customFields,
      // Functions (checks, computed values) are the code's, not data: only fields and sections are sent.
      resources: Object.fromEntries(
        readable.map((r) => [r.key, JSON.parse(JSON.stringify({ fields: r.fields, sections: r.sections }))]),
      ),
    } satisfies DescriptionsAnswer);
  });
  return router;
}

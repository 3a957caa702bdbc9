// The descriptions are consistent: what the router, the forms and the search rely on holds for every resource.
import { describe, expect, it } from "vitest";
import { resourceByKey, resources } from "../entities/registry";

describe.each(resources.map((r) => [r.key, r] as const))("%s", (key, desc) => {
  it("can be searched with q", () => {
    const own = Object.values(desc.fields).some((f) => f.search);
    const viaRef = Object.values(desc.fields).some(
      (f) => f.type === "ref" && resourceByKey[f.ref!].fields[resourceByKey[f.ref!].title]?.search,
    );
    expect(own || viaRef).toBe(true);
  });

  it("names only its own fields in sections, each once, and refers to known resources", () => {
    const named = (desc.sections ?? []).flatMap((s) => s.fields);
    expect(named.filter((k) => !(k in desc.fields))).toEqual([]);
    expect(new Set(named).size).toBe(named.length);
    for (const f of Object.values(desc.fields)) {
      if (f.ref) expect(resourceByKey[f.ref], `${key} → ${f.ref}`).toBeTruthy();
      if (f.showIf) expect(desc.fields[f.showIf]?.type).toBe("boolean");
      if (f.type === "enum" || f.type === "enums") expect(f.options?.length).toBeGreaterThan(0);
    }
    expect(desc.title === "id" || desc.title in desc.fields).toBe(true);
  });

  it("lists at least two columns and sorts by its default sort", () => {
    expect(Object.values(desc.fields).filter((f) => f.list).length).toBeGreaterThanOrEqual(2);
    const [field] = desc.defaultSort ?? ["id"];
    expect(field === "id" || desc.fields[field]?.sort).toBe(true);
  });
});

it("allows search on text fields only", () => {
  for (const r of resources)
    for (const [name, f] of Object.entries(r.fields))
      if (f.search) expect(["string", "text"], `${r.key}.${name}`).toContain(f.type);
});

// A row names what it refers to (企业名称, a city's name or code): names → ids, among the records the
// principal may see (and, on a per-city sheet, only that city's enterprises).
import type { DataSource } from "typeorm";
import { resourceByKey } from "../../../entities/registry";
import type { ImportKind } from "../../../entities/imports";
import type { Principal } from "../../access/policy";
import { read } from "../unitOfWork";
import { visibleSql } from "../records/visibleRecords";
import { cellText } from "./values";

/** Loads every record the kind's reference columns may name; answers (resource, name) → id. */
export async function referenceNames(ds: DataSource, user: Principal, kind: ImportKind, cityId?: number) {
  const desc = resourceByKey[kind.resource];
  const targets = [
    ...new Set(
      kind.columns
        .map((k) => desc.fields[k])
        .filter((f) => f.type === "ref")
        .map((f) => f.ref!),
    ),
  ];
  const maps = new Map<string, Map<string, number>>();
  await read(ds, async (m) => {
    for (const ref of targets) {
      const t = resourceByKey[ref];
      // The rows the service's query finds, read as the record pages read them (directRead.ts).
      const rows = await visibleSql(m, user, cityId && ref === "enterprises" ? { cityId } : {}, ref).records(m);
      const map = new Map<string, number>();
      for (const r of rows) {
        map.set(cellText(String(r[t.title])), r.id);
        if (ref === "cities") map.set(String(r.code), r.id);
      }
      maps.set(ref, map);
    }
  });
  return (ref: string, name: string) => maps.get(ref)?.get(name);
}

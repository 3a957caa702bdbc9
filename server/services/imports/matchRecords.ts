// Which record a row updates: by the export's 编号, else by the kind's matching fields — the candidates
// loaded in a few queries, among the records the principal may see.
import type { DataSource } from "typeorm";
import type { ImportKind } from "../../../entities/imports";
import type { Principal } from "../../access/policy";
import type { ResourceService } from "../resourceService";
import { read } from "../unitOfWork";
import { isRoundScoped, roundOf } from "../rounds";
import { visibleSql } from "../records/visibleRecords";

type Rec = Record<string, any>;

/** Loads the records the rows may update and answers which one a row updates, or null. */
export async function matchRecords(
  ds: DataSource,
  service: ResourceService,
  user: Principal,
  kind: ImportKind,
  parsed: { body: Rec; id?: number }[],
  cityId?: number,
) {
  // A per-city sheet updates that city's records only: a name from another city is no match; a sheet of a
  // round's records (trainees, demands) updates the request's round's only: last round's trainee is a new one.
  const scope = {
    ...(cityId ? { cityId } : {}),
    ...(isRoundScoped(service.desc) ? { roundId: (await read(ds, (m) => roundOf(m, user))).id } : {}),
  };
  const load = (field: string, values: unknown[]) =>
    read(ds, async (m) => {
      const found: Rec[] = [];
      const unique = [...new Set(values)];
      // The same rows as the service's query, read as the record pages read them (directRead.ts).
      for (let i = 0; i < unique.length; i += 500) {
        const sql = visibleSql(m, user, scope, service.desc.key);
        sql.andWhere(`${sql.escape("e")}.${sql.escape(field)} IN (:...matchValues)`, {
          matchValues: unique.slice(i, i + 500),
        });
        found.push(...(await sql.records(m)));
      }
      return found;
    });
  const byId = new Map((await load("id", parsed.map((p) => p.id).filter(Boolean))).map((r) => [r.id, r]));
  const usable = (keys: string[], body: Rec) => keys.every((k) => body[k] !== undefined && typeof body[k] !== "object");
  const indexes = await Promise.all(
    kind.matchBy.map(async (keys) => {
      const last = keys[keys.length - 1];
      // Rows with 编号 are matched by it alone: load by the other keys only what the rest may update.
      const rows = await load(
        last,
        parsed.filter((p) => !p.id && usable(keys, p.body)).map((p) => p.body[last]),
      );
      return new Map(rows.map((r) => [keys.map((k) => String(r[k])).join("|"), r]));
    }),
  );
  return (id: number | undefined, body: Rec): Rec | null => {
    if (id) return byId.get(id) ?? null;
    for (const [i, keys] of kind.matchBy.entries()) {
      if (!usable(keys, body)) continue;
      const hit = indexes[i].get(keys.map((k) => String(body[k])).join("|"));
      if (hit) return hit;
    }
    return null;
  };
}

// Fills the pinyin sort keys (entities/sortKey.ts) of rows that a migration finds without one, with the
// same function the server uses on every write, a page of rows at a time.
import type { QueryRunner } from "typeorm";
import { sortKeyOf } from "../services/sortKey";

export async function fillSortKeys(q: QueryRunner, table: string, field: string, keyColumn = `${field}SortKey`) {
  const postgres = q.connection.options.type === "postgres";
  const p = (i: number) => (postgres ? `$${i}` : "?");
  for (let after = 0; ;) {
    const rows: { id: number; value: string | null }[] = await q.query(
      `SELECT "id", "${field}" AS "value" FROM "${table}" WHERE "id" > ${p(1)} ORDER BY "id" LIMIT 1000`,
      [after],
    );
    if (!rows.length) return;
    if (postgres)
      await q.query(
        `UPDATE "${table}" SET "${keyColumn}" = d.k FROM (SELECT unnest($1::int[]) AS id, unnest($2::text[]) AS k) d WHERE "${table}"."id" = d.id`,
        [rows.map((r) => r.id), rows.map((r) => sortKeyOf(r.value))],
      );
    else
      for (const r of rows)
        await q.query(`UPDATE "${table}" SET "${keyColumn}" = ? WHERE "id" = ?`, [sortKeyOf(r.value), r.id]);
    after = rows[rows.length - 1].id;
  }
}

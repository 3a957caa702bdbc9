// 自定义字段 on the server: the department's fields merged into the registry's descriptions (after the
// first request of a process, after every change in this process, and in other instances after a cheap
// version check at most every few seconds), their values packed into and out of the table's JSON column
// `custom`, the SQL expression lists filter and sort them by, and its expression index.
import type { RequestHandler } from "express";
import type { DataSource, EntityManager, EntitySubscriberInterface, LoadEvent } from "typeorm";
import type { Field, FieldType, ResourceDescription } from "../../entities/describe";
import {
  applyCustomFields,
  customFieldOf,
  customFieldsOf,
  keyClash,
  type CustomFieldRecord,
} from "../../entities/customFields";
import { CUSTOM_KEY } from "../../entities/customField";
import { customizable, resourceByKey, resources } from "../../entities/registry";
import { databaseKind } from "../db";
import type { DatabaseKind } from "../entitySchemas";
import { ValidationFailed } from "../errors";
import { audit, type RequestContext } from "./audit";
import { maskText } from "./output";
import { read } from "./unitOfWork";

type Rec = Record<string, any>;

/**
 * The SQL of a custom field's value in `column` (the JSON column, qualified as the query needs): what
 * lists compare and sort, and exactly what its index holds, so that the planner uses the index.
 * The key is safe in SQL: it matches CUSTOM_KEY.
 */
export function customExpression(kind: DatabaseKind, column: string, key: string, type: FieldType): string {
  if (!CUSTOM_KEY.test(key)) throw new Error(`invalid custom key ${key}`);
  if (kind === "sqlite") return `json_extract(${column}, '$.${key}')`;
  const text = `(${column} ->> '${key}')`;
  if (type === "int" || type === "number") return `(${text}::numeric)`;
  if (type === "boolean") return `(${text}::boolean)`;
  return text;
}

/** The name of a custom field's expression index (at most 63 characters: tables ≤ 20, keys ≤ 40). */
export const customIndexName = (table: string, key: string) => `cf_${table}_${key}`;

/**
 * The name of its trigram index on PostgreSQL (GIN, pg_trgm): what `LIKE` over a multi-choice field's JSON
 * array and the search's `ILIKE` over a text field use. (PostgreSQL cuts a name over 63 characters the same
 * way every time, so the longest table and key still name one index.)
 */
export const customTrigramIndexName = (table: string, key: string) => `cft_${table}_${key}`;

/** Compared and sorted by value (=, ranges, order): a B-tree over the expression. */
const byValue = (f: Field) => !!(f.filter || f.sort) && f.type !== "enums" && f.type !== "text";
/** Matched by LIKE (a multi-choice filter, a text search or filter): a trigram index, on PostgreSQL only. */
const byPattern = (f: Field) =>
  (!!f.filter && (f.type === "enums" || f.type === "text")) ||
  (!!f.search && (f.type === "string" || f.type === "text"));

/** Makes (or drops, when the field is no longer filtered, sorted or searched, or is gone) a custom field's indexes. */
export async function syncCustomIndex(m: EntityManager, table: string, key: string, field: Field | undefined) {
  const kind = databaseKind(m);
  const name = customIndexName(table, key);
  if (field && byValue(field))
    await m.query(
      `CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" ((${customExpression(kind, `"custom"`, key, field.type)}))`,
    );
  else await m.query(`DROP INDEX IF EXISTS "${name}"`);
  if (kind !== "postgres") return;
  // SQLite has no index for LIKE '%…%': there such a filter reads the table (as a built-in multi-choice field does).
  const trigram = customTrigramIndexName(table, key);
  if (field && byPattern(field))
    await m.query(
      `CREATE INDEX IF NOT EXISTS "${trigram}" ON "${table}" USING gin ((${customExpression(kind, `"custom"`, key, "string")}) gin_trgm_ops)`,
    );
  else await m.query(`DROP INDEX IF EXISTS "${trigram}"`);
}

/** Puts the values of the description's custom fields present in `record` into its `custom` object. */
export function packCustom(desc: ResourceDescription, record: Rec, existing: Rec | undefined) {
  if (!customizable.includes(desc)) return record;
  const custom: Rec = { ...(existing?.custom ?? record.custom ?? {}) };
  for (const [k] of customFieldsOf(desc)) {
    if (!Object.prototype.hasOwnProperty.call(record, k)) continue;
    const v = record[k];
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) delete custom[k];
    else custom[k] = v;
  }
  record.custom = Object.keys(custom).length ? custom : null;
  return record;
}

const descByTable = new Map(resources.map((r) => [r.table, r]));

/** Unpacks `custom` into the record's properties on every load, for the fields described now. */
export class CustomValuesSubscriber implements EntitySubscriberInterface<Rec> {
  afterLoad(entity: Rec, event?: LoadEvent<Rec>) {
    if (event) loadCustomValues(event.metadata.tableName, entity);
  }
}

/** A loaded record of `table` gets its custom fields' values (kept in `custom`) as its own properties. */
export function loadCustomValues(table: string, entity: Rec) {
  const desc = descByTable.get(table);
  const custom = entity?.custom;
  if (!desc || !custom || typeof custom !== "object") return;
  for (const [k] of customFieldsOf(desc)) if (custom[k] !== undefined) entity[k] = custom[k];
}

interface State {
  version: string;
  checkedAt: number;
  loading?: Promise<void>;
}
const states = new WeakMap<DataSource, State>();
/** Other instances see a change within this many milliseconds (one cheap query per interval, not per request). */
const CHECK_EVERY_MS = 2000;

async function versionOf(m: EntityManager): Promise<string> {
  const row = (
    await m.query(`SELECT COUNT(*) AS n, MAX("id") AS i, SUM("version") AS v FROM "custom_field"`)
  )[0] as Rec;
  return `${Number(row.n)}.${Number(row.i ?? 0)}.${Number(row.v ?? 0)}`;
}

/** Reads every custom field and merges them into the descriptions; returns the version read. */
export async function reloadCustomFields(ds: DataSource, { indexes = false } = {}) {
  const { version, rows } = await read(ds, async (m) => ({
    version: await versionOf(m),
    rows: (await m
      .getRepository(resourceByKey.customFields.entity)
      .find({ order: { id: "ASC" } })) as CustomFieldRecord[],
  }));
  applyCustomFields(rows);
  if (indexes)
    for (const r of rows) {
      const desc = resourceByKey[r.resource];
      if (desc) await syncCustomIndex(ds.manager, desc.table, r.key, desc.fields[r.key]);
    }
  states.set(ds, { version, checkedAt: Date.now() });
  return version;
}

/** The version of the merged descriptions this process serves (after fieldsFresh has run). */
export const fieldsVersion = (ds: DataSource) => states.get(ds)?.version ?? "";

/** Before each API request: the descriptions are current (loaded once, re-read when the version moved). */
export function fieldsFresh(ds: DataSource): RequestHandler {
  return async (_req, res, next) => {
    try {
      let state = states.get(ds);
      if (!state) {
        await reloadCustomFields(ds, { indexes: true });
        state = states.get(ds)!;
      } else if (Date.now() - state.checkedAt > CHECK_EVERY_MS) {
        state.checkedAt = Date.now();
        state.loading ??= (async () => {
          if ((await read(ds, versionOf)) !== state!.version) await reloadCustomFields(ds);
        })().finally(() => {
          state!.loading = undefined;
        });
        await state.loading;
      }
      res.set("X-Fields-Version", fieldsVersion(ds));
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** The rules of a custom field's description beyond its own fields' (server-side, Chinese messages). */
export async function checkCustomField(m: EntityManager, r: Rec, existing: Rec | undefined) {
  const errors: Record<string, string> = {};
  if (existing)
    for (const k of resourceByKey.customFields.fixedAfterCreate ?? [])
      if ((r[k] ?? null) !== (existing[k] ?? null))
        errors[k] = `${resourceByKey.customFields.fields[k].label}保存后不能更改；如需更改，请删除该字段后重新添加`;
  if (!existing) {
    if (!CUSTOM_KEY.test(r.key ?? ""))
      errors.key = "字段代码应以英文小写字母开头，只含英文字母和数字，2–40 个字符（如 registeredCapital）";
    else if (keyClash(r.resource, r.key))
      errors.key = `“${r.key}”与${resourceByKey[r.resource]?.label ?? ""}已有的字段或系统保留的名称重名，请换一个字段代码`;
    else {
      const taken = await m
        .getRepository(resourceByKey.customFields.entity)
        .countBy({ resource: r.resource, key: r.key });
      if (taken) errors.key = `${resourceByKey[r.resource]?.label ?? ""}已有字段代码为“${r.key}”的自定义字段`;
    }
  }
  if ((r.type === "enum" || r.type === "enums") && !(r.options ?? []).length)
    errors.options = "单选、多选字段至少要有一个可选项";
  if (r.options?.length) {
    const values = r.options.map((o: Rec) => o.value);
    if (new Set(values).size !== values.length) errors.options = "可选项的“值”不能重复";
  }
  if (r.roundId != null && resourceByKey[r.resource]?.fields.roundId?.ref !== "rounds")
    errors.roundId = `${resourceByKey[r.resource]?.label ?? ""}不分培育批次：请不填“适用批次”（字段适用于所有记录）`;
  if (r.type === "ref" && !r.ref) errors.ref = "引用其他记录的字段需要选择引用的资源";
  if (r.search && r.type !== "string" && r.type !== "text") errors.search = "只有文本、长文本字段可以参与搜索";
  if (r.min != null && r.max != null && r.min > r.max) errors.max = "最大值不能小于最小值";
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
}

/** At most this many of a deleted field's values are kept in its audit entry. */
const AUDITED_VALUES = 20;

/**
 * After a custom field is saved: its index as its flags say. After it is deleted: its values removed from
 * every record of its resource in the same transaction, and an audit entry with its description and how
 * many records had a value (and the first few of them).
 */
export async function afterCustomFieldWrite(
  m: EntityManager,
  r: Rec | undefined,
  existing: Rec | undefined,
  user: RequestContext["user"],
) {
  const kind = databaseKind(m);
  const gone = !r && existing;
  const rec = (r ?? existing)!;
  const desc = resourceByKey[rec.resource];
  if (!desc) return;
  if (!gone) {
    return syncCustomIndex(m, desc.table, rec.key, customFieldOf(rec as CustomFieldRecord));
  }
  const value = customExpression(kind, `"custom"`, rec.key, "string");
  const held: Rec[] = await m.query(
    `SELECT "id", ${value} AS v FROM "${desc.table}" WHERE ${value} IS NOT NULL ORDER BY "id"`,
  );
  await m.query(
    kind === "sqlite"
      ? `UPDATE "${desc.table}" SET "custom" = json_remove("custom", '$.${rec.key}') WHERE ${value} IS NOT NULL`
      : `UPDATE "${desc.table}" SET "custom" = "custom" - '${rec.key}' WHERE "custom" ? '${rec.key}'`,
  );
  await syncCustomIndex(m, desc.table, rec.key, undefined);
  const sample = held
    .slice(0, AUDITED_VALUES)
    .map((h) => `编号 ${h.id}：${maskText(String(h.v).slice(0, 60), null)}`)
    .join("；");
  await audit(
    m,
    { user: user ?? ({ id: 0, username: "system" } as RequestContext["user"]), ip: "" },
    {
      action: "delete",
      resource: "customFields",
      recordIds: [existing!.id],
      summary:
        `删除${desc.label}的自定义字段“${rec.label}”（${rec.key}，${rec.type}），${held.length} 条记录的值已一并删除` +
        (held.length ? `；其中${held.length > AUDITED_VALUES ? `前 ${AUDITED_VALUES} 条` : ""}：${sample}` : ""),
    },
  );
}

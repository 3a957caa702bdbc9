// sort / range / filter of the ra-data-simple-rest protocol → a query, whitelisted by the description.
import { databaseKind } from "../db";
import {
  customSearchFields,
  searchFields,
  SYSTEM_FIELDS,
  type Field,
  type ResourceDescription,
} from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { isoToday } from "../../entities/dates";
import { CONTROL, CONTROL_ALL, MAX_INT, ruleProblem } from "../../entities/validate";
import type { Principal } from "../access/policy";
import { BadRequest } from "../errors";
import { masksFor } from "../services/output";
import { ftsTable, GRAMS_FUNCTION, gramTable } from "../searchIndex";
import { sortKeyColumn } from "../../entities/sortKey";
import { customExpression } from "../services/customFields";
import type { WhereBuilder } from "../services/records/directRead";

export const MAX_RANGE = 1000;
/** All the values one filter may bind, together (a database bounds the parameters of one statement). */
export const MAX_BOUND = 5000;
export type Sort = [string, "ASC" | "DESC"];
export type Filter = Record<string, unknown>;
export interface ListParams {
  sort: Sort;
  range: [number, number];
  filter: Filter;
}

const OPS = { _gte: ">=", _lte: "<=", _gt: ">", _lt: "<", _neq: "<>" } as const;
type Op = keyof typeof OPS;

function parseJson(raw: unknown, name: string): unknown {
  if (raw === undefined || raw === "") return undefined;
  if (typeof raw !== "string") throw new BadRequest(`参数 ${name} 只能出现一次`);
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequest(`参数 ${name} 不是有效的 JSON`);
  }
}

/** The field a list may sort or filter on, by name; system fields included. */
export function describedField(desc: ResourceDescription, name: string): Field | undefined {
  if (
    !Object.prototype.hasOwnProperty.call(desc.fields, name) &&
    !Object.prototype.hasOwnProperty.call(SYSTEM_FIELDS, name)
  )
    return undefined;
  return desc.fields[name] ?? (SYSTEM_FIELDS as Record<string, Field>)[name];
}

export function parseListParams(desc: ResourceDescription, query: Record<string, unknown>): ListParams {
  const sortRaw = parseJson(query.sort, "sort") ?? desc.defaultSort ?? ["id", "ASC"];
  if (
    !Array.isArray(sortRaw) ||
    typeof sortRaw[0] !== "string" ||
    !["ASC", "DESC", "asc", "desc", undefined].includes(sortRaw[1])
  )
    throw new BadRequest('排序参数应为 ["字段","ASC"] 或 ["字段","DESC"]');
  const field = describedField(desc, sortRaw[0]);
  if (!field || !(field.sort || sortRaw[0] === "id"))
    throw new BadRequest(`不能按“${String(sortRaw[0]).slice(0, 40)}”排序`);
  const sort: Sort = [sortRaw[0], String(sortRaw[1] ?? "ASC").toUpperCase() as "ASC" | "DESC"];

  const rangeRaw = parseJson(query.range, "range") ?? [0, MAX_RANGE - 1];
  if (
    !Array.isArray(rangeRaw) ||
    rangeRaw.length !== 2 ||
    !rangeRaw.every((n) => Number.isSafeInteger(n) && n >= 0) ||
    rangeRaw[1] < rangeRaw[0]
  )
    throw new BadRequest("分页参数应为 [起始, 结束]，均为非负整数且结束不小于起始");
  if (rangeRaw[1] - rangeRaw[0] + 1 > MAX_RANGE) throw new BadRequest(`每次最多查询 ${MAX_RANGE} 条`);

  const filter = parseJson(query.filter, "filter") ?? {};
  if (!filter || typeof filter !== "object" || Array.isArray(filter)) throw new BadRequest("筛选参数应为一个对象");
  // Every list takes the request's 培育批次 as `roundId`; a resource not of a round has it for its computed
  // values (a city's quota) only (requireSession has read it), not as a condition on its rows.
  if (!desc.fields.roundId && "roundId" in filter) {
    const { roundId: _round, ...rest } = filter as Filter;
    return { sort, range: rangeRaw as [number, number], filter: rest };
  }
  return { sort, range: rangeRaw as [number, number], filter: filter as Filter };
}

/** Coerces one filter value to the field's type, or throws a Chinese 400. */
function filterValue(name: string, f: Field, v: unknown): string | number | boolean {
  const bad = () => new BadRequest(`筛选条件“${f.label}”的取值无效`, { [name]: `${f.label}的取值无效` });
  if (typeof v === "object" && v !== null) throw bad();
  switch (f.type) {
    case "int":
    case "ref":
    case "number": {
      const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
      if (!Number.isFinite(n) || (f.type !== "number" && (!Number.isInteger(n) || Math.abs(n) > MAX_INT))) throw bad();
      return n;
    }
    case "boolean":
      if (v === true || v === "true" || v === 1 || v === "1") return true;
      if (v === false || v === "false" || v === 0 || v === "0") return false;
      throw bad();
    case "enum":
    case "enums":
      if (!f.options!.some((o) => o.value === String(v))) throw bad();
      return String(v);
    default:
      if ((typeof v !== "string" && typeof v !== "number") || CONTROL.test(String(v))) throw bad();
      return String(v);
  }
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A filter key split into its field and operator: `validUntil_gte` → ["validUntil", "_gte"]. */
export function splitFilterKey(key: string): [string, Op | undefined] {
  const m = /^(.*?)(_gte|_lte|_gt|_lt|_neq)?$/.exec(key)!;
  return [m[1], m[2] as Op | undefined];
}

/** The list search's term as it is looked for: control characters dropped, spaces folded, at most 100 characters. */
export function searchTerm(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") throw new BadRequest("搜索关键词应为文本");
  // Control characters are never part of a stored text: drop them (PostgreSQL refuses NUL).
  return String(value).replace(CONTROL_ALL, "").replace(/\s+/g, " ").trim().slice(0, 100);
}

/**
 * The SQL of a field in a query on alias `e` (or, unqualified, on its table): its column, or for a custom
 * field the expression over the JSON column `custom` that its expression index holds.
 */
function fieldColumn(qb: WhereBuilder, desc: ResourceDescription, name: string, qualified = true) {
  const f = desc.fields[name];
  const column = (c: string) => (qualified ? `${qb.escape("e")}.${qb.escape(c)}` : qb.escape(c));
  return f?.custom ? customExpression(databaseKind(qb), column("custom"), name, f.type) : column(name);
}

/** What the parts of a WHERE share: the query, its bound parameters (counted) and how to name a column. */
function whereWriter(qb: WhereBuilder, user: Principal, desc: ResourceDescription) {
  let n = 0;
  let bound = 0;
  const sqlite = databaseKind(qb) === "sqlite";
  return {
    qb,
    user,
    sqlite,
    // SQLite's LIKE ignores the case of Latin letters; PostgreSQL's ILIKE does the same.
    like: sqlite ? "LIKE" : "ILIKE",
    param(v: unknown) {
      bound += Array.isArray(v) ? v.length : 1;
      if (bound > MAX_BOUND) throw new BadRequest(`筛选条件的取值过多（最多 ${MAX_BOUND} 个）`);
      const p = `p${n++}`;
      qb.setParameter(p, sqlite && typeof v === "boolean" ? Number(v) : v);
      return p;
    },
    // A custom field's value is an expression over the JSON column, the one its index holds.
    col: (name: string) => fieldColumn(qb, desc, name),
    q: (name: string) => qb.escape(name),
  };
}
type WhereWriter = ReturnType<typeof whereWriter>;

/**
 * Whether an FTS5 match of `term` may hold a row that LIKE would not: FTS5 folds the case of every
 * alphabet (and U+FFFE/U+FFFF to U+FFFD), LIKE only ASCII's, so a term with a cased letter (even
 * ASCII: K, the Kelvin sign, folds to k) is checked again by LIKE on the rows found. Chinese, digits and
 * punctuation fold to nothing else: the index alone answers.
 */
const needsRecheck = (term: string) =>
  [...term].some((c) => c.toLowerCase() !== c.toUpperCase() || (c >= "\uFFFD" && c <= "\uFFFF"));

/**
 * `q`: records whose searched text holds the term, or whose referenced record's name does (a registration
 * by its enterprise's name), exactly what LIKE / ILIKE '%term%' finds, through an index for every length
 * (server/searchIndex.ts). SQLite: terms of one or two characters are one token of the FTS5 grams table,
 * longer ones a phrase of the FTS5 trigram table. PostgreSQL: the search_grams GIN indexes hold the term's
 * pairs (one or two characters: the term itself), then ILIKE on the rows found.
 */
function whereSearch(w: WhereWriter, desc: ResourceDescription, term: string) {
  const { q, like } = w;
  const short = [...term].length <= 2;
  // Fields the user sees masked are never searched: a match would tell what the mask hides.
  const searched = (target: ResourceDescription) =>
    searchFields(target).filter((k) => !masksFor(w.user, target.fields[k]));
  const indexed = (target: ResourceDescription) => w.sqlite && searched(target).length > 0;
  const customSearched = (target: ResourceDescription) =>
    customSearchFields(target).filter((k) => !masksFor(w.user, target.fields[k]));
  const pattern = w.param(`%${likeEscape(term)}%`);
  const likes = (columns: string[]) => columns.map((c) => `${c} ${like} :${pattern} ESCAPE '\\'`).join(" OR ");
  let lowered: string | undefined;
  /**
   * PostgreSQL: whether a column's grams index holds the term (ILIKE decides): a term of 1 or 2 characters
   * as one key, a longer one as its pairs, which hold every character (its single characters too made GIN
   * read their longer lists: “智能装备”, 1.2 ms against 0.65 in the name's index) (the planner then reads
   * the index, where with the ILIKEs alone over pg_trgm it chose to read the table).
   */
  const grams = (column: string) => {
    lowered ??= w.param(term);
    const text = `CAST(:${lowered} AS text)`;
    const keys = short
      ? `ARRAY[lower(${text})]`
      : `ARRAY(SELECT g FROM unnest(${GRAMS_FUNCTION}(${text})) g WHERE length(g) = 2)`;
    return `${GRAMS_FUNCTION}(${column}) @> ${keys}`;
  };
  /**
   * Rows whose `columns` hold the term, or that `others` (references, custom fields) find. On PostgreSQL
   * two groups: the grams indexes' OR (a BitmapOr; only rechecked when lossy), AND the ILIKEs' OR that
   * decides (ILIKE implies the grams, so the AND is the ILIKEs' OR). Put in one OR per column, the grams
   * function would run again on every row found, in the filter.
   */
  const holds = (columns: string[], others: string[] = []) => {
    const exact = [...columns.map((c) => likes([c])), ...others];
    if (w.sqlite || !columns.length) return exact.length ? `(${exact.join(" OR ")})` : "1 = 0";
    return `((${[...columns.map(grams), ...others].join(" OR ")}) AND (${exact.join(" OR ")}))`;
  };
  /** SQLite: the ids of a table's rows whose text in `columns` holds the term, from its FTS5 index. */
  const matchIds = (target: ResourceDescription, columns: string[]) => {
    const phrase = `"${term.replace(/"/g, '""')}"`;
    const fts = q(short ? gramTable(target.table) : ftsTable(target.table));
    const query = columns.length < searchFields(target).length ? `{${columns.join(" ")}} : ${phrase}` : phrase;
    const ids = `SELECT rowid FROM ${fts} WHERE ${fts} MATCH :${w.param(query)}`;
    if (!needsRecheck(term)) return ids;
    return `SELECT ${q("id")} FROM ${q(target.table)} WHERE ${q("id")} IN (${ids}) AND (${likes(columns.map(q))})`;
  };
  const refs: [string, string][] = [];
  for (const [k, f] of Object.entries(desc.fields)) {
    const target = f.type === "ref" ? resourceByKey[f.ref!] : undefined;
    if (!target || !searched(target).includes(target.title)) continue;
    const inner = indexed(target) ? `${q("id")} IN (${matchIds(target, [target.title])})` : holds([q(target.title)]);
    refs.push([k, `SELECT ${q("id")} FROM ${q(target.table)} WHERE ${inner}`]);
  }
  if (indexed(desc)) {
    // One set of ids, driven by the indexes: the text index, and each reference's own index.
    const ids = [
      matchIds(desc, searched(desc)),
      ...refs.map(([k, sub]) => `SELECT ${q("id")} FROM ${q(desc.table)} WHERE ${q(k)} IN (${sub})`),
      // Custom text fields are outside the FTS index: a LIKE over their JSON value (a scan of the table).
      ...customSearched(desc).map(
        (k) => `SELECT ${q("id")} FROM ${q(desc.table)} WHERE ${likes([fieldColumn(w.qb, desc, k, false)])}`,
      ),
    ];
    // Each record once, and only records that exist (the triggers keep the index in step): a list narrowed by
    // the search alone is counted from these ids, without the table (SelectSql).
    const set = ids.join(" UNION ");
    if (w.qb.andWhereIdIn) w.qb.andWhereIdIn(set);
    else w.qb.andWhere(`${w.col("id")} IN (${set})`);
    return;
  }
  const others = [
    ...customSearched(desc).map((k) => likes([w.col(k)])),
    // On PostgreSQL an array computed once (an InitPlan), which the column's B-tree serves in a BitmapOr
    // with the text indexes; `IN (subquery)` would be a hashed SubPlan, tested on every row of a scan.
    ...refs.map(([k, sub]) => (w.sqlite ? `${w.col(k)} IN (${sub})` : `${w.col(k)} = ANY(ARRAY(${sub}))`)),
  ];
  const columns = searched(desc).map(w.col);
  w.qb.andWhere(holds(columns, others));
  // PostgreSQL: the rows come from the grams indexes (and the references' B-trees) alone, unless a custom
  // field's LIKE reads the table. A term of 1 or 2 characters is one key of lower(text)'s characters and
  // pairs, which is what ILIKE finds (it lowers both sides): its count needs no ILIKE. The page keeps it,
  // tested before the grams function on the rows read along the order's index.
  if (!w.sqlite && columns.length && !customSearched(desc).length)
    w.qb.searchedByIndex?.(short ? `(${[...columns.map(grams), ...others].join(" OR ")})` : undefined);
}

/** `cityId` on a resource that belongs to an enterprise: records of the enterprises of those cities. */
function whereEnterpriseCity(w: WhereWriter, enterpriseKey: string, value: unknown) {
  const city = (resourceByKey.enterprises.fields as Record<string, Field>).cityId;
  const vals = (Array.isArray(value) ? value : [value]).map((v) => filterValue("cityId", city, v));
  const ent = resourceByKey.enterprises.table;
  w.qb.andWhere(
    vals.length === 0
      ? "1 = 0"
      : `${w.col(enterpriseKey)} IN (SELECT ${w.q("id")} FROM ${w.q(ent)} WHERE ${w.q("cityId")} IN (:...${w.param(vals)}))`,
  );
}

/** One described field's condition: equal, a range bound, not equal, empty, one of a list, or (JSON arrays) holding. */
function whereField(w: WhereWriter, desc: ResourceDescription, key: string, value: unknown) {
  const { col, param } = w;
  const [name, op] = splitFilterKey(key);
  const f = describedField(desc, name);
  if (!f || !(f.filter || name === "id")) throw new BadRequest(`不能按“${key.slice(0, 40)}”筛选`);
  if (masksFor(w.user, f)) return wherePersonal(w, name, f, op, value);
  if (value === null) {
    if (op && op !== "_neq") throw new BadRequest(`筛选条件“${f.label}”的取值无效`);
    w.qb.andWhere(`${col(name)} IS ${op ? "NOT " : ""}NULL`);
  } else if (f.type === "enums" || f.type === "refs") {
    // JSON array columns: matches records holding any of the given values.
    const vals = (Array.isArray(value) ? value : [value]).map((v) => filterValue(name, f, v));
    const likes = vals.map((v) => `${col(name)} LIKE :${param(f.type === "enums" ? `%"${v}"%` : `%[${v}]%`)}`);
    const refLikes =
      f.type === "refs"
        ? vals.flatMap((v) => [`[${v},%`, `%,${v},%`, `%,${v}]`].map((pat) => `${col(name)} LIKE :${param(pat)}`))
        : [];
    const all = [...likes, ...refLikes];
    w.qb.andWhere(all.length ? `${op === "_neq" ? "NOT " : ""}(${all.join(" OR ")})` : "1 = 0");
  } else if (Array.isArray(value)) {
    if (op && op !== "_neq") throw new BadRequest(`筛选条件“${f.label}”不能是列表`);
    if (value.length > MAX_RANGE) throw new BadRequest(`筛选条件“${f.label}”最多 ${MAX_RANGE} 个取值`);
    const vals = value.map((v) => filterValue(name, f, v));
    if (vals.length === 0) w.qb.andWhere(op ? "1 = 1" : "1 = 0");
    else w.qb.andWhere(`${col(name)} ${op ? "NOT IN" : "IN"} (:...${param(vals)})`);
  } else {
    w.qb.andWhere(`${col(name)} ${op ? OPS[op] : "="} :${param(filterValue(name, f, value))}`);
  }
}

const maskedHint = (f: Field) => `${f.label}对您是隐去部分内容显示的，只能输入完整的${f.label}精确查找`;

/**
 * A field `user` sees masked: no range, no "not equal", no list, only one complete value looked up
 * exactly (which the list audits, see personalLookups). An incomplete value (a mask, part of a
 * number) matches nothing: it could only tell something by matching.
 */
function wherePersonal(w: WhereWriter, name: string, f: Field, op: Op | undefined, value: unknown) {
  const refuse = (what: string) => new BadRequest(`不能${what}：${maskedHint(f)}`, { [name]: maskedHint(f) });
  if (op) throw refuse(`按“${f.label}”做范围或不等筛选`);
  if (Array.isArray(value)) throw refuse(`按“${f.label}”的多个取值筛选`);
  if (value === null) return void w.qb.andWhere(`${w.col(name)} IS NULL`);
  const v = completeValue(f, filterValue(name, f, value));
  w.qb.andWhere(v === null ? "1 = 0" : `${w.col(name)} = :${w.param(v)}`);
}

/** The value if it is a whole, valid value of the field (its rule passes), else null. */
function completeValue(f: Field, v: string | number | boolean): string | null {
  const s = String(v).trim();
  const value = f.rule === "idNumber" ? s.toUpperCase() : s;
  if (!value || value.includes("*")) return null;
  if (f.rule && ruleProblem(f.rule, value, f, {}, isoToday()) !== null) return null;
  return value;
}

/**
 * The labels of the masked fields that `filter` looks up by an exact, complete value for `user`: what
 * the audit log records of such a lookup (who, which field, when; never the value).
 */
export function personalLookups(desc: ResourceDescription, filter: Filter, user: Principal): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    const [name, op] = splitFilterKey(key);
    const f = key === "q" ? undefined : describedField(desc, name);
    if (!f || op || value === null || typeof value === "object" || !masksFor(user, f)) continue;
    if (typeof value === "string" && completeValue(f, value) !== null) out.push(f.label);
  }
  return out;
}

/** The list's order; a field `user` sees masked is never an order (its order would tell the hidden digits). */
export function applySort<Q extends WhereBuilder>(qb: Q, desc: ResourceDescription, sort: Sort, user: Principal) {
  const [field, order] = sort;
  const f = describedField(desc, field);
  if (masksFor(user, f)) throw new BadRequest(`不能按“${f!.label}”排序：${maskedHint(f!)}`);
  // A name sorted by pinyin goes by its stored, indexed key (entities/sortKey.ts); a custom field by the
  // expression its index holds.
  qb.orderBy(f?.custom ? fieldColumn(qb, desc, field) : `e.${f?.sortKey ? sortKeyColumn(field) : field}`, order);
  if (field !== "id") qb.addOrderBy("e.id", "ASC");
  return qb;
}

/**
 * Adds the WHERE of `filter` to a query on alias `e`, for `user`. Unknown keys are a 400, never raw SQL;
 * fields the user sees masked are neither searched nor compared (wherePersonal).
 */
export function applyFilter<Q extends WhereBuilder>(qb: Q, desc: ResourceDescription, filter: Filter, user: Principal) {
  const keys = Object.keys(filter);
  if (keys.length > 40) throw new BadRequest("筛选条件过多");
  const w = whereWriter(qb, user, desc);
  for (const key of keys) {
    const value = filter[key];
    if (value === undefined) continue;
    if (key === "q") {
      const term = searchTerm(value);
      if (term) whereSearch(w, desc, term);
    } else if (key === "cityId" && desc.enterpriseKey && !desc.fields.cityId) {
      whereEnterpriseCity(w, desc.enterpriseKey, value);
    } else {
      whereField(w, desc, key, value);
    }
  }
  return qb;
}

const OP_WORDS: Record<string, string> = { _gte: "≥", _lte: "≤", _gt: ">", _lt: "<", _neq: "≠" };

/** A filter as a person reads it, for the audit log: 所属市州 = 编号 1；关键词“光电”. */
export function describeFilter(desc: ResourceDescription, filter: Filter): string {
  const parts = Object.entries(filter).map(([key, value]) => {
    if (key === "q") return `关键词“${String(value)}”`;
    const m = splitFilterKey(key);
    const f =
      describedField(desc, m[0]) ??
      (m[0] === "cityId" ? (resourceByKey.enterprises.fields.cityId as Field) : undefined);
    const show = (v: unknown) =>
      v === null
        ? "空"
        : f?.options
          ? (f.options.find((o) => o.value === String(v))?.label ?? String(v))
          : f?.type === "ref" || m[0] === "id"
            ? `编号 ${v}`
            : typeof v === "boolean"
              ? v
                ? "是"
                : "否"
              : String(v);
    // Personal data is never written into the log, whoever looked it up.
    const shown =
      f?.personal && value !== null
        ? "（完整值，不记录）"
        : Array.isArray(value)
          ? value.map(show).join("、")
          : show(value);
    return `${f?.label ?? key} ${m[1] ? OP_WORDS[m[1]] : "="} ${shown}`;
  });
  return parts.length ? parts.join("；") : "全部";
}

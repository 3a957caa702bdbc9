// What an export holds: the described columns (Chinese headers), enum labels, references as names,
// personal data masked, text that could start a formula neutralised. Shared by CSV and XLSX.
import type { DataSource } from "typeorm";
import { optionLabel, recordName, SYSTEM_FIELDS, type Field, type ResourceDescription } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { access, type Principal } from "../access/policy";
import type { ListParams } from "../rest/listQuery";
import { beijingDateTime } from "../../entities/dates";
import { maskValue, sheetCell, sheetDate, type Cell } from "./output";
import type { ResourceService } from "./resourceService";
import { read } from "./unitOfWork";

type Rec = Record<string, any>;
export type { Cell };
export interface Column {
  key: string;
  label: string;
  field?: Field;
  width: number;
}

export function exportColumns(desc: ResourceDescription): Column[] {
  const width = (f: { type: string; max?: number }) =>
    f.type === "text" || f.type === "rows"
      ? 40
      : f.type === "date"
        ? 12
        : f.type === "boolean"
          ? 8
          : f.type === "int" || f.type === "number"
            ? 10
            : Math.min(Math.max(f.max ?? 16, 10), 36);
  return [
    { key: "id", label: SYSTEM_FIELDS.id.label, width: 8 },
    ...Object.entries(desc.fields)
      .filter(([, f]) => f.export !== false && !f.hidden && !f.virtual)
      .map(([key, field]) => ({ key, label: field.label, field, width: width(field) })),
    ...Object.entries(desc.computed ?? {}).map(([key, c]) => ({ key, label: c.label, width: width(c) })),
  ];
}

export { neutralise } from "./output";

/** Yields the matching records page by page, each page in its own turn on the database. */
export async function* exportPages(
  ds: DataSource,
  user: Principal,
  service: ResourceService,
  params: Omit<ListParams, "range">,
  pageSize = 1000,
) {
  // In the order of ids, each page starts after the last one's id (an index seek, however far in: a million
  // rows read with OFFSET would skip half a billion); in any other order, by offset.
  const [by, order] = params.sort;
  const after = order === "DESC" ? "id_lt" : "id_gt";
  const keyset = by === "id" && !(after in params.filter);
  let last: number | undefined;
  for (let offset = 0; ; offset += pageSize) {
    const filter = keyset && last !== undefined ? { ...params.filter, [after]: last } : params.filter;
    const start = keyset ? 0 : offset;
    const { rows } = await service.list(
      user,
      { ...params, filter, range: [start, start + pageSize - 1] },
      { withTotal: false },
    );
    if (rows.length) yield await withReferenceTitles(ds, user, service, rows);
    if (rows.length < pageSize) return;
    last = rows[rows.length - 1].id;
  }
}

/** Loads the names of the records a page refers to: field → id → name. */
async function withReferenceTitles(ds: DataSource, user: Principal, service: ResourceService, rows: Rec[]) {
  const desc = service.desc;
  const wanted = new Map<string, Set<number>>();
  const want = (ref: string, id: unknown) => {
    if (typeof id !== "number") return;
    if (!wanted.has(ref)) wanted.set(ref, new Set());
    wanted.get(ref)!.add(id);
  };
  for (const [name, f] of Object.entries(desc.fields)) {
    for (const r of rows) {
      if (f.type === "ref") want(f.ref!, r[name]);
      if (f.type === "refs" && f.ref) for (const id of r[name] ?? []) want(f.ref, id);
      if (f.type === "rows")
        for (const [sub, rf] of Object.entries(f.of!))
          if (rf.type === "ref") for (const row of r[name] ?? []) want(rf.ref!, row[sub]);
    }
  }
  const titles = new Map<string, Map<number, string>>();
  await read(ds, async (m) => {
    for (const [ref, ids] of wanted) {
      // Only names the principal may see: anything else stays a bare number.
      const target = resourceByKey[ref];
      if (access(user, ref) === "none") continue;
      // The title column is enough unless the description names its records from other fields.
      const query = service.query(user, {}, m, ref).andWhere("e.id IN (:...ids)", { ids: [...ids] });
      const found = await (target.name ? query : query.select(["e.id", `e.${target.title}`])).getMany();
      titles.set(ref, new Map(found.map((x) => [x.id, recordName(target, x)])));
    }
  });
  return { rows, user, title: (ref: string, id: number) => titles.get(ref)?.get(id) ?? `编号 ${id}` };
}

export type Page = Awaited<ReturnType<typeof withReferenceTitles>>;

/**
 * One record as export cells, in the columns' order: every cell masked and neutralised by output.ts's
 * rules. In an xlsx, date and date-time fields are real dates (sheetDate: Beijing wall-clock time) that the
 * columns format as yyyy-mm-dd (hh:mm); in a CSV they are that text.
 */
export function cells(columns: Column[], r: Rec, page: Page, sheet: "xlsx" | "csv" = "xlsx"): Cell[] {
  return columns.map(({ key, field }) => {
    const v = maskValue(field, r[key], page.user, { list: true });
    if (v !== null && v !== undefined && v !== "" && (field?.type === "date" || field?.type === "datetime")) {
      if (sheet === "xlsx") return sheetDate(v, field.type);
      if (field.type === "datetime" && !Number.isNaN(new Date(v).getTime())) return sheetCell(beijingDateTime(v));
    }
    return sheetCell(cellValue(field, v, page));
  });
}

/** A stored value as a person reads it in a sheet: labels, names, 是 / 否. */
function cellValue(field: Field | undefined, v: any, page: Page): unknown {
  if (v === null || v === undefined) return null;
  if (!field) return typeof v === "number" ? v : String(v);
  switch (field.type) {
    case "int":
    case "number":
      return typeof v === "number" ? v : Number(v);
    case "boolean":
      return v ? "是" : "否";
    case "enum":
      return optionLabel(field, v);
    case "enums":
      return (v as string[]).map((x) => optionLabel(field, x)).join("、");
    case "ref":
      return page.title(field.ref!, v);
    case "refs":
      return (v as number[]).map((id) => (field.ref ? page.title(field.ref, id) : String(id))).join("、");
    case "rows":
      return (v as Rec[])
        .map((row) =>
          Object.entries(field.of!)
            .map(([k, rf]) => (rf.type === "ref" ? page.title(rf.ref!, row[k]) : row[k]))
            .filter((x) => x !== null && x !== "")
            .join("，"),
        )
        .join("；");
    default:
      return String(v);
  }
}

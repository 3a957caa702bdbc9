// Import: find the header by its Chinese labels, read each row as the API would take it, match it to
// an existing record, and say new / update / unchanged / error — then, on commit, write exactly those rows.
import ExcelJS from "exceljs";
import type { DataSource } from "typeorm";
import type { Field } from "../../../entities/describe";
import { resourceByKey } from "../../../entities/registry";
import { importKind, type ImportKind } from "../../../entities/imports";
import { validateRecord } from "../../../entities/validate";
import type { Principal } from "../../access/policy";
import { ApiError, BadRequest, NotFound } from "../../errors";
import { hooks } from "../rules/index";
import type { ResourceService } from "../resourceService";
import { queued } from "../unitOfWork";
import { readSheet, type CellValue, type SheetRow } from "./sheet";
import { cellText, fieldValue } from "./values";

type Rec = Record<string, any>;
export type Outcome = "new" | "update" | "unchanged" | "error";
export interface PreviewRow {
  row: number;
  outcome: Outcome;
  errors: { field: string; message: string }[];
  /** For an update: the labels of the fields it changes. */
  changes?: string[];
  id?: number;
  body?: Rec;
  cells?: CellValue[];
}

const label = (s: string) => cellText(s).replace(/[\s*＊:：]/g, "");
const isSkippable = (cells: CellValue[]) => {
  const texts = cells.map(cellText).filter(Boolean);
  return texts.length === 0 || texts.every((t) => /^(\.{2,}|…+|。{2,}|等)$/.test(t));
};
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export class ImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
  ) {}

  private kind(key: string) {
    const kind = importKind(key);
    if (!kind) throw new NotFound(`没有名为“${key.slice(0, 40)}”的导入类型`);
    return kind;
  }

  /** label → field name, with the forms' own headings and the export's 编号. */
  private headings(kind: ImportKind) {
    const desc = resourceByKey[kind.resource];
    const map = new Map<string, string>([["编号", "id"]]);
    for (const k of kind.columns) {
      map.set(label(desc.fields[k].label), k);
      for (const a of kind.aliases?.[k] ?? []) map.set(label(a), k);
    }
    return map;
  }

  private findHeader(rows: SheetRow[], kind: ImportKind) {
    const map = this.headings(kind);
    let best = { index: -1, hits: 0 };
    rows.slice(0, 20).forEach((r, index) => {
      const hits = r.cells.filter((c) => map.has(label(cellText(c)))).length;
      if (hits > best.hits) best = { index, hits };
    });
    if (best.hits < 2) throw new BadRequest("没有找到表头：请使用导入模板，或确认前 20 行中有“企业名称”等列名");
    const columns = rows[best.index].cells.map((c) => map.get(label(cellText(c))));
    const ignored = rows[best.index].cells
      .map((c, i) => (!columns[i] && cellText(c) ? cellText(c) : null))
      .filter(Boolean) as string[];
    const desc = resourceByKey[kind.resource];
    const missing = kind.required.filter((k) => !columns.includes(k));
    if (missing.length)
      throw new BadRequest(`表头中没有找到“${missing.map((k) => desc.fields[k].label).join("”“")}”列`);
    return { index: best.index, columns, ignored };
  }

  /** 附件2 names its city in the 盖章 line above the header; a city bureau is always its own city. */
  private async cityOf(user: Principal, rows: SheetRow[], headerIndex: number, given: unknown) {
    if (user.role === "city") return user.cityId!;
    const cities: Rec[] = await queued(this.ds, () => this.ds.getRepository(resourceByKey.cities.entity).find());
    if (given) {
      const c = cities.find((x) => x.id === Number(given) || x.code === String(given));
      if (!c) throw new BadRequest("所选市州不存在", { cityId: "所选市州不存在" });
      return c.id as number;
    }
    const above = rows
      .slice(0, headerIndex)
      .flatMap((r) => r.cells.map(cellText))
      .join(" ");
    const named = cities.filter((c) => above.includes(c.name)).sort((a, b) => b.name.length - a.name.length)[0];
    if (!named) throw new BadRequest("请选择市州：表格的盖章行没有写明市州", { cityId: "请选择市州" });
    return named.id as number;
  }

  /** Names → ids of what rows may refer to, among the records the principal may see. */
  private async resolver(user: Principal, kind: ImportKind, cityId?: number) {
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
    await queued(this.ds, async () => {
      for (const ref of targets) {
        const t = resourceByKey[ref];
        const qb = this.services.get(ref)!.query(user, cityId && ref === "enterprises" ? { cityId } : {});
        const rows = await qb.getMany();
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

  async preview(
    user: Principal,
    kindKey: string,
    file: { buffer: Buffer; originalname: string } | undefined,
    cityParam?: unknown,
  ) {
    const kind = this.kind(kindKey);
    const service = this.services.get(kind.resource)!;
    service.assertAccess(user, "write");
    if (!file) throw new BadRequest("请选择要导入的文件（表单字段 file）");
    const rows = await readSheet(file.buffer, Buffer.from(file.originalname, "latin1").toString("utf8"));
    const header = this.findHeader(rows, kind);
    const cityId = kind.key === "citySummary" ? await this.cityOf(user, rows, header.index, cityParam) : undefined;
    const ref = await this.resolver(user, kind, cityId);
    const desc = resourceByKey[kind.resource];
    // First every row's values, then the records they may update in a few queries, then the outcomes.
    const parsed: { r: SheetRow; body: Rec; id?: number; errors: { field: string; message: string }[] }[] = [];
    for (const r of rows.slice(header.index + 1)) {
      if (isSkippable(r.cells)) continue;
      const errors: { field: string; message: string }[] = [];
      const body: Rec = cityId ? { cityId } : {};
      let id: number | undefined;
      header.columns.forEach((k, i) => {
        if (!k || (kind.key === "citySummary" && k === "id")) return;
        if (k === "id") {
          const n = Number(cellText(r.cells[i]));
          if (Number.isInteger(n) && n > 0) id = n;
          return;
        }
        const f = desc.fields[k] as Field;
        const v = fieldValue(f, r.cells[i] ?? null, ref);
        if (v && typeof v === "object" && "unknown" in (v as Rec))
          errors.push({ field: k, message: `未找到名为“${(v as Rec).unknown}”的${resourceByKey[f.ref!].label}` });
        else if (v !== undefined && !(f.personal && typeof v === "string" && v.includes("*"))) body[k] = v;
      });
      parsed.push({ r, body, id, errors });
    }
    const find = await this.matcher(user, kind, parsed, cityId);
    const seen = new Map<string, number>();
    const out: PreviewRow[] = [];
    for (const { r, body, id, errors } of parsed) {
      const existing = find(id, body);
      if (id && !existing) errors.push({ field: "id", message: `编号 ${id} 的${desc.label}不存在` });
      const key = existing
        ? `id:${existing.id}`
        : kind.matchBy.map((ks) => ks.map((k) => body[k]).join("|")).find((s) => !s.split("|").includes("undefined"));
      if (key && seen.has(key)) errors.push({ field: kind.matchBy[0][0], message: `与第 ${seen.get(key)} 行重复` });
      else if (key) seen.set(key, r.row);
      if (kind.key === "citySummary" && !existing && body.name)
        errors.push({ field: "name", message: `本市州没有名为“${body.name}”的企业，请先导入企业名单` });
      if (!errors.length) {
        const { values, errors: invalid } = validateRecord(desc, body, existing ?? undefined);
        for (const [field, message] of Object.entries(invalid)) errors.push({ field, message });
        if (!errors.length && existing)
          errors.push(...(await this.recordRules(desc.key, { ...existing, ...values }, existing)));
        if (!errors.length) {
          const changes = existing
            ? Object.entries(values)
                .filter(([k, v]) => !same(v, existing[k]))
                .map(([k]) => desc.fields[k].label)
            : [];
          out.push({
            row: r.row,
            outcome: existing ? (changes.length ? "update" : "unchanged") : "new",
            errors,
            changes,
            id: existing?.id,
            body,
            cells: r.cells,
          });
          continue;
        }
      }
      out.push({ row: r.row, outcome: "error", errors, cells: r.cells });
    }
    const counts = { new: 0, update: 0, unchanged: 0, error: 0 };
    for (const r of out) counts[r.outcome]++;
    return {
      kind: kind.key,
      fileName: file.originalname,
      headerRow: rows[header.index].row,
      ignoredColumns: header.ignored,
      counts,
      rows: out,
      header: rows[header.index].cells,
    };
  }

  /** The checks of an update that look at other records, as the commit will run them (an enterprise's live nominations). */
  private async recordRules(key: string, record: Rec, existing: Rec) {
    const check = hooks[key]?.check;
    if (!check) return [];
    try {
      await queued(this.ds, () => check(this.ds.manager, record, existing));
      return [];
    } catch (e) {
      if (e instanceof ApiError) return Object.entries(e.errors).map(([field, message]) => ({ field, message }));
      throw e;
    }
  }

  /**
   * Loads the records the rows may update — by 编号, else by the kind's matching fields — in a few
   * queries, and answers which record a row updates.
   */
  private async matcher(user: Principal, kind: ImportKind, parsed: { body: Rec; id?: number }[], cityId?: number) {
    const service = this.services.get(kind.resource)!;
    // A city's summary updates that city's enterprises only: a name from another city is no match.
    const scope = cityId ? { cityId } : {};
    const load = (field: string, values: unknown[]) =>
      queued(this.ds, async () => {
        const found: Rec[] = [];
        const unique = [...new Set(values)];
        for (let i = 0; i < unique.length; i += 500)
          found.push(
            ...(await service
              .query(user, scope)
              .andWhere(`e.${field} IN (:...v)`, { v: unique.slice(i, i + 500) })
              .getMany()),
          );
        return found;
      });
    const byId = new Map((await load("id", parsed.map((p) => p.id).filter(Boolean))).map((r) => [r.id, r]));
    const usable = (keys: string[], body: Rec) =>
      keys.every((k) => body[k] !== undefined && typeof body[k] !== "object");
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

  /** Commits the previewed rows (all, or all but the error rows when asked) in one transaction. */
  async commit(
    user: Principal,
    ip: string,
    kindKey: string,
    file: { buffer: Buffer; originalname: string } | undefined,
    options: { cityId?: unknown; skipErrors?: boolean },
  ) {
    const p = await this.preview(user, kindKey, file, options.cityId);
    if (p.counts.error && !options.skipErrors)
      throw new BadRequest(`有 ${p.counts.error} 行有错误，未导入任何数据；请修改后重新导入，或选择跳过错误行`);
    const items = p.rows
      .filter((r) => r.outcome === "new" || r.outcome === "update")
      .map((r) => ({ row: r.row, id: r.id, body: r.body! }));
    const summary = `导入“${p.fileName}”：新增 ${p.counts.new}，更新 ${p.counts.update}，无变化 ${p.counts.unchanged}，错误 ${p.counts.error}${p.counts.error ? "（已跳过）" : ""}`;
    const service = this.services.get(this.kind(kindKey).resource)!;
    if (items.length) await service.applyImport({ user, ip }, items, summary);
    return { ...p, committed: true };
  }

  /** The error rows as they were, with a 错误原因 column, to fix and import again. */
  async errorSheet(preview: Awaited<ReturnType<ImportService["preview"]>>) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("错误行");
    ws.addRow(["原行号", ...preview.header.map((c) => cellText(c)), "错误原因"]).font = { bold: true };
    const desc = resourceByKey[this.kind(preview.kind).resource];
    for (const r of preview.rows.filter((x) => x.outcome === "error")) {
      const row = ws.addRow([
        r.row,
        ...(r.cells ?? []).map((c) => cellText(c)),
        r.errors.map((e) => `${desc.fields[e.field]?.label ?? "编号"}：${e.message}`).join("；"),
      ]);
      row.getCell(row.cellCount).font = { color: { argb: "FFC00000" } };
    }
    return wb;
  }

  /** An empty sheet with the kind's headings (required ones marked), from the descriptions. */
  template(kindKey: string) {
    const kind = this.kind(kindKey);
    const desc = resourceByKey[kind.resource];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(kind.label.slice(0, 31));
    const headings = kind.columns.map((k) =>
      kind.key === "citySummary" ? (kind.aliases?.[k]?.[0] ?? desc.fields[k].label) : desc.fields[k].label,
    );
    const row = ws.addRow(headings);
    row.font = { bold: true };
    kind.columns.forEach((k, i) => {
      const f = desc.fields[k];
      ws.getColumn(i + 1).width = Math.max(12, headings[i].length * 2 + 2);
      if (f.required) row.getCell(i + 1).font = { bold: true, color: { argb: "FFC00000" } };
      const hint = [
        f.required ? "必填" : "",
        f.options ? `可选：${f.options.map((o) => o.label).join("、")}` : "",
        f.help ?? "",
      ]
        .filter(Boolean)
        .join("；");
      if (hint) row.getCell(i + 1).note = hint;
    });
    ws.views = [{ state: "frozen", ySplit: 1 }];
    return { wb, name: `导入模板-${kind.label}.xlsx` };
  }
}

// Import: find the header by its Chinese labels, read each row as the API would take it, match it to
// an existing record, and say new / update / unchanged / error — then, on commit, write exactly those rows.
// Generic over the kinds: what differs per kind is in its definition (entities/imports.ts).
import type { DataSource } from "typeorm";
import { resourceByKey } from "../../../entities/registry";
import { importKind } from "../../../entities/imports";
import { validateRecord } from "../../../entities/validate";
import type { Principal } from "../../access/policy";
import { ApiError, BadRequest, NotFound } from "../../errors";
import { hooks } from "../rules/index";
import type { ResourceService } from "../resourceService";
import { read, yieldToOthers } from "../unitOfWork";
import { matchRecords } from "./matchRecords";
import { referenceNames } from "./referenceNames";
import { rowValues, type RowProblem } from "./rowValues";
import { readSheet, type CellValue } from "./sheet";
import { sheetCity } from "./sheetCity";
import { errorRowsSheet, importTemplate } from "./workbooks";

type Rec = Record<string, any>;
export type Outcome = "new" | "update" | "unchanged" | "error";
export interface PreviewRow {
  row: number;
  outcome: Outcome;
  errors: RowProblem[];
  /** For an update: the labels of the fields it changes. */
  changes?: string[];
  id?: number;
  body?: Rec;
  cells?: CellValue[];
}

/** Equal as JSON (missing as null); two different texts, the usual case, without writing either. */
const same = (a: unknown, b: unknown) => {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (typeof x === "string" && typeof y === "string") return false;
  return JSON.stringify(x) === JSON.stringify(y);
};

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

  async preview(
    user: Principal,
    kindKey: string,
    file: { buffer: Buffer; originalname: string } | undefined,
    cityParam?: unknown,
    signal?: AbortSignal,
  ): Promise<import("../../../entities/api").ImportResult<PreviewRow> & { header: CellValue[] }> {
    const kind = this.kind(kindKey);
    const service = this.services.get(kind.resource)!;
    service.assertAccess(user, "write");
    if (!file) throw new BadRequest("请选择要导入的文件（表单字段 file）");
    const { rows, header } = await readSheet(
      file.buffer,
      Buffer.from(file.originalname, "latin1").toString("utf8"),
      kind,
      signal,
    );
    const cityId = kind.perCity ? await sheetCity(this.ds, user, rows, header.index, cityParam) : undefined;
    const ref = await referenceNames(this.ds, user, kind, cityId);
    const desc = resourceByKey[kind.resource];
    // First every row's values, then the records they may update in a few queries, then the outcomes.
    const parsed = await rowValues(kind, rows, header, ref, cityId ? { cityId } : {});
    const find = await matchRecords(this.ds, service, user, kind, parsed, cityId);
    const seen = new Map<string, number>();
    const out: PreviewRow[] = [];
    for (const [n, { r, body, id, errors }] of parsed.entries()) {
      // Long previews let other requests in, and stop when their client has gone.
      if (n % 200 === 199) {
        await yieldToOthers();
        if (signal?.aborted) throw new BadRequest("请求已取消");
      }
      const existing = find(id, body);
      if (id && !existing) errors.push({ field: "id", message: `编号 ${id} 的${desc.label}不存在` });
      const key = existing
        ? `id:${existing.id}`
        : kind.matchBy.map((ks) => ks.map((k) => body[k]).join("|")).find((s) => !s.split("|").includes("undefined"));
      if (key && seen.has(key)) errors.push({ field: kind.matchBy[0][0], message: `与第 ${seen.get(key)} 行重复` });
      else if (key) seen.set(key, r.row);
      const refused = existing ? null : kind.unmatched?.(body);
      if (refused) errors.push(refused);
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
  private async recordRules(key: string, record: Rec, existing: Rec): Promise<RowProblem[]> {
    const check = hooks[key]?.check;
    if (!check) return [];
    try {
      await read(this.ds, (m) => check(m, record, existing));
      return [];
    } catch (e) {
      if (e instanceof ApiError) return Object.entries(e.errors).map(([field, message]) => ({ field, message }));
      throw e;
    }
  }

  /** Commits the previewed rows (all, or all but the error rows when asked) in one transaction. */
  async commit(
    user: Principal,
    ip: string,
    kindKey: string,
    file: { buffer: Buffer; originalname: string } | undefined,
    options: { cityId?: unknown; skipErrors?: boolean },
    signal?: AbortSignal,
  ) {
    const p = await this.preview(user, kindKey, file, options.cityId, signal);
    if (p.counts.error && !options.skipErrors)
      throw new BadRequest(`有 ${p.counts.error} 行有错误，未导入任何数据；请修改后重新导入，或选择跳过错误行`);
    const items = p.rows
      .filter((r) => r.outcome === "new" || r.outcome === "update")
      .map((r) => ({ row: r.row, id: r.id, body: r.body! }));
    const summary = `导入“${p.fileName}”：新增 ${p.counts.new}，更新 ${p.counts.update}，无变化 ${p.counts.unchanged}，错误 ${p.counts.error}${p.counts.error ? "（已跳过）" : ""}`;
    const service = this.services.get(this.kind(kindKey).resource)!;
    // A client that has gone before the write is started gets nothing written.
    if (signal?.aborted) throw new BadRequest("请求已取消");
    if (items.length) await service.applyImport({ user, ip }, items, summary);
    return { ...p, committed: true };
  }

  /** The error rows as they were, with a 错误原因 column, to fix and import again. */
  async errorSheet(preview: Awaited<ReturnType<ImportService["preview"]>>) {
    return errorRowsSheet(this.kind(preview.kind), preview.header, preview.rows);
  }

  /** An empty sheet with the kind's headings (required ones marked), from the descriptions. */
  template(kindKey: string) {
    return importTemplate(this.kind(kindKey));
  }
}

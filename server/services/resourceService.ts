// CRUD over one described resource: validation, references, uniqueness, versions and hooks,
// each write in one transaction.
import type { DataSource, EntityManager } from "typeorm";
import { maskIdentifier } from "../../entities/codes";
import type { ResourceDescription } from "../../entities/describe";
import { resourceByKey } from "../../entities/fields";
import { validateRecord } from "../../entities/validate";
import { ApiError, BadRequest, Conflict, NotFound, ValidationFailed } from "../errors";
import { applyFilter, type Filter, type ListParams } from "../rest/listQuery";
import { serialized } from "./serialize";
import { hooks } from "./hooks";

type Rec = Record<string, any>;
export const MAX_BULK = 5000;
export interface BulkTarget {
  ids?: unknown[];
  filter?: unknown;
}

export class ResourceService {
  constructor(
    private readonly ds: DataSource,
    readonly desc: ResourceDescription,
  ) {}

  private repo(m: EntityManager = this.ds.manager) {
    return m.getRepository<Rec>(this.desc.entity);
  }

  /** The record as the API shows it: computed fields added, personal data masked in lists. */
  present(r: Rec, opts: { list?: boolean } = {}): Rec {
    const out: Rec = { ...r };
    for (const [k, c] of Object.entries(this.desc.computed ?? {})) out[k] = c.compute(r);
    if (opts.list) for (const [k, f] of Object.entries(this.desc.fields)) if (f.personal) out[k] = maskIdentifier(r[k]);
    return out;
  }

  query(params: Pick<ListParams, "filter">, m?: EntityManager) {
    return applyFilter(this.repo(m).createQueryBuilder("e"), this.desc, params.filter);
  }

  list(params: ListParams, { withTotal = true } = {}) {
    return serialized(this.ds, async () => {
      const qb = this.query(params);
      const total = withTotal ? await qb.getCount() : -1;
      const [field, order] = params.sort;
      qb.orderBy(`e.${field}`, order);
      if (field !== "id") qb.addOrderBy("e.id", "ASC");
      const rows = await qb.offset(params.range[0]).limit(params.range[1] - params.range[0] + 1).getMany();
      return { total, rows: rows.map((r) => this.present(r, { list: true })) };
    });
  }

  private async find(m: EntityManager, id: unknown) {
    const n = Number(id);
    const r = Number.isSafeInteger(n) && n > 0 ? await this.repo(m).findOneBy({ id: n }) : null;
    if (!r) throw new NotFound(`${this.desc.label}不存在或已被删除（编号 ${String(id).slice(0, 20)}）`);
    return r;
  }

  getOne(id: unknown) {
    return serialized(this.ds, async () => this.present(await this.find(this.ds.manager, id)));
  }

  create(body: unknown) {
    return this.write(undefined, body);
  }

  update(id: unknown, body: unknown) {
    return this.write(id, body);
  }

  delete(id: unknown) {
    return serialized(this.ds, () =>
      this.ds.transaction(async (m) => {
        const existing = await this.find(m, id);
        await this.assertNotReferenced(m, existing.id);
        await this.repo(m).delete({ id: existing.id });
        await hooks[this.desc.key]?.afterWrite?.(m, undefined, existing);
        return this.present(existing);
      }),
    );
  }

  private write(id: unknown, body: unknown) {
    return serialized(this.ds, () =>
      this.ds.transaction(async (m) => {
        const existing = id === undefined ? undefined : await this.find(m, id);
        const saved = await this.writeIn(m, existing, body);
        return this.present(await this.find(m, saved.id));
      }),
    );
  }

  /** Validates and saves one record inside the caller's transaction. */
  private async writeIn(m: EntityManager, existing: Rec | undefined, body: unknown) {
    const version = (body as Rec | null)?.version;
    if (existing && version !== undefined && version !== null && Number(version) !== existing.version)
      throw new Conflict("该记录已被他人修改，请刷新后再保存", { version: "版本已过期" });
    const { values, errors } = validateRecord(this.desc, body, existing);
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
    const record = { ...existing, ...values };
    await this.assertReferencesExist(m, values);
    await this.assertUnique(m, record, existing);
    await hooks[this.desc.key]?.beforeWrite?.(m, record, existing);
    const saved = await this.repo(m).save(record);
    await hooks[this.desc.key]?.afterWrite?.(m, saved, existing);
    return saved;
  }

  /** The records a bulk action names: explicit ids (all must exist) or every record matching a filter. */
  private async targets(m: EntityManager, target: BulkTarget) {
    if (Array.isArray(target.ids)) {
      const ids = [...new Set(target.ids.map(Number))];
      if (ids.length === 0 || ids.length > MAX_BULK || !ids.every((n) => Number.isSafeInteger(n) && n > 0))
        throw new BadRequest(`请选择 1 至 ${MAX_BULK} 条记录`);
      const rows = await this.repo(m).createQueryBuilder("e").where("e.id IN (:...ids)", { ids }).orderBy("e.id").getMany();
      if (rows.length !== ids.length) throw new NotFound(`所选${this.desc.label}中有 ${ids.length - rows.length} 条不存在或已被删除，未做任何修改`);
      return rows;
    }
    if (!target.filter || typeof target.filter !== "object" || Array.isArray(target.filter)) throw new BadRequest("请提供记录编号 ids 或筛选条件 filter");
    const qb = this.query({ filter: target.filter as Filter }, m);
    const total = await qb.getCount();
    if (total > MAX_BULK) throw new BadRequest(`符合条件的记录有 ${total} 条，批量操作每次最多 ${MAX_BULK} 条，请缩小范围`);
    return qb.orderBy("e.id").getMany();
  }

  /** What a failing record in a bulk action is called in the message. */
  private name(r: Rec) {
    return this.desc.title !== "id" ? `“${r[this.desc.title]}”` : `编号 ${r.id}`;
  }

  /** Applies the same partial body to every target in one transaction: all change or none. */
  bulkUpdate(target: BulkTarget, data: unknown) {
    return serialized(this.ds, () =>
      this.ds.transaction(async (m) => {
        if (!data || typeof data !== "object" || Array.isArray(data) || Object.keys(data).length === 0) throw new BadRequest("请提供要修改的字段");
        const { version: _ignored, ...body } = data as Rec;
        const rows = await this.targets(m, target);
        for (const existing of rows) {
          try {
            await this.writeIn(m, existing, body);
          } catch (e) {
            if (e instanceof ApiError) throw new ApiError(e.status, `${this.desc.label}${this.name(existing)}：${e.message}，全部未修改`, e.errors);
            throw e;
          }
        }
        return rows.map((r) => r.id as number);
      }),
    );
  }

  /** Deletes every target in one transaction: all or none. */
  bulkDelete(target: BulkTarget) {
    return serialized(this.ds, () =>
      this.ds.transaction(async (m) => {
        const rows = await this.targets(m, target);
        for (const existing of rows) {
          try {
            await this.assertNotReferenced(m, existing.id);
          } catch (e) {
            if (e instanceof ApiError) throw new ApiError(e.status, `${this.desc.label}${this.name(existing)}：${e.message}，全部未删除`, e.errors);
            throw e;
          }
        }
        const ids = rows.map((r) => r.id as number);
        for (let i = 0; i < ids.length; i += 500) await this.repo(m).delete(ids.slice(i, i + 500));
        for (const existing of rows) await hooks[this.desc.key]?.afterWrite?.(m, undefined, existing);
        return ids;
      }),
    );
  }

  private async assertReferencesExist(m: EntityManager, values: Rec) {
    const errors: Record<string, string> = {};
    for (const [name, f] of Object.entries(this.desc.fields)) {
      const v = values[name];
      if (v == null || !f.ref || (f.type !== "ref" && f.type !== "refs" && f.type !== "rows")) continue;
      const ids = f.type === "ref" ? [v] : v;
      if (!ids.length) continue;
      const found = await m.getRepository(resourceByKey[f.ref].entity).createQueryBuilder("r").where("r.id IN (:...ids)", { ids }).getCount();
      if (found !== new Set(ids).size) errors[name] = `所选${resourceByKey[f.ref].label}不存在`;
    }
    for (const [name, f] of Object.entries(this.desc.fields)) {
      if (f.type !== "rows" || !values[name]?.length) continue;
      for (const [sub, rf] of Object.entries(f.of!)) {
        if (rf.type !== "ref") continue;
        const ids = [...new Set((values[name] as Rec[]).map((row) => row[sub]))];
        const found = await m.getRepository(resourceByKey[rf.ref!].entity).createQueryBuilder("r").where("r.id IN (:...ids)", { ids }).getCount();
        if (found !== ids.length) errors[name] = `所选${rf.label}不存在`;
      }
    }
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
  }

  private async assertUnique(m: EntityManager, record: Rec, existing: Rec | undefined) {
    const sets = [
      ...Object.entries(this.desc.fields).filter(([, f]) => f.unique).map(([k, f]) => ({ fields: [k], message: `${f.label}“${record[k]}”已存在` })),
      ...(this.desc.uniques ?? []),
    ];
    for (const u of sets) {
      if (u.fields.some((k) => record[k] == null)) continue;
      if (existing && u.fields.every((k) => record[k] === existing[k])) continue;
      const qb = this.repo(m).createQueryBuilder("e");
      u.fields.forEach((k, i) => qb.andWhere(`e.${k} = :u${i}`, { [`u${i}`]: record[k] }));
      if (existing) qb.andWhere("e.id <> :self", { self: existing.id });
      const other = await qb.getOne();
      if (other) {
        const title = this.desc.title !== "id" ? `（${this.desc.label}：${other[this.desc.title]}）` : `（编号 ${other.id}）`;
        throw new Conflict(`${u.message}${title}`, { [u.fields[u.fields.length - 1]]: u.message });
      }
    }
  }

  /** A record others point to is not deleted: a 409 naming who still refers to it. */
  private async assertNotReferenced(m: EntityManager, id: number) {
    for (const other of Object.values(resourceByKey)) {
      for (const [name, f] of Object.entries(other.fields)) {
        if (f.type !== "ref" || f.ref !== this.desc.key) continue;
        const n = await m.getRepository(other.entity).countBy({ [name]: id });
        if (n) throw new Conflict(`该${this.desc.label}仍有 ${n} 条${other.label}记录引用（${f.label}），请先处理后再删除`);
      }
    }
  }
}

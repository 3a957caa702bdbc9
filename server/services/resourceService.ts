// CRUD over one described resource for one principal: access and row scope, validation, references,
// uniqueness, versions, hooks and the audit log, each write in one transaction.
import type { DataSource, EntityManager } from "typeorm";
import { maskIdentifier } from "../../entities/masks";
import type { ResourceDescription } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { serverOnly } from "../entitySchemas";
import { idOf, validateRecord } from "../../entities/validate";
import { access, applyScope, deleteProblem, seesInFull, writeProblem, type Principal } from "../access/policy";
import { ApiError, BadRequest, Conflict, Forbidden, NotFound, ValidationFailed } from "../errors";
import { applyFilter, type Filter, type ListParams } from "../rest/listQuery";
import { audit, diff, type Change, type RequestContext } from "./audit";
import { flowProblem } from "./rules/flow";
import { assertSameEnterprise } from "./rules/sameEnterprise";
import { hooks } from "./rules/index";
import { queued, unitOfWork } from "./unitOfWork";
import { failpoint } from "../faults";
import { releaseFiles } from "./files";

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

  private repo(m: EntityManager = this.ds.manager, key = this.desc.key) {
    return m.getRepository<Rec>(resourceByKey[key].entity);
  }

  /** Refuses what the principal's role may not do with this resource at all. */
  assertAccess(user: Principal, need: "read" | "write") {
    const has = access(user, this.desc.key);
    if (has === "none") throw new NotFound(`没有名为“${this.desc.key}”的资源`);
    if (need === "write" && has !== "write") throw new Forbidden(`您没有修改${this.desc.label}的权限`);
  }

  /** The record as the API shows it to `user`: computed fields added, hidden ones removed, personal data masked. */
  present(r: Rec, user: Principal, opts: { list?: boolean } = {}): Rec {
    const out: Rec = { ...r };
    for (const [k, c] of Object.entries(this.desc.computed ?? {})) out[k] = c.compute(r);
    for (const [k, f] of Object.entries(this.desc.fields)) {
      if (f.hidden) delete out[k];
      else if (f.personal && r[k] && ((opts.list && f.personal === "identity") || !seesInFull(user, f.personal)))
        out[k] = maskIdentifier(r[k]);
    }
    return out;
  }

  /** The rows `user` may see, narrowed by `filter`. */
  query(user: Principal, filter: Filter, m?: EntityManager, key = this.desc.key) {
    const desc = resourceByKey[key];
    return applyScope(applyFilter(this.repo(m, key).createQueryBuilder("e"), desc, filter), desc, user);
  }

  list(user: Principal, params: ListParams, { withTotal = true } = {}) {
    this.assertAccess(user, "read");
    return queued(this.ds, async () => {
      const qb = this.query(user, params.filter);
      const total = withTotal ? Number((await qb.clone().select("COUNT(*)", "n").getRawOne()).n) : -1;
      const [field, order] = params.sort;
      qb.orderBy(`e.${field}`, order);
      if (field !== "id") qb.addOrderBy("e.id", "ASC");
      const rows = await qb
        .offset(params.range[0])
        .limit(params.range[1] - params.range[0] + 1)
        .getMany();
      return { total, rows: rows.map((r) => this.present(r, user, { list: true })) };
    });
  }

  /** One record the principal may see; any other id is a 404, whether it exists or not. */
  private async find(m: EntityManager, user: Principal, id: unknown) {
    const n = idOf(id);
    const r = n > 0 ? await this.query(user, {}, m).andWhere("e.id = :findId", { findId: n }).getOne() : null;
    if (!r) throw new NotFound(`${this.desc.label}不存在或已被删除（编号 ${String(id).slice(0, 20)}）`);
    return r;
  }

  getOne(user: Principal, id: unknown) {
    this.assertAccess(user, "read");
    return queued(this.ds, async () => this.present(await this.find(this.ds.manager, user, id), user));
  }

  create(ctx: RequestContext, body: unknown) {
    return this.write(ctx, undefined, body);
  }

  update(ctx: RequestContext, id: unknown, body: unknown) {
    return this.write(ctx, id, body);
  }

  async delete(ctx: RequestContext, id: unknown) {
    this.assertAccess(ctx.user, "write");
    const { record, files } = await unitOfWork(this.ds, async (m) => {
      const existing = await this.find(m, ctx.user, id);
      const files = await this.deleteIn(m, ctx.user, existing);
      await audit(m, ctx, {
        action: "delete",
        resource: this.desc.key,
        recordIds: [existing.id],
        changes: diff(this.desc, existing, undefined),
      });
      return { record: this.present(existing, ctx.user), files };
    });
    await releaseFiles(this.ds, files);
    return record;
  }

  private write(ctx: RequestContext, id: unknown, body: unknown) {
    this.assertAccess(ctx.user, "write");
    return unitOfWork(this.ds, async (m) => {
      const existing = id === undefined ? undefined : await this.find(m, ctx.user, id);
      const saved = await this.writeIn(m, ctx.user, existing, body);
      await audit(m, ctx, {
        action: existing ? "update" : "create",
        resource: this.desc.key,
        recordIds: [saved.id],
        changes: diff(this.desc, existing, saved),
      });
      return this.present(await this.find(m, ctx.user, saved.id), ctx.user);
    });
  }

  /** Validates and saves one record inside the caller's transaction. */
  private async writeIn(m: EntityManager, user: Principal, existing: Rec | undefined, body: unknown) {
    const version = (body as Rec | null)?.version;
    if (existing && version !== undefined && version !== null && Number(version) !== existing.version)
      throw new Conflict("该记录已被他人修改，请刷新后再保存", { version: "版本已过期" });
    const { values, errors } = validateRecord(this.desc, body, existing);
    const record = { ...existing, ...values };
    // An illegal status change is the first thing to say; the fields' own problems come with it.
    const flow = errors[this.desc.flow?.field ?? ""] ? null : flowProblem(this.desc, record, existing);
    if (flow || Object.keys(errors).length) throw new ValidationFailed({ ...flow, ...errors });
    const refused = writeProblem(user, this.desc, record, existing);
    if (refused) throw new Forbidden(Object.values(refused)[0], refused);
    await this.assertReferencesExist(m, user, values);
    await assertSameEnterprise(m, this.desc, record);
    await this.assertUnique(m, user, record, existing);
    await hooks[this.desc.key]?.check?.(m, record, existing);
    await hooks[this.desc.key]?.beforeWrite?.(m, record, existing);
    const saved = await this.repo(m).save(record);
    await hooks[this.desc.key]?.afterWrite?.(m, saved, existing);
    return saved;
  }

  /** Deletes one record (and its archive rows); returns the archive files' hashes, to release after the commit. */
  private async deleteIn(m: EntityManager, user: Principal, existing: Rec): Promise<string[]> {
    const refused = deleteProblem(user, this.desc, existing);
    if (refused) throw new Forbidden(refused);
    await this.assertNotReferenced(m, user, existing.id);
    await this.repo(m).delete({ id: existing.id });
    let files: string[] = [];
    if (this.desc.archive) {
      const archive = m.getRepository(serverOnly.attachments.entity);
      const where = { resource: this.desc.key, recordId: existing.id };
      files = (await archive.findBy(where)).map((a) => a.sha256 as string);
      await archive.delete(where);
    }
    await hooks[this.desc.key]?.afterWrite?.(m, undefined, existing);
    return files;
  }

  /** The records a bulk action names: explicit ids (all must be visible) or every visible record matching a filter. */
  private async targets(m: EntityManager, user: Principal, target: BulkTarget) {
    if (Array.isArray(target.ids)) {
      const ids = [...new Set(target.ids.map(Number))];
      if (ids.length === 0 || ids.length > MAX_BULK || !ids.every((n) => idOf(n) > 0))
        throw new BadRequest(`请选择 1 至 ${MAX_BULK} 条记录`);
      const rows = await this.query(user, {}, m)
        .andWhere("e.id IN (:...bulkIds)", { bulkIds: ids })
        .orderBy("e.id")
        .getMany();
      if (rows.length !== ids.length)
        throw new NotFound(`所选${this.desc.label}中有 ${ids.length - rows.length} 条不存在或已被删除，未做任何修改`);
      return rows;
    }
    if (!target.filter || typeof target.filter !== "object" || Array.isArray(target.filter))
      throw new BadRequest("请提供记录编号 ids 或筛选条件 filter");
    const qb = this.query(user, target.filter as Filter, m);
    const total = await qb.getCount();
    if (total > MAX_BULK)
      throw new BadRequest(`符合条件的记录有 ${total} 条，批量操作每次最多 ${MAX_BULK} 条，请缩小范围`);
    return qb.orderBy("e.id").getMany();
  }

  /** Runs `work` on one record of a bulk action; a failure names the record and undoes everything. */
  private async each(existing: Rec, undone: string, work: () => Promise<unknown>) {
    try {
      await work();
    } catch (e) {
      const name = this.desc.title !== "id" ? `“${existing[this.desc.title]}”` : `编号 ${existing.id}`;
      if (e instanceof ApiError)
        throw new ApiError(e.status, `${this.desc.label}${name}：${e.message}，${undone}`, e.errors);
      throw e;
    }
  }

  /** Applies the same partial body to every target in one transaction: all change or none. */
  bulkUpdate(ctx: RequestContext, target: BulkTarget, data: unknown) {
    this.assertAccess(ctx.user, "write");
    return unitOfWork(this.ds, async (m) => {
      if (!data || typeof data !== "object" || Array.isArray(data) || Object.keys(data).length === 0)
        throw new BadRequest("请提供要修改的字段");
      const { version: _ignored, ...body } = data as Rec;
      const rows = await this.targets(m, ctx.user, target);
      const changes: Change[] = [];
      for (const [i, existing] of rows.entries()) {
        await this.each(existing, "全部未修改", async () =>
          changes.push(...diff(this.desc, existing, await this.writeIn(m, ctx.user, existing, body))),
        );
        if (i === Math.floor(rows.length / 2)) await failpoint("bulkUpdate");
      }
      const ids = rows.map((r) => r.id as number);
      await audit(m, ctx, {
        action: "bulkUpdate",
        resource: this.desc.key,
        recordIds: ids,
        changes,
        summary: `批量修改 ${ids.length} 条`,
      });
      return ids;
    });
  }

  /** Writes an import's rows (new, or updates of the given ids) in one transaction: all or none. */
  applyImport(ctx: RequestContext, items: { row: number; id?: number; body: Rec }[], summary: string) {
    this.assertAccess(ctx.user, "write");
    return unitOfWork(this.ds, async (m) => {
      const ids: number[] = [];
      for (const item of items) {
        try {
          const existing = item.id ? await this.find(m, ctx.user, item.id) : undefined;
          ids.push((await this.writeIn(m, ctx.user, existing, item.body)).id);
        } catch (e) {
          if (e instanceof ApiError)
            throw new ApiError(e.status, `第 ${item.row} 行：${e.message}，全部未导入`, e.errors);
          throw e;
        }
        if (ids.length === Math.ceil(items.length / 2)) await failpoint("importCommit");
      }
      await audit(m, ctx, { action: "import", resource: this.desc.key, recordIds: ids, summary });
      return ids;
    });
  }

  /** Deletes every target in one transaction: all or none. */
  async bulkDelete(ctx: RequestContext, target: BulkTarget) {
    this.assertAccess(ctx.user, "write");
    const { ids, files } = await unitOfWork(this.ds, async (m) => {
      const rows = await this.targets(m, ctx.user, target);
      const files: string[] = [];
      for (const existing of rows)
        await this.each(existing, "全部未删除", async () =>
          files.push(...(await this.deleteIn(m, ctx.user, existing))),
        );
      const ids = rows.map((r) => r.id as number);
      await audit(m, ctx, {
        action: "bulkDelete",
        resource: this.desc.key,
        recordIds: ids,
        changes: rows.flatMap((r) => diff(this.desc, r, undefined)),
        summary: `批量删除 ${ids.length} 条`,
      });
      return { ids, files };
    });
    await releaseFiles(this.ds, files);
    return ids;
  }

  /** References must name records the principal may see: another city's enterprise "does not exist". */
  private async assertReferencesExist(m: EntityManager, user: Principal, values: Rec) {
    const errors: Record<string, string> = {};
    const check = async (field: string, ref: string, label: string, ids: number[]) => {
      const unique = [...new Set(ids)];
      if (!unique.length) return;
      const found =
        access(user, ref) === "none"
          ? 0
          : await this.query(user, {}, m, ref).andWhere("e.id IN (:...refIds)", { refIds: unique }).getCount();
      if (found !== unique.length) errors[field] = `所选${label}不存在`;
    };
    for (const [name, f] of Object.entries(this.desc.fields)) {
      const v = values[name];
      if (v == null) continue;
      if (f.ref && f.type === "ref") await check(name, f.ref, resourceByKey[f.ref].label, [v]);
      if (f.ref && f.type === "refs") await check(name, f.ref, resourceByKey[f.ref].label, v);
      if (f.type === "rows")
        for (const [sub, rf] of Object.entries(f.of!))
          if (rf.type === "ref")
            await check(
              name,
              rf.ref!,
              rf.label,
              (v as Rec[]).map((row) => row[sub]),
            );
    }
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
  }

  private async assertUnique(m: EntityManager, user: Principal, record: Rec, existing: Rec | undefined) {
    const sets = [
      ...Object.entries(this.desc.fields)
        .filter(([, f]) => f.unique)
        .map(([k, f]) => ({ fields: [k], message: `${f.label}“${record[k]}”已存在` })),
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
        // Name the holder only to those who may see it: a bureau learns nothing about other cities.
        const visible =
          (await this.query(user, {}, m).andWhere("e.id = :otherId", { otherId: other.id }).getCount()) > 0;
        const title = !visible
          ? ""
          : this.desc.title !== "id"
            ? `（${this.desc.label}：${other[this.desc.title]}）`
            : `（编号 ${other.id}）`;
        throw new Conflict(`${u.message}${title}`, { [u.fields[u.fields.length - 1]]: u.message });
      }
    }
  }

  /** A record others point to is not deleted: a 409 naming who still refers to it. */
  private async assertNotReferenced(m: EntityManager, user: Principal, id: number) {
    for (const other of Object.values(resourceByKey)) {
      for (const [name, f] of Object.entries(other.fields)) {
        if (f.type !== "ref" || f.ref !== this.desc.key) continue;
        const n = await m.getRepository(other.entity).countBy({ [name]: id });
        if (n && access(user, other.key) === "none")
          throw new Conflict(`该${this.desc.label}仍被其他记录引用，不能删除`);
        if (n)
          throw new Conflict(`该${this.desc.label}仍有 ${n} 条${other.label}记录引用（${f.label}），请先处理后再删除`);
      }
    }
  }
}

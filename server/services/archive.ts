// 档案: files attached to records, checked by content, stored once per content (see files.ts).
import { idOf } from "../../entities/validate";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_MAX_BYTES,
  fileNameProblem,
  IDENTITY_KINDS,
  PHOTO_KIND,
  PHOTO_MAX_BYTES,
  PHOTO_RESOURCE,
  PHOTO_TYPES,
  stampedFormOfKind,
} from "../../entities/attachment";
import { resourceByKey } from "../../entities/registry";
import { serverOnly } from "../entitySchemas";
import { seesInFull } from "../access/policy";
import { ApiError, BadRequest, Forbidden, NotFound } from "../errors";
import { audit, type RequestContext } from "./audit";
import type { ResourceService } from "./resourceService";
import { filesDir, releaseFiles, sha256Of, sniff, storeFile } from "./files";
import { read, unitOfWork } from "./unitOfWork";

export { sniff } from "./files";

export class ArchiveService {
  readonly dir: string;
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
  ) {
    this.dir = filesDir(ds);
  }

  private repo() {
    return this.ds.getRepository(serverOnly.attachments.entity);
  }

  /** The parent record's service, after checking the principal may see (or change) the record. */
  private async parent(ctx: RequestContext, resource: string, recordId: unknown, need: "read" | "write") {
    const service = this.services.get(resource);
    if (!service?.desc.archive) throw new NotFound("该对象没有档案");
    service.assertAccess(ctx.user, need);
    const record = await service.getOne(ctx.user, recordId);
    return { service, record };
  }

  async list(ctx: RequestContext, resource: string, recordId: unknown) {
    const { record } = await this.parent(ctx, resource, recordId, "read");
    return read(this.ds, (m) =>
      m
        .getRepository(serverOnly.attachments.entity)
        .find({ where: { resource, recordId: record.id }, order: { id: "DESC" } }),
    );
  }

  async upload(
    ctx: RequestContext,
    resource: string,
    recordId: unknown,
    query: Record<string, unknown>,
    data: unknown,
  ) {
    const { service, record } = await this.parent(ctx, resource, recordId, "write");
    const kind = String(query.kind ?? "");
    if (!ATTACHMENT_KINDS.some((o) => o.value === kind))
      throw new BadRequest("请选择档案类别", { kind: "请选择档案类别" });
    const photo = kind === PHOTO_KIND;
    if (photo && resource !== PHOTO_RESOURCE)
      throw new BadRequest("学员照片只能上传到学员的档案", { kind: "学员照片只能上传到学员的档案" });
    // A signed and stamped form's scan belongs to the record of that form (entities/attachment.ts STAMPED_FORMS).
    const stamped = stampedFormOfKind(kind);
    if (stamped && resource !== stamped.resource) {
      const message = `${stamped.form} ${stamped.title}扫描件只能上传到${resourceByKey[stamped.resource].label}档案`;
      throw new BadRequest(message, { kind: message });
    }
    if (IDENTITY_KINDS.includes(kind) && !seesInFull(ctx.user, "identity"))
      throw new Forbidden("您无权上传身份证件和照片");
    const fileName = typeof query.fileName === "string" ? query.fileName.trim() : "";
    const problem = fileNameProblem(fileName);
    if (problem) throw new BadRequest(problem, { fileName: problem });
    if (!Buffer.isBuffer(data) || data.length === 0) throw new BadRequest("请选择要上传的文件");
    const max = photo ? PHOTO_MAX_BYTES : ATTACHMENT_MAX_BYTES;
    if (data.length > max) throw new BadRequest(`${photo ? "照片" : "文件"}不能超过 ${max / 1024 / 1024} MB`);
    const mimeType = sniff(data);
    if (photo && !PHOTO_TYPES.includes(mimeType ?? ""))
      throw new BadRequest("照片仅支持 JPG、PNG 图片（按文件内容识别）");
    if (!mimeType) throw new BadRequest("仅支持 PDF、JPG、PNG 文件（按文件内容识别）");
    const sha256 = sha256Of(data);
    const { saved, replaced } = await unitOfWork(this.ds, async (m) => {
      // The record is read again inside the transaction, so a delete of it at the same moment
      // (on any instance) cannot leave this attachment behind: one of the two is refused or retried.
      const still = await service.query(ctx.user, {}, m).andWhere("e.id = :id", { id: record.id }).getOne();
      if (!still) throw new NotFound(`${service.desc.label}不存在或已被删除`);
      const repo = m.getRepository(serverOnly.attachments.entity);
      // A trainee has one photo: a new one replaces the old in the same transaction.
      const replaced = photo ? await repo.findBy({ resource, recordId: record.id, kind }) : [];
      if (replaced.length) await repo.delete(replaced.map((r) => r.id));
      await storeFile(m, this.dir, sha256, data);
      const row = {
        resource,
        recordId: record.id,
        kind,
        fileName,
        mimeType,
        size: data.length,
        sha256,
        uploadedBy: ctx.user.username,
      };
      const saved = await repo.save(row);
      await audit(m, ctx, {
        action: "create",
        resource,
        recordIds: [record.id],
        summary: replaced.length
          ? `更换${service.desc.label}照片为“${fileName}”`
          : `上传档案“${fileName}”（${service.desc.label}）`,
      });
      return { saved, replaced };
    });
    if (replaced.length)
      await releaseFiles(
        this.ds,
        replaced.map((r) => r.sha256),
      );
    return saved;
  }

  /**
   * The stored file of an attachment whose record the principal may see; ID scans and photos only for
   * those who see ID numbers. A missing attachment and one of a record the principal may not see get
   * the same 404, which names neither the record's kind nor its number.
   */
  async file(ctx: RequestContext, id: unknown) {
    const hidden = () => new NotFound("档案不存在");
    const row = await read(this.ds, (m) => m.getRepository(serverOnly.attachments.entity).findOneBy({ id: idOf(id) }));
    if (!row) throw hidden();
    try {
      await this.parent(ctx, row.resource, row.recordId, "read");
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 403)) throw hidden();
      throw e;
    }
    if (IDENTITY_KINDS.includes(row.kind) && !seesInFull(ctx.user, "identity"))
      throw new Forbidden("您无权查看身份证件和照片");
    return { row, path: join(this.dir, row.sha256) };
  }

  async remove(ctx: RequestContext, resource: string, recordId: unknown, id: unknown) {
    const { record } = await this.parent(ctx, resource, recordId, "write");
    const row = await unitOfWork(this.ds, async (m) => {
      const repo = m.getRepository(serverOnly.attachments.entity);
      const row = await repo.findOneBy({ id: idOf(id), resource, recordId: record.id });
      if (!row) throw new NotFound("档案不存在");
      await repo.delete({ id: row.id });
      await audit(m, ctx, {
        action: "delete",
        resource,
        recordIds: [record.id],
        summary: `删除档案“${row.fileName}”`,
      });
      return row;
    });
    await releaseFiles(this.ds, [row.sha256]);
    return row;
  }
}

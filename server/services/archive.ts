// 档案: files attached to records, checked by content, stored once per content (see files.ts).
import { idOf } from "../../entities/validate";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES } from "../../entities/attachment";
import { serverOnly } from "../entitySchemas";
import { seesInFull } from "../access/policy";
import { BadRequest, Forbidden, NotFound } from "../errors";
import { audit, type RequestContext } from "./audit";
import type { ResourceService } from "./resourceService";
import { filesDir, releaseFiles, storeFile } from "./files";
import { read, unitOfWork } from "./unitOfWork";

/** The file types accepted, recognised by their first bytes. */
const SIGNATURES: [string, number[]][] = [
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
];
/** Kinds that are personal data like ID numbers. */
const PERSONAL_KINDS = ["idScan", "traineePhoto"];
export const sniff = (data: Buffer) => SIGNATURES.find(([, sig]) => sig.every((b, i) => data[i] === b))?.[0];

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
    const fileName = String(query.fileName ?? "")
      .trim()
      .slice(0, 200);
    if (!fileName) throw new BadRequest("缺少文件名");
    if (!Buffer.isBuffer(data) || data.length === 0) throw new BadRequest("请选择要上传的文件");
    if (data.length > ATTACHMENT_MAX_BYTES)
      throw new BadRequest(`文件不能超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`);
    const mimeType = sniff(data);
    if (!mimeType) throw new BadRequest("仅支持 PDF、JPG、PNG 文件（按文件内容识别）");
    const sha256 = createHash("sha256").update(data).digest("hex");
    return unitOfWork(this.ds, async (m) => {
      // The record is read again inside the transaction, so a delete of it at the same moment
      // (on any instance) cannot leave this attachment behind: one of the two is refused or retried.
      const still = await service.query(ctx.user, {}, m).andWhere("e.id = :id", { id: record.id }).getOne();
      if (!still) throw new NotFound(`${service.desc.label}不存在或已被删除`);
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
      const saved = await m.getRepository(serverOnly.attachments.entity).save(row);
      await audit(m, ctx, {
        action: "create",
        resource,
        recordIds: [record.id],
        summary: `上传档案“${fileName}”（${service.desc.label}）`,
      });
      return saved;
    });
  }

  /** The stored file of an attachment whose record the principal may see; ID scans and photos as ID numbers are. */
  async file(ctx: RequestContext, id: unknown) {
    const row = await read(this.ds, (m) => m.getRepository(serverOnly.attachments.entity).findOneBy({ id: idOf(id) }));
    if (!row) throw new NotFound("档案不存在");
    await this.parent(ctx, row.resource, row.recordId, "read");
    if (PERSONAL_KINDS.includes(row.kind) && !seesInFull(ctx.user, "identity"))
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

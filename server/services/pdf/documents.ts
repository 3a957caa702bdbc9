// The printed forms, read as the request's principal reads the record (the record services' own scope:
// a record the user cannot see is a 404) and drawn by the files beside this one.
import { readFileSync } from "node:fs";
import type { DataSource } from "typeorm";
import { PHOTO_KIND } from "../../../entities/attachment";
import { NotFound } from "../../errors";
import type { ArchiveService } from "../archive";
import type { RequestContext } from "../audit";
import { masksFor } from "../output";
import type { ReportService } from "../reports";
import type { ResourceService } from "../resourceService";
import type { TrainingService } from "../training";
import { read } from "../unitOfWork";

/** pdfkit and the forms' drawing, loaded on the first print (not at the server's start). */
const forms = () => import("./forms");

/** A finished document: the file, its Chinese name, and what the audit log says of it. */
export interface Printed {
  pdf: Buffer;
  name: string;
  resource: string;
  recordIds: number[];
  summary: string;
}

export class PdfService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
    private readonly training: TrainingService,
    private readonly reports: ReportService,
    private readonly archive: ArchiveService,
  ) {}

  private service(key: string) {
    return this.services.get(key)!;
  }

  private async cityName(ctx: RequestContext, id: unknown) {
    return (await this.service("cities").getOne(ctx.user, id)).name as string;
  }

  /** 附件1-1 of one nomination. */
  async registrationForm(ctx: RequestContext, id: unknown): Promise<Printed> {
    const reg = await this.service("registrations").getOne(ctx.user, id);
    const ent = await this.service("enterprises").getOne(ctx.user, reg.enterpriseId);
    const f = await forms();
    const pdf = new f.FormPdf(ctx.user, { title: `附件1-1 推荐表 ${ent.name}` });
    f.nominationForm(pdf, reg, ent, await this.cityName(ctx, ent.cityId));
    return {
      pdf: await pdf.end(),
      name: `附件1-1-推荐表-${ent.name}.pdf`,
      resource: "registrations",
      recordIds: [reg.id],
      summary: `打印附件1-1推荐表（PDF）：${ent.name}`,
    };
  }

  /** Every live nomination of a city in the round, one 附件1-1 after another (the rows of its 附件2). */
  async cityForms(ctx: RequestContext, cityId: unknown): Promise<Printed> {
    const { city, registrationIds } = await this.reports.citySummaryRows(ctx.user, cityId);
    const regs = this.service("registrations");
    const ents = this.service("enterprises");
    const { found, enterprises } = await read(this.ds, async (m) => {
      const found = registrationIds.length
        ? await regs.query(ctx.user, {}, m).andWhere("e.id IN (:...ids)", { ids: registrationIds }).getMany()
        : [];
      const ids = [...new Set(found.map((r) => r.enterpriseId as number))];
      const enterprises = ids.length
        ? await ents.query(ctx.user, {}, m).andWhere("e.id IN (:...ids)", { ids }).getMany()
        : [];
      return { found, enterprises };
    });
    const byId = new Map(found.map((r) => [r.id as number, regs.present(r, ctx.user)]));
    const entById = new Map(enterprises.map((e) => [e.id as number, ents.present(e, ctx.user)]));
    const f = await forms();
    const pdf = new f.FormPdf(ctx.user, { title: `附件1-1 推荐表 ${city.name}` });
    const printed: number[] = [];
    for (const id of registrationIds) {
      const reg = byId.get(id);
      const ent = reg && entById.get(reg.enterpriseId);
      if (!reg || !ent) continue;
      f.nominationForm(pdf, reg, ent, city.name);
      printed.push(id);
    }
    if (!printed.length) {
      pdf.startForm();
      pdf.formHead("附件1-1", "专精特新“小巨人”企业培育赋能推荐表");
      pdf.write([{ text: `${city.name}本批次暂无已推荐的企业。`, align: "center" }]);
    }
    return {
      pdf: await pdf.end(),
      name: `附件1-1-推荐表-${city.name}（${printed.length}家）.pdf`,
      resource: "registrations",
      recordIds: printed,
      summary: `打印${city.name}推荐表（PDF），${printed.length} 家`,
    };
  }

  /** The trainee's photo, for a reader who may see it (the ID-number rule): JPG or PNG bytes, or null. */
  private async photo(ctx: RequestContext, traineeId: number): Promise<Buffer | null> {
    if (masksFor(ctx.user, { personal: "identity" })) return null;
    const row = (await this.archive.list(ctx, "trainees", traineeId)).find((a) => a.kind === PHOTO_KIND);
    if (!row) return null;
    try {
      return readFileSync((await this.archive.file(ctx, row.id)).path);
    } catch (e) {
      if (e instanceof NotFound || (e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  /** 附件1-2 of one trainee, with the photo. */
  async traineeForm(ctx: RequestContext, id: unknown): Promise<Printed> {
    const t = await this.service("trainees").getOne(ctx.user, id);
    const ent = await this.service("enterprises").getOne(ctx.user, t.enterpriseId);
    const f = await forms();
    const pdf = new f.FormPdf(ctx.user, { title: `附件1-2 学员信息表 ${t.name}` });
    f.traineeForm(pdf, t, ent, await this.photo(ctx, t.id));
    return {
      pdf: await pdf.end(),
      name: `附件1-2-学员信息表-${t.name}.pdf`,
      resource: "trainees",
      recordIds: [t.id],
      summary: `打印附件1-2学员信息表（PDF）：${t.name}`,
    };
  }

  /** 附件1-3 of one demand. */
  async techDemandForm(ctx: RequestContext, id: unknown): Promise<Printed> {
    const d = await this.service("techDemands").getOne(ctx.user, id);
    const ent = await this.service("enterprises").getOne(ctx.user, d.enterpriseId);
    const f = await forms();
    const pdf = new f.FormPdf(ctx.user, { title: `附件1-3 技术创新需求征集表 ${d.title}` });
    f.techDemandForm(pdf, d, ent);
    return {
      pdf: await pdf.end(),
      name: `附件1-3-技术创新需求征集表-${ent.name}.pdf`,
      resource: "techDemands",
      recordIds: [d.id],
      summary: `打印附件1-3技术创新需求征集表（PDF）：${d.title}`,
    };
  }

  /** 附件2 of a city: the rows of the xlsx. */
  async citySummary(ctx: RequestContext, cityId: unknown): Promise<Printed> {
    const summary = await this.reports.citySummaryRows(ctx.user, cityId);
    const f = await forms();
    const pdf = new f.FormPdf(ctx.user, { title: `附件2 信息汇总表 ${summary.city.name}`, landscape: true });
    f.citySummary(pdf, summary);
    return {
      pdf: await pdf.end(),
      name: `附件2-信息汇总表-${summary.city.name}.pdf`,
      resource: "cities",
      recordIds: [summary.city.id],
      summary: `打印附件2信息汇总表（PDF）：${summary.city.name}，${summary.rows.length} 家`,
    };
  }

  /** 录取通知书 of a class, one page per admitted trainee. */
  async admissionNotices(ctx: RequestContext, classId: unknown): Promise<Printed> {
    const report = await this.training.report(ctx, classId);
    const f = await forms();
    const pdf = new f.FormPdf(ctx.user, { title: `${report.class.name} 录取通知书` });
    f.admissionNotices(pdf, report);
    return {
      pdf: await pdf.end(),
      name: `${report.class.name}-录取通知书.pdf`,
      resource: "trainingClasses",
      recordIds: [report.class.id],
      summary: `打印“${report.class.name}”录取通知书（PDF），${report.trainees.length} 份`,
    };
  }

  /** 结业证书 of a class (A4 landscape), one page per trainee given a certificate. */
  async certificates(ctx: RequestContext, classId: unknown): Promise<Printed> {
    const report = await this.training.report(ctx, classId);
    const given = report.trainees.filter((t) => t.certificateNo);
    const f = await forms();
    const pdf = new f.FormPdf(ctx.user, { title: `${report.class.name} 结业证书`, landscape: true });
    f.certificates(pdf, report, given);
    return {
      pdf: await pdf.end(),
      name: `${report.class.name}-结业证书.pdf`,
      resource: "trainingClasses",
      recordIds: [report.class.id],
      summary: `打印“${report.class.name}”结业证书（PDF），${given.length} 份`,
    };
  }
}

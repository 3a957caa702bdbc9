// 企业在线填报: a city invites an enterprise (a one-time code), the enterprise fills in its forms
// (entities/enterpriseForms.ts) and submits them, the city approves or returns each; the approved 推荐表
// becomes the city's nomination with the needs as filled. Every step is audited and noticed.
import { createHash, randomInt } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type {
  AcceptInvitationRequest,
  EnterpriseFormItem,
  EnterpriseFormsAnswer,
  FormReviewRequest,
  InvitationAnswer,
  SubmittedFormsRow,
} from "../../entities/api";
import { isStampedResource, PHOTO_KIND, PHOTO_RESOURCE } from "../../entities/attachment";
import { isoToday } from "../../entities/dates";
import { recordName } from "../../entities/describe";
import {
  ENTERPRISE_FORMS,
  FORM_PAGES,
  FORM_STATUS,
  formEditable,
  INVITATION_CODE_LENGTH,
  INVITATION_DAYS,
  isEnterpriseForm,
  normalizeCode,
  reviewsForms,
} from "../../entities/enterpriseForms";
import { REGISTRATION_STATUS } from "../../entities/registration";
import { resourceByKey } from "../../entities/registry";
import { MAX_TRAINEES_PER_ENTERPRISE } from "../../entities/trainee";
import { idOf } from "../../entities/validate";
import type { Principal } from "../access/policy";
import { SYSTEM } from "../accounts";
import { serverOnly } from "../entitySchemas";
import { BadRequest, Conflict, Forbidden, ValidationFailed } from "../errors";
import { audit, diff, type RequestContext } from "./audit";
import { roundOf } from "./rounds";
import { cityDeadline, type RoundRules } from "../../entities/round";
import { notify } from "./notices";
import { findVisible } from "./records/visibleRecords";
import { saveRecord } from "./records/saveRecord";
import type { ResourceService } from "./resourceService";
import { currentRegistration } from "./rules/enterpriseForms";
import { stampedCopyStatus } from "./stampedCopies";
import { read, unitOfWork } from "./unitOfWork";

type Rec = Record<string, any>;
const FORM_KEYS = Object.keys(ENTERPRISE_FORMS);
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
/** Letters and digits that cannot be mistaken for one another when read from paper (no 0/O, 1/I/L). */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/** A code is INVITATION_CODE_LENGTH of them, printed in three groups: ABCD-EFGH-JKMN (about 59 bits). */
export const newInvitationCode = () =>
  Array.from(
    { length: INVITATION_CODE_LENGTH },
    (_, i) => (i && i % 4 === 0 ? "-" : "") + CODE_ALPHABET[randomInt(CODE_ALPHABET.length)],
  ).join("");

export class EnterpriseFormService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
  ) {}

  /** A new invitation for an enterprise the city (or the department) may see; the code is shown once. */
  async invite(ctx: RequestContext, body: Rec | undefined): Promise<InvitationAnswer> {
    if (!reviewsForms(ctx.user)) throw new Forbidden("只有市州经信局和省经信厅可以邀请企业填报");
    if (body?.enterpriseId === undefined) throw new BadRequest("请选择企业", { enterpriseId: "请选择企业" });
    return unitOfWork(this.ds, async (m) => {
      const enterprise = await findVisible(m, resourceByKey.enterprises, ctx.user, body.enterpriseId);
      const code = newInvitationCode();
      const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000).toISOString();
      await m.getRepository(serverOnly.invitations.entity).insert({
        codeHash: sha256(normalizeCode(code)),
        enterpriseId: enterprise.id,
        createdBy: ctx.user.id,
        expiresAt,
        version: 1,
      });
      await audit(m, ctx, {
        action: "invite",
        resource: "enterprises",
        recordIds: [enterprise.id],
        summary: `邀请${enterprise.name}在线填报，邀请码 ${INVITATION_DAYS} 天内有效`,
      });
      return { code, expiresAt, enterpriseId: enterprise.id, enterpriseName: enterprise.name };
    });
  }

  /**
   * Creates the enterprise's account from an unused, unexpired code, and uses the code up, in one
   * transaction. Answers the user name to sign in with. A wrong, used or expired code is a Chinese 400.
   */
  async acceptInvitation(ctx: RequestContext, body: Partial<AcceptInvitationRequest> | undefined) {
    const code = typeof body?.code === "string" ? normalizeCode(body.code) : "";
    if (code.length !== INVITATION_CODE_LENGTH)
      throw new ValidationFailed({ code: "请填写 12 位邀请码（如 ABCD-EFGH-JKMN）" });
    return unitOfWork(this.ds, async (m) => {
      const invitations = m.getRepository<Rec>(serverOnly.invitations.entity);
      const invitation = await invitations.findOneBy({ codeHash: sha256(code) });
      if (!invitation) throw new ValidationFailed({ code: "邀请码不正确，请核对后重新输入" });
      if (invitation.usedAt) throw new ValidationFailed({ code: "该邀请码已使用，请直接登录或联系市州经信局重新邀请" });
      if (invitation.expiresAt < new Date().toISOString())
        throw new ValidationFailed({ code: "该邀请码已过期，请联系市州经信局重新邀请" });
      const enterprise = await m.getRepository<Rec>(resourceByKey.enterprises.entity).findOneBy({
        id: invitation.enterpriseId,
      });
      if (!enterprise) throw new ValidationFailed({ code: "邀请的企业已不存在，请联系市州经信局" });
      const username = typeof body?.username === "string" ? body.username.trim() : "";
      const users = m.getRepository<Rec>(resourceByKey.users.entity);
      if (username && (await users.findOneBy({ username })))
        throw new ValidationFailed({ username: "该用户名已被使用，请换一个" });
      // The account is made by the system on the invitation's authority (the city that invited).
      const user = await saveRecord(m, resourceByKey.users, SYSTEM, undefined, {
        username,
        displayName: String(enterprise.name).slice(0, 50),
        role: "enterprise",
        enterpriseId: enterprise.id,
        password: body?.password,
        active: true,
      });
      await invitations.update({ id: invitation.id }, { usedAt: new Date().toISOString(), usedBy: user.id });
      const acting = { ...ctx, user: { ...ctx.user, id: user.id, username } };
      await audit(m, acting, {
        action: "acceptInvitation",
        resource: "users",
        recordIds: [user.id],
        summary: `${enterprise.name}接受邀请，注册账号 ${username}`,
      });
      return username;
    });
  }

  /** An enterprise's forms of the current round: its own for an enterprise user, any visible one for staff. */
  async overview(user: Principal, enterpriseId?: unknown): Promise<EnterpriseFormsAnswer> {
    const id = user.role === "enterprise" ? user.enterpriseId : enterpriseId;
    if (id === undefined || id === null || id === "")
      throw new BadRequest("请选择企业", { enterpriseId: "请选择企业" });
    return read(this.ds, (m) => this.overviewIn(m, user, id));
  }

  private async overviewIn(m: EntityManager, user: Principal, id: unknown): Promise<EnterpriseFormsAnswer> {
    const enterprise = await findVisible(m, resourceByKey.enterprises, user, id);
    const city = await m.getRepository<Rec>(resourceByKey.cities.entity).findOneBy({ id: enterprise.cityId });
    const round = await roundOf(m, user);
    const records = await this.formRecords(m, enterprise.id, round.id);
    const deadline = city ? cityDeadline(round, city.id) : null;
    const forms: EnterpriseFormItem[] = [];
    for (const key of FORM_KEYS) {
      const rows = records[key];
      const stamped = isStampedResource(key)
        ? await stampedCopyStatus(
            m,
            key,
            rows.map((r) => r.id),
          )
        : new Map();
      for (const r of rows)
        forms.push({
          resource: key,
          id: r.id,
          form: ENTERPRISE_FORMS[key].form,
          title: ENTERPRISE_FORMS[key].title,
          name: recordName(resourceByKey[key], r),
          formStatus: r.formStatus ?? null,
          formReturnReason: r.formReturnReason ?? null,
          stampedCopy: !!stamped.get(r.id)?.present,
          updatedAt: new Date(r.updatedAt).toISOString(),
          version: r.version,
        });
    }
    return {
      enterpriseId: enterprise.id,
      enterpriseName: enterprise.name,
      cityName: city?.name ?? "",
      roundName: round.name,
      year: round.year,
      batch: round.batch,
      deadline,
      forms,
      missing: [...expired(enterprise, round), ...(await this.missing(m, records, deadline))],
      canSubmit: forms.some((f) => formEditable(f.formStatus)),
    };
  }

  /** The enterprise's records of each form in the current round (its 推荐表 of the round, its trainees and demands of the year). */
  private async formRecords(m: EntityManager, enterpriseId: number, roundId: number): Promise<Record<string, Rec[]>> {
    const registration = await currentRegistration(m, enterpriseId, roundId);
    const ofYear = (key: string) =>
      m.getRepository<Rec>(resourceByKey[key].entity).find({ where: { enterpriseId, roundId }, order: { id: "ASC" } });
    return {
      registrations: registration ? [registration] : [],
      trainees: await ofYear("trainees"),
      techDemands: await ofYear("techDemands"),
    };
  }

  /** What stops the enterprise's submission, in Chinese, in the order of the forms. */
  private async missing(m: EntityManager, records: Record<string, Rec[]>, deadline: string | null) {
    const out: string[] = [];
    const today = isoToday();
    if (deadline && today > deadline)
      out.push(`本市报送截止日期为 ${deadline}，已过期，不能再提交；如需补报请联系市州经信局`);
    const [registration] = records.registrations;
    const { registrations, trainees, techDemands } = ENTERPRISE_FORMS;
    if (!registration) out.push(`请填写${registrations.form} ${registrations.title}（培育赋能工作需求）`);
    if (registration?.needTraining && !records.trainees.length)
      out.push(
        `选择了人才培训，请填写${trainees.form} ${trainees.title}（每家企业 1-${MAX_TRAINEES_PER_ENTERPRISE} 人）`,
      );
    if (registration?.needTech && !records.techDemands.length)
      out.push(`选择了技术创新服务，请填写${techDemands.form} ${techDemands.title}`);
    const photos = await traineesWithPhotos(
      m,
      records.trainees.map((t) => t.id),
    );
    for (const t of records.trainees) if (!photos.has(t.id)) out.push(`请上传学员${t.name}的照片`);
    return out;
  }

  /** Submits every form that is 待填写 or 已退回, in one transaction; the city's bureau is told. */
  async submit(ctx: RequestContext): Promise<EnterpriseFormsAnswer> {
    if (ctx.user.role !== "enterprise") throw new Forbidden("报名表由企业自己提交");
    return unitOfWork(this.ds, async (m) => {
      const before = await this.overviewIn(m, ctx.user, ctx.user.enterpriseId);
      if (before.missing.length)
        throw new BadRequest(`还不能提交：${before.missing.join("；")}`, { forms: before.missing.join("；") });
      const open = before.forms.filter((f) => formEditable(f.formStatus));
      if (!open.length) throw new Conflict("没有待提交的报名表");
      for (const f of open)
        await this.setFormState(m, ctx, f.resource, f.id, { formStatus: FORM_STATUS.submitted }, "submitForms");
      const enterprise = await m
        .getRepository<Rec>(resourceByKey.enterprises.entity)
        .findOneByOrFail({ id: before.enterpriseId });
      await notify(m, {
        to: { cities: [enterprise.cityId] },
        kind: "formsSubmitted",
        title: `${enterprise.name}提交了报名表`,
        body: `${enterprise.name}提交了 ${open.length} 份报名表（${open.map((f) => `${f.form} ${f.name}`).join("、")}），请审核。`,
        link: `#${FORM_PAGES.review}/${enterprise.id}`,
      });
      return this.overviewIn(m, ctx.user, enterprise.id);
    });
  }

  /** The enterprises whose forms wait for review, for the city bureau (its own city) or the department. */
  async submitted(user: Principal): Promise<SubmittedFormsRow[]> {
    if (!reviewsForms(user) && user.role !== "viewer") throw new Forbidden("报名表由市州经信局审核");
    return read(this.ds, async (m) => {
      const byEnterprise = new Map<number, { n: number; at: string }>();
      for (const key of FORM_KEYS) {
        const rows: Rec[] = await this.services
          .get(key)!
          .query(user, { formStatus: FORM_STATUS.submitted }, m)
          .select(["e.id", "e.enterpriseId", "e.updatedAt"])
          .getMany();
        for (const r of rows) {
          const at = new Date(r.updatedAt).toISOString();
          const seen = byEnterprise.get(r.enterpriseId);
          byEnterprise.set(r.enterpriseId, { n: (seen?.n ?? 0) + 1, at: seen && seen.at > at ? seen.at : at });
        }
      }
      if (!byEnterprise.size) return [];
      const enterprises: Rec[] = await m
        .getRepository<Rec>(resourceByKey.enterprises.entity)
        .createQueryBuilder("e")
        .leftJoin(resourceByKey.cities.table, "c", "c.id = e.cityId")
        .select(["e.id AS id", "e.name AS name", "c.name AS city"])
        .where("e.id IN (:...ids)", { ids: [...byEnterprise.keys()] })
        .getRawMany();
      return enterprises
        .map((e) => ({
          enterpriseId: Number(e.id),
          enterpriseName: e.name,
          cityName: e.city ?? "",
          submitted: byEnterprise.get(Number(e.id))!.n,
          submittedAt: byEnterprise.get(Number(e.id))!.at,
        }))
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
    });
  }

  /**
   * The city's decision on one submitted form: 退回 with a reason, or 通过 — an approved 推荐表 becomes the
   * city's nomination (dated today, under the quota and deadline rules of any nomination), an approved
   * trainee or demand enters the programme. The enterprise's account is told either way.
   */
  async review(ctx: RequestContext, body: Partial<FormReviewRequest> | undefined): Promise<EnterpriseFormsAnswer> {
    if (!reviewsForms(ctx.user)) throw new Forbidden("报名表由市州经信局或省经信厅审核");
    const key = String(body?.resource ?? "");
    if (!isEnterpriseForm(key)) throw new BadRequest("请选择要审核的报名表", { resource: "请选择要审核的报名表" });
    const decision = body?.decision;
    if (decision !== "approve" && decision !== "return")
      throw new BadRequest("请选择通过或退回", { decision: "请选择通过或退回" });
    const reason = typeof body?.reason === "string" ? body.reason.trim() : "";
    if (decision === "return" && !reason) throw new ValidationFailed({ reason: "退回时请填写原因" });
    if (reason.length > 500) throw new ValidationFailed({ reason: "退回原因不能超过 500 个字" });
    if (idOf(body?.id) <= 0) throw new BadRequest("请选择要审核的报名表", { id: "请选择要审核的报名表" });
    const desc = resourceByKey[key];
    const form = ENTERPRISE_FORMS[key];
    return unitOfWork(this.ds, async (m) => {
      const existing = await findVisible(m, desc, ctx.user, body!.id);
      if (existing.formStatus !== FORM_STATUS.submitted)
        throw new Conflict("该报名表不在待审核状态（企业尚未提交，或已审核），请刷新后再试");
      const name = recordName(desc, existing);
      if (decision === "approve" && key === "registrations") {
        // The nomination itself: the same save, flow, quota and deadline rules as a city's nomination.
        const nominated = await saveRecord(m, desc, ctx.user, existing, {
          ...existing,
          status: REGISTRATION_STATUS.nominated,
          nominatedAt: dateInRound(existing.year),
          overQuotaReason: body?.overQuotaReason ?? existing.overQuotaReason,
        });
        await audit(m, ctx, {
          action: "update",
          resource: key,
          recordIds: [existing.id],
          changes: diff(desc, existing, nominated),
        });
        existing.version = nominated.version;
      }
      const state =
        decision === "approve"
          ? { formStatus: FORM_STATUS.approved, formReturnReason: null }
          : { formStatus: FORM_STATUS.returned, formReturnReason: reason };
      await this.setFormState(m, ctx, key, existing.id, state, "reviewForm");
      await notify(m, {
        to: { enterprises: [existing.enterpriseId] },
        kind: decision === "approve" ? "formApproved" : "formReturned",
        title: `${form.form} ${form.title}（${name}）${decision === "approve" ? "已通过" : "被退回"}`,
        body:
          decision === "approve"
            ? `${ctx.user.displayName}已审核通过您的${form.form} ${form.title}（${name}）。`
            : `${ctx.user.displayName}退回了您的${form.form} ${form.title}（${name}）。退回原因：${reason}。请修改后重新提交。`,
        link: `#${FORM_PAGES.mine}`,
      });
      return this.overviewIn(m, ctx.user, existing.enterpriseId);
    });
  }

  /** Moves one form's review state (a new version), with its audit entry. */
  private async setFormState(
    m: EntityManager,
    ctx: RequestContext,
    key: string,
    id: number,
    state: Rec,
    action: string,
  ) {
    const desc = resourceByKey[key];
    const repo = m.getRepository<Rec>(desc.entity);
    const before = await repo.findOneByOrFail({ id });
    const after = { ...before, ...state, version: before.version + 1 };
    await repo.update({ id }, { ...state, version: after.version });
    const form = ENTERPRISE_FORMS[key];
    await audit(m, ctx, {
      action,
      resource: key,
      recordIds: [id],
      changes: diff(desc, before, after),
      summary: `${form.form} ${form.title}（${recordName(desc, before)}）`,
    });
  }
}

/**
 * The nomination's date when the city approves: today, kept within the round's year (a nomination is dated
 * in its year: entities/registration.ts), so a round approved after its year ends is dated its last day.
 */
function dateInRound(year: number, today = isoToday()) {
  const y = Number(today.slice(0, 4));
  return y === year ? today : y > year ? `${year}-12-31` : `${year}-01-01`;
}

/**
 * A 推荐表 its city could not approve: the enterprise's 小巨人 recognition ends before the nomination would
 * be dated (the nomination's own rule, rules/registrations.ts), said before the enterprise submits.
 */
function expired(enterprise: Rec, round: RoundRules): string[] {
  const date = dateInRound(round.year);
  return enterprise.validUntil && enterprise.validUntil < date
    ? [`本企业“小巨人”认定有效期至 ${enterprise.validUntil}，已不能被推荐；如已复核通过，请联系市州经信局更新有效期`]
    : [];
}

/** The trainees among `ids` that have a photo in their 档案. */
async function traineesWithPhotos(m: EntityManager, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows: Rec[] = await m
    .getRepository(serverOnly.attachments.entity)
    .createQueryBuilder("a")
    .select(["a.recordId"])
    .where("a.resource = :r AND a.kind = :k AND a.recordId IN (:...ids)", { r: PHOTO_RESOURCE, k: PHOTO_KIND, ids })
    .getMany();
  return new Set(rows.map((r) => Number(r.recordId)));
}

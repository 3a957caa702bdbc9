// 待办: what waits for the signed-in user, by role. Every item is a list filter of a resource, counted
// with the same scoped query the list runs, so the list an item opens always shows exactly its count.
import type { DataSource, EntityManager } from "typeorm";
import type { DeadlineSummary, TodoAnswer, TodoItem } from "../../entities/api";
import { cityDeadline, ROUND_STATUS as ROUND_PROGRESS, roundQuota, type RoundRules } from "../../entities/round";
import { isoToday } from "../../entities/dates";
import { DIAGNOSIS_STATUS } from "../../entities/diagnostic";
import { ENTERPRISE_FORMS, FORM_PAGES, FORM_STATUS, type EnterpriseForm } from "../../entities/enterpriseForms";
import { REGISTRATION_STATUS } from "../../entities/registration";
import { resourceByKey } from "../../entities/registry";
import { ROUND_STATUS, SELECTION_DEFAULTS } from "../../entities/selection";
import { DEMAND_STATUS } from "../../entities/techDemand";
import { access, type Principal } from "../access/policy";
import { SYSTEM } from "../accounts";
import { MAX_RANGE, type Filter } from "../rest/listQuery";
import { serverOnly } from "../entitySchemas";
import type { RequestContext } from "./audit";
import { liveNominations } from "./figures";
import { findRound, roundOf } from "./rounds";
import type { ResourceService } from "./resourceService";
import type { TrainingService } from "./training";
import { rawQuery, read } from "./unitOfWork";

type Candidate = Omit<TodoItem, "count"> & { details?: (m: EntityManager) => Promise<string[]> };
const table = (key: string) => resourceByKey[key].table;

export class TodoService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
    private readonly training: TrainingService,
  ) {}

  /** A read beside the writes (unitOfWork.ts `read`). */
  private read<T>(work: (m: EntityManager) => Promise<T>) {
    return read(this.ds, work);
  }

  /** The signed-in user's to-do items (those with something waiting) and, for a city, its deadline. */
  async todo(ctx: RequestContext, today = isoToday()): Promise<TodoAnswer> {
    const user = ctx.user;
    const round = await this.read((m) => roundOf(m, user));
    const candidates = await this.candidates(ctx, today, round);
    const items: TodoItem[] = [];
    for (const c of candidates) {
      if (access(user, c.resource) === "none") continue;
      const count = await this.read((m) => this.services.get(c.resource)!.query(user, c.filter, m).getCount());
      if (count === 0) continue;
      const { details, ...item } = c;
      items.push({
        ...item,
        count,
        ...(details ? { details: await this.read(details) } : {}),
      });
    }
    const deadline = user.role === "city" && user.cityId ? await this.deadline(user.cityId, today, round) : undefined;
    return { today, items, ...(deadline ? { deadline } : {}) };
  }

  /** A city's deadline, days left, quota and places left (the quota check's own count: figures.ts). */
  private deadline(cityId: number, today: string, round: RoundRules): Promise<DeadlineSummary> {
    return this.read(async (m) => {
      const city = await m.getRepository(resourceByKey.cities.entity).findOneByOrFail({ id: cityId });
      const nominated = await liveNominations(m, round, { cityId }).getCount();
      const quota = roundQuota(round, city.validGiants);
      const deadline = cityDeadline(round, cityId);
      const daysLeft = Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
      return {
        cityId,
        deadline,
        daysLeft,
        quota,
        nominated,
        placesLeft: Math.max(0, quota - nominated),
      };
    });
  }

  /** The items each role may have, before counting. */
  private async candidates(ctx: RequestContext, today: string, round: RoundRules): Promise<Candidate[]> {
    const user = ctx.user;
    const roundId = round.id;
    const reviewsShort: Candidate = {
      key: "demandsWithoutReviews",
      title: `有效评审不足 ${SELECTION_DEFAULTS.minReviews} 份的技术需求`,
      resource: "techDemands",
      filter: {
        roundId,
        status: [DEMAND_STATUS.submitted, DEMAND_STATUS.underReview],
        reviewCount_lt: SELECTION_DEFAULTS.minReviews,
      },
    };
    const toSchedule: Candidate = {
      key: "diagnosesToSchedule",
      title: "已申请、待排期的诊断",
      resource: "diagnostics",
      filter: { roundId, status: DIAGNOSIS_STATUS.requested },
    };
    const overdue: Candidate = {
      key: "diagnosesOverdue",
      title: "诊断日期已过、仍未自评的诊断",
      resource: "diagnostics",
      filter: { roundId, status: DIAGNOSIS_STATUS.scheduled, scheduledDate_lt: today },
    };
    // 企业在线填报: per form, those submitted wait for the bureau; those returned or not yet submitted, for the enterprise.
    const forms = (formStatus: string, title: (f: EnterpriseForm) => string, group: string): Candidate[] =>
      Object.entries(ENTERPRISE_FORMS).map(([resource, f]) => ({
        key: `forms-${formStatus}-${resource}`,
        title: title(f),
        group,
        label: `${f.form} ${f.title}`,
        resource,
        filter: { roundId, formStatus },
        path: user.role === "enterprise" ? FORM_PAGES.mine : FORM_PAGES.review,
      }));
    const toReview = forms(
      FORM_STATUS.submitted,
      (f) => `企业提交、待审核的${f.form} ${f.title}`,
      "企业提交的报名表（待审核）",
    );
    switch (user.role) {
      case "enterprise":
        return [
          ...forms(FORM_STATUS.returned, (f) => `被退回的${f.form} ${f.title}（请修改后重新提交）`, "被退回的报名表"),
          ...forms(FORM_STATUS.filling, (f) => `待填写、尚未提交的${f.form} ${f.title}`, "待提交的报名表"),
        ];
      case "province":
        return [
          ...toReview,
          ...(await this.read((m) => this.reviewsByCity(m))),
          await this.read((m) => this.citiesLate(m, today, round)),
          toSchedule,
          overdue,
          reviewsShort,
          await this.read((m) => this.selectionReady(m, round)),
        ].filter((c): c is Candidate => !!c);
      case "city":
        return [
          ...toReview,
          {
            key: "returnedNominations",
            title: "被退回的推荐（请修改后重新推荐或撤回）",
            resource: "registrations",
            filter: { roundId, status: REGISTRATION_STATUS.returned },
            details: (mm: EntityManager) => this.returnReasons(mm, user, round),
          },
          {
            key: "expiringThisYear",
            title: `认定有效期在 ${today.slice(0, 4)} 年内到期的企业`,
            resource: "enterprises",
            filter: { validUntil_gte: today, validUntil_lte: `${today.slice(0, 4)}-12-31` },
          },
          await this.read((m) => this.withoutContact(m, user)),
        ].filter((c): c is Candidate => !!c);
      case "provider": {
        const s = user.services;
        return [
          ...(s.includes("training") ? await this.trainingItems(ctx, today) : []),
          ...(s.includes("quality") || s.includes("management") ? [toSchedule, overdue] : []),
          ...(s.includes("tech") ? [reviewsShort] : []),
        ];
      }
      default:
        return [];
    }
  }

  /** 待审核推荐, one item per city that has nominations waiting, in the cities' official order. */
  private async reviewsByCity(m: EntityManager): Promise<Candidate[]> {
    const rows: { id: number; name: string }[] = await rawQuery(
      m,
      `SELECT DISTINCT c.id, c.name, c.code FROM ${table("registrations")} r
       JOIN ${table("enterprises")} e ON e.id = r."enterpriseId" JOIN ${table("cities")} c ON c.id = e."cityId"
       WHERE r.status = :nominated ORDER BY c.code`,
      { nominated: REGISTRATION_STATUS.nominated },
    );
    return rows.map((c) => ({
      key: `reviewNominations:${c.id}`,
      title: `${c.name}：待审核的推荐`,
      group: "待审核的推荐（按市州）",
      label: c.name,
      resource: "registrations",
      filter: { status: REGISTRATION_STATUS.nominated, cityId: Number(c.id) },
    }));
  }

  /** Cities with places to fill whose deadline has passed without one live nomination. */
  private async citiesLate(m: EntityManager, today: string, round: RoundRules): Promise<Candidate | null> {
    // A round in preparation has no deadline running yet; a closed one's are history.
    if (round.status !== ROUND_PROGRESS.active) return null;
    const cities = await m.getRepository(resourceByKey.cities.entity).find();
    // The live nominations of every city, in one query (one per city cost ×100's province 0.5 s a 待办).
    const nominating = new Set(
      (
        await liveNominations(m, round)
          .select("e.cityId", "cityId")
          .groupBy("e.cityId")
          .getRawMany<{ cityId: number }>()
      ).map((r) => Number(r.cityId)),
    );
    const late = cities
      .filter((c) => cityDeadline(round, c.id) < today && roundQuota(round, c.validGiants) > 0)
      .filter((c) => !nominating.has(c.id))
      .map((c) => c.id as number);
    return late.length
      ? { key: "citiesLate", title: "已过推荐截止日期、尚未推荐的市州", resource: "cities", filter: { id: late } }
      : null;
  }

  /** The demands a selection would rank, once the year's round is open and enough of them are reviewed. */
  private async selectionReady(m: EntityManager, round: RoundRules): Promise<Candidate | null> {
    const kept = await m.getRepository(serverOnly.selectionRounds.entity).findOneBy({ roundId: round.id });
    if (kept?.status === ROUND_STATUS.locked) return null;
    const filter: Filter = {
      roundId: round.id,
      status: [DEMAND_STATUS.submitted, DEMAND_STATUS.underReview],
      reviewCount_gte: SELECTION_DEFAULTS.minReviews,
    };
    // Whether a selection is ready does not depend on who asks: counted over the province's demands.
    const ready = await this.services.get("techDemands")!.query(SYSTEM, filter, m).getCount();
    return ready >= round.selectedProjects
      ? {
          key: "selectionReady",
          title: `已完成评审、可进行择优遴选的技术需求（遴选 ${round.selectedProjects} 项）`,
          resource: "techDemands",
          filter,
          path: "/selection",
        }
      : null;
  }

  /** "企业：退回原因" for the first returned nominations the user may see. */
  private async returnReasons(m: EntityManager, user: Principal, round: RoundRules) {
    const rows = await this.services
      .get("registrations")!
      .query(user, { roundId: round.id, status: REGISTRATION_STATUS.returned }, m)
      .innerJoin(table("enterprises"), "ent", "ent.id = e.enterpriseId")
      .select(["e.id AS id", "ent.name AS name", "e.returnReason AS reason"])
      .orderBy("e.id")
      .limit(5)
      .getRawMany();
    return rows.map((r) => `${r.name}：${r.reason ?? "（未说明原因）"}`);
  }

  /** The user's enterprises without an e-mail for their contact (the other contact fields are required). */
  private async withoutContact(m: EntityManager, user: Principal): Promise<Candidate | null> {
    const ids = await this.services
      .get("enterprises")!
      .query(user, {}, m)
      .andWhere("(e.contactEmail IS NULL OR e.contactEmail = '')")
      .select("e.id", "id")
      .orderBy("e.id")
      .limit(MAX_RANGE)
      .getRawMany();
    return ids.length
      ? {
          key: "enterprisesWithoutEmail",
          title: "未填写联系人邮箱的企业（通知无法送达）",
          resource: "enterprises",
          filter: { id: ids.map((r) => Number(r.id)) },
        }
      : null;
  }

  /** The training provider's: sessions held without attendance, trainees below 90%, classes without certificates. */
  private async trainingItems(ctx: RequestContext, today: string): Promise<Candidate[]> {
    const user = ctx.user;
    const sessions = await this.read((m) =>
      this.services
        .get("classSessions")!
        .query(user, { startDate_lte: today }, m)
        .andWhere(`NOT EXISTS (SELECT 1 FROM ${table("attendances")} a WHERE a."sessionId" = e.id)`)
        .select("e.id", "id")
        .limit(MAX_RANGE)
        .getRawMany(),
    );
    const classes = await this.read((m) =>
      this.services.get("trainingClasses")!.query(user, { startDate_lte: today }, m).getMany(),
    );
    const behind: number[] = [];
    const uncertified: number[] = [];
    const thresholds = new Set<number>();
    for (const c of classes) {
      const report = await this.training.report(ctx, c.id, today);
      // Below the certificate's threshold of the class's round (90% in 2025 年第一批).
      const threshold = (await this.read((m) => findRound(m, c.roundId)))?.attendanceThreshold ?? 90;
      const below = report.trainees.filter((t) => t.rate < threshold);
      if (!report.ended && report.heldDays > 0 && below.length) {
        behind.push(...below.map((t) => t.id));
        thresholds.add(threshold);
      }
      if (report.ended && report.trainees.some((t) => t.certificateEligible && !t.certificateNo))
        uncertified.push(c.id);
    }
    const byIds = (key: string, title: string, resource: string, ids: number[]): Candidate[] =>
      ids.length ? [{ key, title, resource, filter: { id: ids.slice(0, MAX_RANGE) } }] : [];
    return [
      ...byIds(
        "sessionsWithoutAttendance",
        "已开始、尚未登记考勤的培训课次",
        "classSessions",
        sessions.map((r) => Number(r.id)),
      ),
      ...byIds(
        "traineesBehind",
        `出勤率低于 ${[...thresholds].sort().join("% / ") || 90}% 的在训学员（仍有课时可补）`,
        "trainees",
        behind,
      ),
      ...byIds("classesWithoutCertificates", "已结业、尚未颁发结业证书的培训班", "trainingClasses", uncertified),
    ];
  }
}

// Training: the attendance grid of a session, each trainee's rate, certificates, the class report.
import { idOf } from "../../entities/validate";
import type { DataSource, EntityManager } from "typeorm";
import type {
  AttendanceCell,
  AttendanceGrid,
  AttendanceSaved,
  CertificatesIssued,
  ClassReport,
} from "../../entities/api";
import { addDays, isoToday } from "../../entities/dates";
import { attendanceShare } from "../../entities/attendanceRate";
import { findRound } from "./rounds";
import { ATTENDANCE_STATUS, ATTENDANCE_STATUSES } from "../../entities/attendance";
import { resourceByKey } from "../../entities/registry";
import { ADMISSION_STATUS } from "../../entities/trainee";
import { BadRequest, Forbidden, NotFound, ValidationFailed } from "../errors";
import { audit, type RequestContext } from "./audit";
import type { ResourceService } from "./resourceService";
import { read, unitOfWork } from "./unitOfWork";

type Rec = Record<string, any>;
const repo = (m: EntityManager, key: string) => m.getRepository<Rec>(resourceByKey[key].entity);

/** The days of a session (a session is at most a few days; the bound guards against bad data). */
export const daysOf = (s: { startDate: string; endDate: string }) => {
  const days: string[] = [];
  for (let d = s.startDate; d <= s.endDate && days.length < 31; d = addDays(d, 1)) days.push(d);
  return days;
};

export class TrainingService {
  constructor(
    private readonly ds: DataSource,
    private readonly services: Map<string, ResourceService>,
  ) {}

  /** A session the principal may see, its class, and the class's admitted trainees the principal may see. */
  private async sessionWithTrainees(m: EntityManager, ctx: RequestContext, sessionId: unknown) {
    const session = await this.services
      .get("classSessions")!
      .query(ctx.user, {}, m)
      .andWhere("e.id = :id", { id: idOf(sessionId) })
      .getOne();
    if (!session) throw new NotFound("培训课次不存在");
    const trainees = await this.admitted(m, ctx, session.classId);
    return { session, trainees };
  }

  private admitted(m: EntityManager, ctx: RequestContext, classId: number) {
    return this.services
      .get("trainees")!
      .query(ctx.user, { classId, admissionStatus: ADMISSION_STATUS.admitted }, m)
      .orderBy("e.id")
      .getMany();
  }

  /** GET: the grid of a session: its days, the class's trainees (with their enterprises), what is recorded. */
  grid(ctx: RequestContext, sessionId: unknown): Promise<AttendanceGrid> {
    this.services.get("attendances")!.assertAccess(ctx.user, "read");
    return read(this.ds, async (m) => {
      const { session, trainees } = await this.sessionWithTrainees(m, ctx, sessionId);
      const names = await this.enterpriseNames(
        m,
        trainees.map((t) => t.enterpriseId),
      );
      const records = trainees.length
        ? await repo(m, "attendances")
            .createQueryBuilder("a")
            .where("a.sessionId = :s AND a.traineeId IN (:...t)", { s: session.id, t: trainees.map((t) => t.id) })
            .getMany()
        : [];
      return {
        session,
        days: daysOf(session),
        trainees: trainees.map((t) => ({ id: t.id, name: t.name, enterprise: names.get(t.enterpriseId) ?? "" })),
        records: records.map((a): AttendanceCell => ({ traineeId: a.traineeId, date: a.date, status: a.status })),
      };
    });
  }

  /** PUT: records a session's grid in one transaction; every cell must be one of the class's trainees on one of the session's days. */
  saveGrid(ctx: RequestContext, sessionId: unknown, body: unknown): Promise<AttendanceSaved> {
    this.services.get("attendances")!.assertAccess(ctx.user, "write");
    const entries = (body as Rec | null)?.records;
    if (!Array.isArray(entries) || entries.length > 20_000) throw new BadRequest("请提交考勤记录列表 records");
    return unitOfWork(this.ds, async (m) => {
      const { session, trainees } = await this.sessionWithTrainees(m, ctx, sessionId);
      const days = new Set(daysOf(session));
      const ids = new Set(trainees.map((t) => t.id as number));
      const statuses = new Set(ATTENDANCE_STATUSES.map((o) => o.value));
      entries.forEach((e: Rec, i: number) => {
        if (!e || !ids.has(e.traineeId))
          throw new ValidationFailed({ records: `第 ${i + 1} 条：学员不在本班录取名单中` });
        if (!days.has(e.date))
          throw new ValidationFailed({
            records: `第 ${i + 1} 条：${String(e.date).slice(0, 10)} 不是本课次的培训日`,
          });
        if (!statuses.has(e.status))
          throw new ValidationFailed({ records: `第 ${i + 1} 条：考勤应为出勤、请假或缺勤` });
      });
      const attendances = repo(m, "attendances");
      let changed = 0;
      for (const e of entries as Rec[]) {
        const existing = await attendances.findOneBy({ traineeId: e.traineeId, date: e.date });
        if (existing?.status === e.status) continue;
        await attendances.save({
          ...existing,
          sessionId: session.id,
          traineeId: e.traineeId,
          date: e.date,
          status: e.status,
        });
        changed++;
      }
      await audit(m, ctx, {
        action: "update",
        resource: "attendances",
        recordIds: [session.id],
        summary: `登记第${session.seq}次课考勤，变更 ${changed} 条`,
      });
      return { changed };
    });
  }

  private async enterpriseNames(m: EntityManager, ids: number[]) {
    if (!ids.length) return new Map<number, string>();
    const rows = await repo(m, "enterprises")
      .createQueryBuilder("e")
      .select(["e.id", "e.name"])
      .where("e.id IN (:...ids)", { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((e) => [e.id as number, e.name as string]));
  }

  /**
   * Each admitted trainee's attendance: days present out of the days of the sessions held so far (the rate),
   * and out of all the class's days (eligibility, once the class has ended).
   */
  report(ctx: RequestContext, classId: unknown, today = isoToday()): Promise<ClassReport> {
    this.services.get("trainingClasses")!.assertAccess(ctx.user, "read");
    return read(this.ds, (m) => this.reportIn(m, ctx, classId, today));
  }

  private async reportIn(m: EntityManager, ctx: RequestContext, classId: unknown, today: string): Promise<ClassReport> {
    const cls = await this.services
      .get("trainingClasses")!
      .query(ctx.user, {}, m)
      .andWhere("e.id = :id", { id: idOf(classId) })
      .getOne();
    if (!cls) throw new NotFound("培训班不存在");
    const sessions = await repo(m, "classSessions").find({ where: { classId: cls.id }, order: { seq: "ASC" } });
    const allDays = sessions.flatMap((s) => daysOf(s as { startDate: string; endDate: string }));
    const heldDays = allDays.filter((d) => d <= today);
    const ended = cls.endDate < today;
    // The certificate's threshold is the class's round's (90% in 2025 年第一批).
    const threshold = (await findRound(m, cls.roundId))?.attendanceThreshold;
    const trainees = await this.admitted(m, ctx, cls.id);
    const names = await this.enterpriseNames(
      m,
      trainees.map((t) => t.enterpriseId),
    );
    const present = new Map<number, number>();
    if (trainees.length && sessions.length) {
      // Present on a day of the class's sessions, each day once.
      const rows: { traineeId: number; n: number }[] = await repo(m, "attendances")
        .createQueryBuilder("a")
        .select("a.traineeId", "traineeId")
        .addSelect("COUNT(DISTINCT a.date)", "n")
        .where("a.status = :present AND a.traineeId IN (:...t) AND a.date IN (:...days)", {
          present: ATTENDANCE_STATUS.present,
          t: trainees.map((t) => t.id),
          days: allDays,
        })
        .groupBy("a.traineeId")
        .getRawMany();
      for (const r of rows) present.set(Number(r.traineeId), Number(r.n));
    }
    return {
      class: cls,
      totalDays: allDays.length,
      heldDays: heldDays.length,
      ended,
      trainees: trainees.map((t) => {
        const days = present.get(t.id) ?? 0;
        return {
          id: t.id as number,
          name: t.name as string,
          title: t.title as string,
          enterprise: names.get(t.enterpriseId) ?? "",
          daysPresent: days,
          rate: attendanceShare(days, heldDays.length).rate,
          certificateEligible: ended && attendanceShare(days, allDays.length, threshold).reaches,
          admissionNoticeNo: t.admissionNoticeNo as string | null,
          certificateNo: t.certificateNo as string | null,
        };
      }),
    };
  }

  /** Gives every eligible trainee of an ended class a unique certificate number, in one transaction. */
  issueCertificates(ctx: RequestContext, classId: unknown, today = isoToday()): Promise<CertificatesIssued> {
    this.services.get("trainees")!.assertAccess(ctx.user, "write");
    if (!(ctx.user.role === "province" || ctx.user.services.includes("training")))
      throw new Forbidden("结业证书由培训承担单位或省经信厅颁发");
    return unitOfWork(this.ds, async (m) => {
      const report = await this.reportIn(m, ctx, classId, today);
      if (!report.ended)
        throw new BadRequest(`“${report.class.name}”尚未结业（${report.class.endDate}），结业后方可颁发证书`);
      const issued: number[] = [];
      for (const t of report.trainees.filter((x) => x.certificateEligible && !x.certificateNo)) {
        const number = `HUST-ZJTX-${report.class.year}-${String(report.class.id).padStart(2, "0")}-${String(t.id).padStart(5, "0")}`;
        await repo(m, "trainees").update({ id: t.id }, { certificateNo: number });
        issued.push(t.id);
      }
      if (issued.length)
        await audit(m, ctx, {
          action: "update",
          resource: "trainees",
          recordIds: issued,
          summary: `“${report.class.name}”颁发结业证书 ${issued.length} 张`,
        });
      const eligible = report.trainees.filter((x) => x.certificateEligible).length;
      return { issued: issued.length, eligible, message: certificatesMessage(issued.length, eligible) };
    });
  }
}

/** What issuing certificates did, in words: how many now, and why none when none. */
export function certificatesMessage(issued: number, eligible: number): string {
  if (eligible === 0) return "本班暂无达到结业条件（出勤要求）的学员，未颁发结业证书";
  if (issued === 0) return `本班符合条件的 ${eligible} 名学员均已颁发结业证书，无需重复颁发`;
  const before = eligible - issued;
  return `已颁发结业证书 ${issued} 张${before > 0 ? `；另有 ${before} 名学员此前已颁发，未重复颁发` : ""}`;
}

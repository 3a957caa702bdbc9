// Classes, sessions and attendance: a session lies within its class, a class holds its admissions,
// attendance is recorded for admitted trainees on the days of their sessions.
import type { EntityManager } from "typeorm";
import { resourceByKey } from "../../../entities/registry";
import { ValidationFailed } from "../../errors";
import { ADMISSION_STATUS } from "../../../entities/trainee";

type Rec = Record<string, any>;
const repo = (m: EntityManager, key: string) => m.getRepository<Rec>(resourceByKey[key].entity);

export async function beforeWriteClass(m: EntityManager, r: Rec, existing: Rec | undefined) {
  if (!existing) return;
  const rows: Rec[] = await repo(m, "trainees")
    .createQueryBuilder("t")
    .select("COUNT(DISTINCT t.enterpriseId)", "n")
    .where("t.classId = :c AND t.admissionStatus = :admitted", { c: r.id, admitted: ADMISSION_STATUS.admitted })
    .getRawMany();
  const admitted = Number(rows[0]?.n ?? 0);
  if (r.capacity < admitted)
    throw new ValidationFailed({ capacity: `已录取 ${admitted} 家企业，容量不能少于 ${admitted}` });
  const outside = await repo(m, "classSessions")
    .createQueryBuilder("s")
    .where("s.classId = :c AND (s.startDate < :a OR s.endDate > :b)", { c: r.id, a: r.startDate, b: r.endDate })
    .getCount();
  if (outside) throw new ValidationFailed({ startDate: `有 ${outside} 次课不在新的开班、结业日期之内，请先调整课次` });
}

export async function beforeWriteSession(m: EntityManager, r: Rec, existing: Rec | undefined) {
  const cls = await repo(m, "trainingClasses").findOneByOrFail({ id: r.classId });
  if (r.startDate < cls.startDate || r.endDate > cls.endDate)
    throw new ValidationFailed({
      startDate: `课次应在“${cls.name}”的开班至结业日期（${cls.startDate} 至 ${cls.endDate}）之内`,
    });
  if (!existing) return;
  const stray = await repo(m, "attendances")
    .createQueryBuilder("a")
    .where("a.sessionId = :s AND (a.date < :a OR a.date > :b OR :moved = 1)", {
      s: r.id,
      a: r.startDate,
      b: r.endDate,
      moved: Number(existing.classId !== r.classId),
    })
    .getCount();
  if (stray) throw new ValidationFailed({ startDate: `已有 ${stray} 条考勤不在调整后的日期内，请先修改考勤` });
}

export async function beforeWriteAttendance(m: EntityManager, r: Rec) {
  const session = await repo(m, "classSessions").findOneByOrFail({ id: r.sessionId });
  if (r.date < session.startDate || r.date > session.endDate)
    throw new ValidationFailed({ date: `考勤日期应在本课次 ${session.startDate} 至 ${session.endDate} 之内` });
  const trainee = await repo(m, "trainees").findOneByOrFail({ id: r.traineeId });
  if (trainee.classId !== session.classId || trainee.admissionStatus !== ADMISSION_STATUS.admitted)
    throw new ValidationFailed({ traineeId: "该学员未被录取到本课次所在的培训班" });
}

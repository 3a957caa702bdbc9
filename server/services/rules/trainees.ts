// Trainees: at most two per enterprise and round, and a class admits enterprises up to its capacity.
import type { EntityManager } from "typeorm";
import { resourceByKey } from "../../../entities/registry";
import { MAX_TRAINEES_PER_ENTERPRISE } from "../../../entities/trainee";
import { ValidationFailed } from "../../errors";
import { ADMISSION_STATUS } from "../../../entities/trainee";

type Rec = Record<string, any>;
const trainees = (m: EntityManager) => m.getRepository(resourceByKey.trainees.entity);

export async function beforeWriteTrainee(m: EntityManager, r: Rec, existing: Rec | undefined) {
  if (!existing || existing.enterpriseId !== r.enterpriseId) {
    const qb = trainees(m)
      .createQueryBuilder("t")
      .where("t.enterpriseId = :e AND t.roundId = :round", { e: r.enterpriseId, round: r.roundId });
    if (existing) qb.andWhere("t.id <> :id", { id: existing.id });
    const count = await qb.getCount();
    if (count >= MAX_TRAINEES_PER_ENTERPRISE)
      throw new ValidationFailed({
        enterpriseId: `每家企业每批次最多 ${MAX_TRAINEES_PER_ENTERPRISE} 名学员，该企业已有 ${count} 名`,
      });
  }
  if (existing?.certificateNo && (existing.classId !== r.classId || r.admissionStatus !== ADMISSION_STATUS.admitted))
    throw new ValidationFailed({ classId: "该学员已颁发结业证书，不能调整班次或录取状态" });
  const admitted = r.admissionStatus === ADMISSION_STATUS.admitted && r.classId;
  // The notice number names the class: a new class or a withdrawn admission gives it up.
  if (!admitted || existing?.classId !== r.classId) r.admissionNoticeNo = null;
  const changed =
    !existing ||
    existing.classId !== r.classId ||
    existing.admissionStatus !== r.admissionStatus ||
    existing.enterpriseId !== r.enterpriseId;
  if (!admitted || !changed) return;
  const cls = await m.getRepository(resourceByKey.trainingClasses.entity).findOneByOrFail({ id: r.classId });
  const rows: { enterpriseId: number }[] = await trainees(m)
    .createQueryBuilder("t")
    .select("DISTINCT t.enterpriseId", "enterpriseId")
    .where("t.classId = :c AND t.admissionStatus = :admitted AND t.id <> :id", {
      admitted: ADMISSION_STATUS.admitted,
      c: r.classId,
      id: existing?.id ?? -1,
    })
    .getRawMany();
  const enterprises = new Set(rows.map((x) => Number(x.enterpriseId)));
  if (!enterprises.has(r.enterpriseId) && enterprises.size >= cls.capacity)
    throw new ValidationFailed({
      classId: `“${cls.name}”容量为 ${cls.capacity} 家企业，已录取 ${enterprises.size} 家，已满`,
    });
}

/** An admitted trainee gets an admission notice number: LQ-年度-班次-学员. */
export async function afterWriteTrainee(m: EntityManager, r: Rec | undefined) {
  if (!r || r.admissionStatus !== ADMISSION_STATUS.admitted || !r.classId || r.admissionNoticeNo) return;
  await trainees(m).update(
    { id: r.id },
    { admissionNoticeNo: `LQ-${r.year}-${String(r.classId).padStart(2, "0")}-${String(r.id).padStart(5, "0")}` },
  );
}

// The programme's events that tell people something (站内消息), written in the event's own transaction:
// a nomination returned or approved, a diagnosis scheduled, the selection committed.
import type { EntityManager } from "typeorm";
import { optionLabel } from "../../../entities/describe";
import { DIAGNOSIS_STATUS } from "../../../entities/diagnostic";
import { REGISTRATION_STATUS } from "../../../entities/registration";
import { resourceByKey } from "../../../entities/registry";
import { notify } from "../notices";

type Rec = Record<string, any>;

const enterpriseOf = (m: EntityManager, id: number) =>
  m.getRepository(resourceByKey.enterprises.entity).findOneByOrFail({ id });

/** A nomination returned (with its reason) or approved: the bureau of the enterprise's city is told. */
export async function noticeOfNomination(m: EntityManager, r: Rec | undefined, existing: Rec | undefined) {
  if (!r || !existing || r.status === existing.status) return;
  const { returned, approved } = REGISTRATION_STATUS;
  if (r.status !== returned && r.status !== approved) return;
  const enterprise = await enterpriseOf(m, r.enterpriseId);
  const round = `${r.year} 年第 ${r.batch} 批`;
  await notify(m, {
    to: { cities: [enterprise.cityId] },
    kind: r.status,
    title: `${enterprise.name}的推荐${r.status === returned ? "被退回" : "已通过"}`,
    body:
      r.status === returned
        ? `省经信厅退回了${enterprise.name}的 ${round}推荐。退回原因：${r.returnReason ?? "未说明"}。请修改后重新推荐，或撤回。`
        : `省经信厅已审核通过${enterprise.name}的 ${round}推荐。`,
    link: `#/registrations/${r.id}/show`,
  });
}

/** A diagnosis scheduled: the bureau of the enterprise's city and the provider of that kind are told. */
export async function noticeOfDiagnosis(m: EntityManager, r: Rec | undefined, existing: Rec | undefined) {
  if (!r || r.status !== DIAGNOSIS_STATUS.scheduled || existing?.status === DIAGNOSIS_STATUS.scheduled) return;
  const desc = resourceByKey.diagnostics;
  const enterprise = await enterpriseOf(m, r.enterpriseId);
  const kind = optionLabel(desc.fields.kind, r.kind);
  const mode = optionLabel(desc.fields.mode, r.mode);
  await notify(m, {
    to: { cities: [enterprise.cityId], services: [r.kind] },
    kind: "diagnosisScheduled",
    title: `${enterprise.name}的${kind}已排期`,
    body: `${enterprise.name}的 ${r.year} 年${kind}（${mode}）已排期：诊断日期 ${r.scheduledDate ?? "待定"}，承担单位 ${r.provider}${r.expert ? `，诊断专家 ${r.expert}` : ""}。`,
    link: `#/diagnostics/${r.id}/show`,
  });
}

/** The selection committed: the department, the tech-service provider and the cities whose enterprises were chosen. */
export async function noticeOfSelection(m: EntityManager, roundName: string, chosen: { enterpriseId: number }[]) {
  const enterprises = chosen.length
    ? await m
        .getRepository(resourceByKey.enterprises.entity)
        .createQueryBuilder("e")
        .where("e.id IN (:...ids)", { ids: chosen.map((c) => c.enterpriseId) })
        .getMany()
    : [];
  const byCity = new Map<number, number>();
  for (const e of enterprises) byCity.set(e.cityId, (byCity.get(e.cityId) ?? 0) + 1);
  const title = `${roundName}技术创新需求择优遴选结果已确定`;
  const link = "#/selectedProjects";
  const total = `共遴选 ${chosen.length} 个项目`;
  await notify(m, {
    to: { roles: ["province"], services: ["tech"] },
    kind: "selectionCommitted",
    title,
    body: `${roundName}择优遴选已确认并锁定，${total}，涉及 ${byCity.size} 个市州。`,
    link,
  });
  for (const [cityId, n] of byCity)
    await notify(m, {
      to: { cities: [cityId] },
      kind: "selectionCommitted",
      title,
      body: `${roundName}择优遴选已确认，${total}，其中本市州企业 ${n} 项。`,
      link,
    });
}

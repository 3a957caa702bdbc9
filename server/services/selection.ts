// 择优遴选: rank the year's demands by their review scores, apply limits and pins, and (on commit)
// create the projects, mark every demand and lock the round — all in one transaction. Tables and status
// values come from the descriptions, and every status the selection sets passes the described flow.
import { In, type DataSource, type EntityManager } from "typeorm";
import { optionLabel, recordName, type ResourceDescription } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { serverOnly } from "../entitySchemas";
import type { RoundRules } from "../../entities/round";
import { roundOf } from "./rounds";
import { PROJECT_STATUS } from "../../entities/selectedProject";
import { DEMAND_STATUS } from "../../entities/techDemand";
import { ACTIVE_DEMAND, ACTIVE_DEMAND_PARAMS } from "./figures";
import {
  CATEGORY_SERVICE,
  ROUND_STATUS,
  SELECTION_DEFAULTS,
  TIE_BREAK_RULE,
  type RankedDemand,
  type SelectionParams,
  type SelectionResult,
} from "../../entities/selection";
import { BadRequest, Conflict, Forbidden } from "../errors";
import { audit, type RequestContext } from "./audit";
import { flowProblem } from "./rules/flow";
import { noticeOfSelection } from "./rules/events";
import { rawQuery, read, unitOfWork } from "./unitOfWork";
import { failpoint } from "../faults";
import { releaseFiles } from "./files";

type Rec = Record<string, any>;
const demandDesc = resourceByKey.techDemands;
const projectDesc = resourceByKey.selectedProjects;

/** A round's states. */
const ROUND = ROUND_STATUS;
/** A new project's status: the only one a round may be reopened with. */
const PROJECT_PLANNED = PROJECT_STATUS.planned;

/**
 * Refuses a status the described flow does not allow, as every write of a record does (the same
 * check, rules/flow.ts): `record` is what the selection will write over `existing` (none for a new one).
 */
function assertFlow(desc: ResourceDescription, record: Rec, existing: Rec | undefined, undone: string) {
  const problem = flowProblem(desc, record, existing);
  if (problem)
    throw new Conflict(
      `${desc.label}“${recordName(desc, { ...existing, ...record })}”：${Object.values(problem)[0]}，${undone}`,
      problem,
    );
}
const category = (d: Rec) => optionLabel(demandDesc.fields.categories, d.categories?.[0]);
const int = (v: unknown, name: string, min: number, max: number) => {
  if (v === undefined || v === null) return undefined;
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max)
    throw new BadRequest(`${name}应为 ${min} 至 ${max} 的整数`);
  return v as number;
};

/** Checks the request body; every pin needs a reason. */
const PARAM_KEYS = ["count", "dryRun", "minReviews", "maxPerCity", "maxPerCategory", "pinnedIn", "pinnedOut"];

export function parseParams(
  body: unknown,
  defaultCount: number = SELECTION_DEFAULTS.count,
): Required<Omit<SelectionParams, "maxPerCity" | "maxPerCategory">> &
  Pick<SelectionParams, "maxPerCity" | "maxPerCategory"> {
  if (body !== undefined && body !== null && (typeof body !== "object" || Array.isArray(body)))
    throw new BadRequest("请求内容应为一个对象");
  const b = (body ?? {}) as Rec;
  const unknown = Object.keys(b).find((k) => !PARAM_KEYS.includes(k));
  if (unknown !== undefined) throw new BadRequest(`不认识的遴选参数“${unknown.slice(0, 40)}”`);
  const pins = (v: unknown, name: string) => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length > 200) throw new BadRequest(`${name}应为列表`);
    return v.map((p: Rec) => {
      if (!p || !Number.isInteger(p.id) || typeof p.reason !== "string" || !p.reason.trim())
        throw new BadRequest(`${name}的每一项都须有需求编号和理由`);
      return { id: p.id as number, reason: p.reason.trim().slice(0, 500) };
    });
  };
  return {
    count: int(b.count ?? defaultCount, "遴选数量", 1, 1000)!,
    dryRun: b.dryRun !== false,
    minReviews: int(b.minReviews ?? SELECTION_DEFAULTS.minReviews, "最少有效评审数", 1, 50)!,
    maxPerCity: int(b.maxPerCity, "每个市州上限", 1, 1000),
    maxPerCategory: int(b.maxPerCategory, "每类需求上限", 1, 1000),
    pinnedIn: pins(b.pinnedIn, "人工确定入选"),
    pinnedOut: pins(b.pinnedOut, "人工排除"),
  };
}

/** The ranking with each demand's rank, whether it is in, and why. Pure, so dry run and commit agree. */
export function rank(demands: Rec[], p: ReturnType<typeof parseParams>): RankedDemand[] {
  const pinIn = new Map(p.pinnedIn.map((x) => [x.id, x.reason]));
  const pinOut = new Map(p.pinnedOut.map((x) => [x.id, x.reason]));
  const ordered = [...demands].sort(
    (a, b) => (b.score ?? -1) - (a.score ?? -1) || b.reviewCount - a.reviewCount || a.id - b.id,
  );
  const perCity = new Map<string, number>();
  const perCategory = new Map<string, number>();
  const take = (d: Rec) => {
    perCity.set(d.city, (perCity.get(d.city) ?? 0) + 1);
    perCategory.set(category(d), (perCategory.get(category(d)) ?? 0) + 1);
  };
  const chosen = new Map<number, string>();
  for (const d of ordered)
    if (pinIn.has(d.id)) {
      chosen.set(d.id, `人工确定入选：${pinIn.get(d.id)}`);
      take(d);
    }
  const why = new Map<number, string>();
  let position = 0;
  for (const d of ordered) {
    const eligible = d.reviewCount >= p.minReviews && d.score !== null;
    if (eligible) position++;
    d.rank = eligible ? position : null;
    if (chosen.has(d.id)) continue;
    if (pinOut.has(d.id)) why.set(d.id, `人工排除：${pinOut.get(d.id)}`);
    else if (!eligible) why.set(d.id, `有效评审 ${d.reviewCount} 份，少于 ${p.minReviews} 份，暂不参与排名`);
    else if (chosen.size >= p.count) why.set(d.id, `排名第 ${position}，未进入前 ${p.count} 名`);
    else if (p.maxPerCity && (perCity.get(d.city) ?? 0) >= p.maxPerCity)
      why.set(d.id, `${d.city}已入选 ${p.maxPerCity} 项，达到每个市州上限`);
    else if (p.maxPerCategory && (perCategory.get(category(d)) ?? 0) >= p.maxPerCategory)
      why.set(d.id, `“${category(d)}”类已入选 ${p.maxPerCategory} 项，达到每类上限`);
    else {
      chosen.set(d.id, `排名第 ${position}，得分 ${d.score}`);
      take(d);
    }
  }
  return ordered.map((d) => ({
    id: d.id,
    title: d.title,
    enterprise: d.enterprise,
    city: d.city,
    category: category(d),
    score: d.score,
    reviewCount: d.reviewCount,
    rank: d.rank,
    selected: chosen.has(d.id),
    reason: chosen.get(d.id) ?? why.get(d.id) ?? "",
  }));
}

export class SelectionService {
  constructor(private readonly ds: DataSource) {}

  private assertRole(ctx: RequestContext) {
    const u = ctx.user;
    if (!(u.role === "province" || (u.role === "provider" && u.services.includes("tech"))))
      throw new Forbidden("只有省经信厅和技术创新服务承担单位可以遴选项目");
  }

  private async load(m: EntityManager, roundId: number) {
    const rows: Rec[] = await rawQuery(
      m,
      `SELECT d.id, d.title, d.categories, d.score, d."reviewCount", d."enterpriseId", e.name AS enterprise, c.name AS city
       FROM ${demandDesc.table} d JOIN ${resourceByKey.enterprises.table} e ON e.id = d."enterpriseId"
       JOIN ${resourceByKey.cities.table} c ON c.id = e."cityId"
       WHERE d."roundId" = :roundId AND ${ACTIVE_DEMAND("d")} ORDER BY d.id`,
      { roundId, ...ACTIVE_DEMAND_PARAMS },
    );
    return rows.map((r): Rec => ({
      ...r,
      categories: JSON.parse(r.categories ?? "[]"),
      score: r.score === null ? null : Number(r.score),
      reviewCount: Number(r.reviewCount),
    }));
  }

  /** The selection kept for a 培育批次 (its lock and last parameters), if it has one. */
  private kept(m: EntityManager, roundId: number) {
    return m.getRepository(serverOnly.selectionRounds.entity).findOneBy({ roundId });
  }

  /** GET: the round's state and the ranking of the last committed parameters (or the defaults). */
  state(ctx: RequestContext) {
    // The read-only role may look at the ranking; only those who select may run or reopen it.
    if (ctx.user.role !== "viewer") this.assertRole(ctx);
    return read(this.ds, async (m) => {
      const programme = await roundOf(m, ctx.user);
      const r = await this.kept(m, programme.id);
      const p = parseParams({ ...(r?.params ?? {}), dryRun: true }, programme.selectedProjects);
      return this.result(m, programme, p, r, false);
    });
  }

  private async result(
    m: EntityManager,
    programme: RoundRules,
    p: ReturnType<typeof parseParams>,
    r: Rec | null,
    committed: boolean,
  ): Promise<SelectionResult> {
    const demands = await this.load(m, programme.id);
    const known = new Set(demands.map((d) => d.id));
    const unknown = [...p.pinnedIn, ...p.pinnedOut].find((x) => !known.has(x.id));
    if (unknown) throw new BadRequest(`需求编号 ${unknown.id} 不在本批次需求库中`);
    if (p.pinnedIn.length > p.count)
      throw new BadRequest(`人工确定入选 ${p.pinnedIn.length} 项，超过遴选数量 ${p.count}`);
    if (p.pinnedIn.some((x) => p.pinnedOut.some((y) => y.id === x.id)))
      throw new BadRequest("同一需求不能既确定入选又排除");
    return {
      roundId: programme.id,
      roundName: programme.name,
      year: programme.year,
      count: p.count,
      rule: TIE_BREAK_RULE,
      committed,
      round: { status: r?.status ?? ROUND.open, lockedAt: r?.lockedAt ?? null, lockedBy: r?.lockedBy ?? null },
      ranking: rank(demands, p),
    };
  }

  /** POST: a dry run returns the ranking; a commit also creates the projects and locks the round. */
  run(ctx: RequestContext, body: unknown) {
    this.assertRole(ctx);
    return unitOfWork(this.ds, async (m) => {
      const programme = await roundOf(m, ctx.user);
      const p = parseParams(body, programme.selectedProjects);
      const year = programme.year;
      const round = await this.kept(m, programme.id);
      if (round?.status === ROUND.locked && !p.dryRun)
        throw new Conflict(
          `${programme.name}遴选已于 ${String(round.lockedAt).slice(0, 10)} 锁定，如需重新遴选，请先说明理由重新开启`,
        );
      const result = await this.result(m, programme, p, round, !p.dryRun);
      if (p.dryRun) return result;
      const chosen = result.ranking.filter((d) => d.selected);
      const demands = m.getRepository(demandDesc.entity);
      const projects = m.getRepository(projectDesc.entity);
      const taken = chosen.length
        ? await projects
            .createQueryBuilder("p")
            .where("p.demandId IN (:...ids)", { ids: chosen.map((d) => d.id) })
            .getMany()
        : [];
      if (taken.length)
        throw new Conflict(
          `需求“${chosen.find((d) => d.id === taken[0].demandId)!.title}”已有遴选项目“${taken[0].name}”，请先处理后再遴选`,
        );
      // Every demand's new status, checked against the flow before anything is written.
      const ids = result.ranking.map((d) => d.id);
      const current = new Map((await demands.findBy({ id: In(ids) })).map((row) => [row.id as number, row]));
      for (const d of result.ranking) {
        const row = current.get(d.id)!;
        assertFlow(
          demandDesc,
          { ...row, status: d.selected ? DEMAND_STATUS.selected : DEMAND_STATUS.notSelected },
          row,
          "未做任何遴选",
        );
      }
      for (const [i, d] of chosen.entries()) {
        const row = current.get(d.id)!;
        const project = {
          name: row.title,
          demandId: row.id,
          enterpriseId: row.enterpriseId,
          roundId: programme.id,
          year,
          rank: i + 1,
          score: row.score,
          services: [...new Set((row.categories as string[]).map((c) => CATEGORY_SERVICE[c]))],
          status: PROJECT_PLANNED,
          progress: 0,
        };
        assertFlow(projectDesc, project, undefined, "未做任何遴选");
        await projects.save(project);
      }
      await failpoint("selectionCommit");
      await demands
        .createQueryBuilder()
        .update()
        .set({ status: DEMAND_STATUS.notSelected, version: () => "version + 1" })
        .whereInIds(ids)
        .execute();
      if (chosen.length)
        await demands
          .createQueryBuilder()
          .update()
          .set({ status: DEMAND_STATUS.selected })
          .whereInIds(chosen.map((d) => d.id))
          .execute();
      const now = new Date().toISOString();
      await m.getRepository(serverOnly.selectionRounds.entity).save({
        ...round,
        roundId: programme.id,
        year,
        status: ROUND.locked,
        params: { ...p, dryRun: true },
        lockedAt: now,
        lockedBy: ctx.user.username,
      });
      await audit(m, ctx, {
        action: "selection",
        resource: demandDesc.key,
        recordIds: chosen.map((d) => d.id),
        summary: `${programme.name}择优遴选 ${chosen.length} 项（需求 ${ids.length} 项；${TIE_BREAK_RULE}）；参数 ${JSON.stringify({ ...p, dryRun: undefined })}`,
      });
      await noticeOfSelection(
        m,
        programme.name,
        chosen.map((d) => current.get(d.id) as { enterpriseId: number }),
      );
      return { ...result, round: { status: ROUND.locked, lockedAt: now, lockedBy: ctx.user.username } };
    });
  }

  /** Reopens a locked round with a reason: its projects (none started) are removed, the demands go back to review. */
  async reopen(ctx: RequestContext, body: unknown) {
    if (ctx.user.role !== "province") throw new Forbidden("只有省经信厅可以重新开启遴选");
    const reason = typeof (body as Rec)?.reason === "string" ? (body as Rec).reason.trim() : "";
    if (!reason) throw new BadRequest("请填写重新开启的理由", { reason: "请填写重新开启的理由" });
    const { files } = await unitOfWork(this.ds, async (m) => {
      const programme = await roundOf(m, ctx.user);
      const roundId = programme.id;
      const round = await this.kept(m, roundId);
      if (round?.status !== ROUND.locked) throw new Conflict("本批次遴选尚未锁定，无需重新开启");
      const projects = m.getRepository(projectDesc.entity);
      const started = await projects
        .createQueryBuilder("p")
        .where(`p."roundId" = :roundId AND p.status <> :planned`, { roundId, planned: PROJECT_PLANNED })
        .getCount();
      if (started) throw new Conflict(`已有 ${started} 个遴选项目开始实施，不能重新开启遴选`);
      // The demands go back to review: the same flow check as any write, before anything changes.
      const demands = m.getRepository(demandDesc.entity);
      const decided = [DEMAND_STATUS.selected, DEMAND_STATUS.notSelected];
      for (const row of await demands.findBy({ roundId, status: In(decided) }))
        assertFlow(demandDesc, { ...row, status: DEMAND_STATUS.underReview }, row, "未重新开启");
      // The projects go, and with them their archive (its files once nothing else refers to them).
      const ids = (await projects.find({ select: { id: true }, where: { roundId } })).map((p) => p.id as number);
      const archive = m.getRepository(serverOnly.attachments.entity);
      const attached = ids.length
        ? await archive
            .createQueryBuilder("a")
            .where("a.resource = :resource AND a.recordId IN (:...ids)", { resource: projectDesc.key, ids })
            .getMany()
        : [];
      if (attached.length) await archive.delete(attached.map((a) => a.id));
      await projects.delete({ roundId });
      await demands
        .createQueryBuilder()
        .update()
        .set({ status: DEMAND_STATUS.underReview, version: () => "version + 1" })
        .where(`"roundId" = :roundId AND status IN (:...decided)`, { roundId, decided })
        .execute();
      await m
        .getRepository(serverOnly.selectionRounds.entity)
        .save({ ...round, status: ROUND.open, reopenReason: reason });
      await audit(m, ctx, {
        action: "selection",
        resource: demandDesc.key,
        summary: `重新开启${programme.name}遴选：${reason}`,
      });
      return { files: attached.map((a) => a.sha256 as string) };
    });
    await releaseFiles(this.ds, files);
    return { status: ROUND.open };
  }
}

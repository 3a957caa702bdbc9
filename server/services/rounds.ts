// 培育批次 on the server: the rounds kept in memory (a small table read on every request), the current
// one, the round a request is about (`roundId` in its query or filter, else the current one), and what
// every write of a round-scoped record takes from its round.
import type { DataSource, EntityManager } from "typeorm";
import type { ResourceDescription } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { currentOf, ROUND_STATUS, roundName, type RoundRules } from "../../entities/round";
import { idOf } from "../../entities/validate";
import type { Principal } from "../access/policy";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../errors";
import { audit, type RequestContext } from "./audit";
import { saveRecord } from "./records/saveRecord";
import { readerOf, unitOfWork } from "./unitOfWork";

type Rec = Record<string, any>;

/** How long another instance's change to a round may go unseen here. */
const FRESH_MS = 5_000;
const cache = new WeakMap<DataSource, { at: number; rounds: RoundRules[] }>();

/** Forgets the rounds read (after a round is written), so the next request reads them again. */
export function forgetRounds(ds: DataSource) {
  cache.delete(ds);
  const reader = readerOf(ds);
  if (reader) cache.delete(reader);
}

/** Every round, newest first (read again once they are FRESH_MS old, or after a change here). */
export async function allRounds(m: EntityManager): Promise<RoundRules[]> {
  const ds = m.connection;
  const hit = cache.get(ds);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.rounds;
  const rounds = (await m
    .getRepository(resourceByKey.rounds.entity)
    .find({ order: { year: "DESC", batch: "DESC" } })) as unknown as RoundRules[];
  // What a transaction reads may not be committed: kept only when read outside one.
  if (!m.queryRunner?.isTransactionActive) cache.set(ds, { at: Date.now(), rounds });
  return rounds;
}

/** One round by id: from memory, else (a round made in this transaction) from the database. */
export async function findRound(m: EntityManager, id: unknown): Promise<RoundRules | undefined> {
  const n = idOf(id);
  if (!(n > 0)) return undefined;
  const known = (await allRounds(m)).find((r) => r.id === n);
  if (known) return known;
  return ((await m.getRepository(resourceByKey.rounds.entity).findOneBy({ id: n })) ?? undefined) as
    RoundRules | undefined;
}

/** The current round (entities/round.ts currentOf). */
export async function currentRound(m: EntityManager): Promise<RoundRules> {
  const current = currentOf(await allRounds(m));
  if (!current) throw new NotFound("尚未设置培育批次，请省经信厅先在“培育批次”中新建");
  return current;
}

/** The round a request names (`roundId`), or the current one when it names none. */
export async function requestedRound(m: EntityManager, raw: unknown): Promise<RoundRules> {
  if (raw === undefined || raw === null || raw === "") return currentRound(m);
  const id = idOf(raw);
  const found = await findRound(m, id);
  if (!found) throw new NotFound(`培育批次不存在（编号 ${String(raw).slice(0, 20)}）`);
  return found;
}

/** The round a principal's request is about (set by requireSession), else the current one. */
export const roundOf = async (m: EntityManager, user: Principal) => user.round ?? currentRound(m);

/** Whether a resource's records belong to a round. */
export const isRoundScoped = (desc: ResourceDescription) =>
  // A custom field names a round it applies to (or none: all), but is no round's record.
  desc.fields.roundId?.ref === "rounds" && desc.key !== "customFields";

/**
 * The round a write of a round-scoped record is in (undefined for other resources): a record never moves
 * to another round; a new one is of the round its body names, else of what it belongs to (a review of its
 * demand's), else of the request's. A closed round's records are read only but for the department.
 */
export async function writeRound(
  m: EntityManager,
  desc: ResourceDescription,
  user: Principal,
  body: unknown,
  existing: Rec | undefined,
): Promise<number | undefined> {
  if (!isRoundScoped(desc)) return undefined;
  const given = body && typeof body === "object" && !Array.isArray(body) ? (body as Rec) : {};
  let id: number;
  if (existing) id = existing.roundId;
  else if (given.roundId !== undefined && given.roundId !== null && given.roundId !== "") id = idOf(given.roundId);
  else id = (await parentRound(m, desc, given)) ?? (await roundOf(m, user)).id;
  const round = await findRound(m, id);
  if (!round) throw new ValidationFailed({ roundId: `培育批次不存在（编号 ${String(given.roundId).slice(0, 20)}）` });
  if (round.status === ROUND_STATUS.closed && user.role !== "province")
    throw new Forbidden(`${round.name}已结束，记录只读；如需修改请联系省经信厅`);
  return id;
}

/** The references of a record to records of a round (a review's demand, a trainee's class). */
const roundRefs = (desc: ResourceDescription) =>
  Object.entries(desc.fields).filter(
    ([k, f]) => k !== "roundId" && f.type === "ref" && isRoundScoped(resourceByKey[f.ref!]),
  );

/** A new record's round from what it belongs to (a review is of its demand's round), if it says. */
async function parentRound(m: EntityManager, desc: ResourceDescription, body: Rec) {
  for (const [k, f] of roundRefs(desc)) {
    if (!f.required || idOf(body[k]) <= 0) continue;
    const parent = await m.getRepository(resourceByKey[f.ref!].entity).findOne({
      where: { id: idOf(body[k]) },
      select: { id: true, roundId: true },
    });
    if (parent) return parent.roundId as number;
  }
  return undefined;
}

/**
 * The round's own values of a round-scoped record (its year, a nomination's batch), set on every write;
 * and what it refers to in a round (a review's demand, a trainee's class) must be of the same round.
 */
export async function fillFromRound(m: EntityManager, desc: ResourceDescription, record: Rec, roundId?: number) {
  if (!isRoundScoped(desc) || roundId === undefined) return;
  record.roundId = roundId;
  const round = await findRound(m, roundId);
  if (!round) return;
  if (desc.fields.year) record.year = round.year;
  if (desc.fields.batch) record.batch = round.batch;
  const errors: Record<string, string> = {};
  for (const [k, f] of roundRefs(desc)) {
    if (idOf(record[k]) <= 0) continue;
    const target = resourceByKey[f.ref!];
    const other = await m.getRepository(target.entity).findOne({
      where: { id: idOf(record[k]) },
      select: { id: true, roundId: true },
    });
    if (other && other.roundId !== round.id)
      errors[k] =
        `所选${f.label}属于${(await findRound(m, other.roundId))?.name ?? "其他批次"}，与本记录的批次（${round.name}）不一致`;
  }
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
}

/** Refuses a delete in a closed round but the department's. */
export async function assertRoundOpen(m: EntityManager, desc: ResourceDescription, user: Principal, record: Rec) {
  if (!isRoundScoped(desc) || user.role === "province") return;
  const round = await findRound(m, record.roundId);
  if (round?.status === ROUND_STATUS.closed)
    throw new Forbidden(`${round.name}已结束，记录只读；如需修改请联系省经信厅`);
}

/** The next round after `from`: the same year's next batch. */
const nextBatch = (rounds: RoundRules[], year: number) =>
  Math.max(0, ...rounds.filter((r) => r.year === year).map((r) => r.batch)) + 1;

/**
 * 新建批次: a draft (筹备) round with `from`'s settings and its classes (筹备中, same names and sizes, no
 * trainees or sessions), the same year's next batch, named as the notices do; one transaction, one audit entry.
 */
export async function copyRound(ds: DataSource, ctx: RequestContext, fromId: unknown) {
  if (ctx.user.role !== "province") throw new Forbidden("只有省经信厅可以新建培育批次");
  const rounds = resourceByKey.rounds;
  const created = await unitOfWork(ds, async (m) => {
    const from = await findRound(m, fromId);
    if (!from) throw new NotFound(`培育批次不存在（编号 ${String(fromId).slice(0, 20)}）`);
    const all = await allRounds(m);
    const batch = nextBatch(all, from.year);
    if (batch > (rounds.fields.batch.max ?? 20)) throw new Conflict(`${from.year} 年的批次已满，请改为下一年度新建`);
    const settings = Object.fromEntries(
      Object.keys(rounds.fields)
        .filter((k) => !["name", "year", "batch", "status", "noticeNo", "noticeDate"].includes(k))
        .map((k) => [k, (from as unknown as Rec)[k]]),
    );
    const round = await saveRecord(m, rounds, ctx.user, undefined, {
      ...settings,
      name: roundName(from.year, batch),
      year: from.year,
      batch,
      status: ROUND_STATUS.preparing,
    });
    const classes = resourceByKey.trainingClasses;
    const copied: number[] = [];
    for (const c of await m.getRepository(classes.entity).find({ where: { roundId: from.id }, order: { id: "ASC" } })) {
      const body = Object.fromEntries(
        Object.entries(classes.fields)
          .filter(([, f]) => !f.readOnly && !f.virtual && !f.hidden)
          .map(([k]) => [k, (c as Rec)[k]]),
      );
      const saved = await saveRecord(m, classes, ctx.user, undefined, {
        ...body,
        roundId: round.id,
        status: "planned",
      });
      copied.push(saved.id as number);
    }
    await audit(m, ctx, {
      action: "create",
      resource: rounds.key,
      recordIds: [round.id as number],
      summary: `新建培育批次“${round.name}”（复制“${from.name}”的设置和 ${copied.length} 个培训班）`,
    });
    return round;
  });
  forgetRounds(ds);
  return created;
}

// 培育批次 on the server: the rounds kept in memory (a small table read on every request), the current
// one, the round a request is about (`roundId` in its query or filter, else the current one), and what
// every write of a round-scoped record takes from its round.
import type { DataSource, EntityManager } from "typeorm";
import type { ResourceDescription } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import { ROUND_STATUS, type RoundRules } from "../../entities/round";
import { idOf } from "../../entities/validate";
import type { Principal } from "../access/policy";
import { Forbidden, NotFound, ValidationFailed } from "../errors";

type Rec = Record<string, any>;

/** How long another instance's change to a round may go unseen here. */
const FRESH_MS = 5_000;
const cache = new WeakMap<DataSource, { at: number; rounds: RoundRules[] }>();

/** Forgets the rounds read (after a round is written), so the next request reads them again. */
export const forgetRounds = (ds: DataSource) => cache.delete(ds);

/** Every round, newest first. */
export async function allRounds(m: EntityManager): Promise<RoundRules[]> {
  const ds = m.connection;
  const hit = cache.get(ds);
  if (hit && Date.now() - hit.at < FRESH_MS && !m.queryRunner?.isTransactionActive) return hit.rounds;
  const rounds = (await m
    .getRepository(resourceByKey.rounds.entity)
    .find({ order: { year: "DESC", batch: "DESC" } })) as unknown as RoundRules[];
  if (!m.queryRunner?.isTransactionActive) cache.set(ds, { at: Date.now(), rounds });
  return rounds;
}

/** The current round: the latest one 进行中, else the latest that is not 筹备, else the latest. */
export async function currentRound(m: EntityManager): Promise<RoundRules> {
  const rounds = await allRounds(m);
  const current =
    rounds.find((r) => r.status === ROUND_STATUS.active) ??
    rounds.find((r) => r.status !== ROUND_STATUS.preparing) ??
    rounds[0];
  if (!current) throw new NotFound("尚未设置培育批次，请省经信厅先在“培育批次”中新建");
  return current;
}

/** The round a request names (`roundId`), or the current one when it names none. */
export async function requestedRound(m: EntityManager, raw: unknown): Promise<RoundRules> {
  if (raw === undefined || raw === null || raw === "") return currentRound(m);
  const id = idOf(raw);
  const found = id > 0 ? (await allRounds(m)).find((r) => r.id === id) : undefined;
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
 * What a write of a round-scoped record takes from its round, before validation: a new record is of the
 * round it names, else of the request's; a record never moves to another round. A closed round's records
 * are read only but for the department.
 */
export async function roundBody(
  m: EntityManager,
  desc: ResourceDescription,
  user: Principal,
  body: unknown,
  existing: Rec | undefined,
): Promise<unknown> {
  if (!isRoundScoped(desc) || !body || typeof body !== "object" || Array.isArray(body)) return body;
  const out: Rec = { ...(body as Rec) };
  if (existing) out.roundId = existing.roundId;
  else if (out.roundId === undefined || out.roundId === null || out.roundId === "")
    out.roundId = (await parentRound(m, desc, out)) ?? (await roundOf(m, user)).id;
  const round = (await allRounds(m)).find((r) => r.id === idOf(out.roundId));
  if (!round) throw new ValidationFailed({ roundId: "培育批次不存在" });
  if (round.status === ROUND_STATUS.closed && user.role !== "province")
    throw new Forbidden(`${round.name}已结束，记录只读；如需修改请联系省经信厅`);
  return out;
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
export async function fillFromRound(m: EntityManager, desc: ResourceDescription, record: Rec) {
  if (!isRoundScoped(desc)) return;
  const rounds = await allRounds(m);
  const round = rounds.find((r) => r.id === idOf(record.roundId));
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
        `所选${f.label}属于${rounds.find((r) => r.id === other.roundId)?.name ?? "其他批次"}，与本记录的批次（${round.name}）不一致`;
  }
  if (Object.keys(errors).length) throw new ValidationFailed(errors);
}

/** Refuses a delete in a closed round but the department's. */
export async function assertRoundOpen(m: EntityManager, desc: ResourceDescription, user: Principal, record: Rec) {
  if (!isRoundScoped(desc) || user.role === "province") return;
  const round = (await allRounds(m)).find((r) => r.id === idOf(record.roundId));
  if (round?.status === ROUND_STATUS.closed)
    throw new Forbidden(`${round.name}已结束，记录只读；如需修改请联系省经信厅`);
}

// The throttle on failed logins, kept in the database so that every instance counts the same attempts.
//
// What an attempt counts against: the user name from that address (locked after USER_LIMIT failures
// in a row), the address (locked after IP_LIMIT), and the user name from anywhere (never locked, only
// slowed). So a client that guesses locks only itself: nobody can lock an account's owner out from
// another address. Every failure slows the next attempt of the same kind; a name failing from many
// addresses tells the department (a 站内消息, once an hour).
import type { DataSource, EntityManager } from "typeorm";
import { beijingDateTime } from "../../entities/dates";
import { serverOnly } from "../entitySchemas";
import { TooManyRequests } from "../errors";
import { notify } from "../services/notices";
import { queued, rawQuery, read } from "../services/unitOfWork";

/** Failures in a row for one user name from one address before that pair is locked for LOCK_MINUTES. */
export const USER_LIMIT = 5;
/** Failures from one address (any names) before the address is locked for LOCK_MINUTES. */
export const IP_LIMIT = 30;
export const LOCK_MINUTES = 15;
/** A count with no failure for this long starts again. */
export const WINDOW_MINUTES = 15;
/** Each step makes the next answer this much slower, up to MAX_DELAY_STEPS (2 s). */
export const DELAY_STEP_MS = 400;
export const MAX_DELAY_STEPS = 5;
/** Failures on one user name (from all addresses, within the window) at which the department is told. */
export const ATTACK_NOTICE_AT = 10;

/** One count an attempt adds to. */
export interface Counter {
  key: string;
  /** Locks the key for LOCK_MINUTES once this many failures are counted; none: never locks. */
  limit?: number;
  /** Failures per step of delay. */
  perStep: number;
  /** After a success: the count starts again, or only this attempt is given back. */
  onSuccess: "reset" | "giveBack";
  /** What a 429 says failed too often. */
  what: string;
}

const iso = (d: Date) => d.toISOString();
const hhmm = (isoTime: string) => beijingDateTime(isoTime).slice(11);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than any address; a forwarded header may carry anything. */
const addressOf = (ip: string) => (ip || "未知").slice(0, 64);
const NEVER = 2_147_483_647;

/** The counts of a login attempt: the name from this address, the address, the name from anywhere. */
export function loginCounters(username: string, ip: string): Counter[] {
  const name = username.toLowerCase();
  const address = addressOf(ip);
  return [
    {
      key: `pair:${name}|${address}`,
      limit: USER_LIMIT,
      perStep: 1,
      onSuccess: "reset",
      what: "此账号从您的网络地址登录失败次数过多",
    },
    { key: `ip:${address}`, limit: IP_LIMIT, perStep: 5, onSuccess: "giveBack", what: "您的网络地址登录失败次数过多" },
    { key: `user:${name}`, perStep: 5, onSuccess: "giveBack", what: "登录失败次数过多" },
  ];
}

/** The count of a signed-in user's password checks (a password change). */
/** Wrong invitation codes from one address: slowed, then locked like failed logins (codes cannot be guessed in bulk). */
export const invitationCounters = (ip: string): Counter[] => [
  { key: `invite:${addressOf(ip)}`, limit: 10, perStep: 2, onSuccess: "giveBack", what: "邀请码输入错误次数过多" },
];

export const passwordCounters = (userId: number): Counter[] => [
  { key: `password:${userId}`, limit: USER_LIMIT, perStep: 1, onSuccess: "reset", what: "当前密码输错次数过多" },
];

const locked = (c: Counter, until: string) =>
  new TooManyRequests(`${c.what}，已暂时锁定，请于 ${hhmm(until)}（北京时间）后再试`);

/**
 * Reserves one attempt on every counter before the password is checked, so parallel guesses count too:
 * refuses (429) while a counter is locked, without counting; otherwise counts the attempt as a failure
 * until it succeeds. Answers each counter's failures, this attempt included.
 */
async function reserve(m: EntityManager, counters: Counter[]) {
  const now = new Date();
  const rows = await m
    .getRepository(serverOnly.loginThrottles.entity)
    .createQueryBuilder("t")
    .where("t.key IN (:...keys)", { keys: counters.map((c) => c.key) })
    .getMany();
  for (const c of counters) {
    const until = rows.find((r) => r.key === c.key)?.lockedUntil;
    if (c.limit && until && until > iso(now)) throw locked(c, until);
  }
  // One atomic statement per key, on any instance: each attempt counts exactly once, and the count it
  // returns decides, so parallel guesses cannot all slip through before the lock. A lock that has run
  // out, or a count with no failure for WINDOW_MINUTES, starts again.
  const t = `"${serverOnly.loginThrottles.table}"`;
  const stale = `(${t}."lockedUntil" IS NOT NULL AND ${t}."lockedUntil" <= :now) OR (${t}."lockedUntil" IS NULL AND (${t}."lastFailureAt" IS NULL OR ${t}."lastFailureAt" <= :since))`;
  const failures: number[] = [];
  for (const c of counters) {
    const limit = c.limit ?? NEVER;
    const until = iso(new Date(now.getTime() + LOCK_MINUTES * 60_000));
    const [row] = await rawQuery(
      m,
      `INSERT INTO ${t} ("key", "failures", "lastFailureAt", "lockedUntil", "version") VALUES (:key, 1, :now, :first, 1)
       ON CONFLICT ("key") DO UPDATE SET
         "failures" = CASE WHEN ${stale} THEN 1 ELSE ${t}."failures" + 1 END,
         "lockedUntil" = CASE WHEN ${stale} THEN :first WHEN ${t}."lockedUntil" IS NULL AND ${t}."failures" + 1 >= :limit THEN :until ELSE ${t}."lockedUntil" END,
         "lastFailureAt" = :now, "version" = ${t}."version" + 1
       RETURNING "failures", "lockedUntil"`,
      {
        key: c.key,
        now: iso(now),
        since: iso(new Date(now.getTime() - WINDOW_MINUTES * 60_000)),
        limit,
        until,
        first: limit <= 1 ? until : null,
      },
    );
    // Parallel attempts past the limit: the lock was set by one of them.
    if (Number(row.failures) > limit) throw locked(c, row.lockedUntil ?? until);
    failures.push(Number(row.failures));
  }
  return failures;
}

/** A successful check: counts that start again are removed, the others get this attempt back. */
async function release(m: EntityManager, counters: Counter[]) {
  const repo = m.getRepository(serverOnly.loginThrottles.entity);
  for (const c of counters) {
    if (c.onSuccess === "reset") await repo.delete({ key: c.key });
    else
      await repo
        .createQueryBuilder()
        .update()
        .set({ failures: () => `CASE WHEN "failures" > 0 THEN "failures" - 1 ELSE 0 END` })
        .where(`"key" = :key`, { key: c.key })
        .execute();
  }
}

/** How long an attempt waits before its password is checked: the largest of its counters' delays. */
export const delayOf = (counters: Counter[], failures: number[]) =>
  Math.min(MAX_DELAY_STEPS, Math.max(0, ...counters.map((c, i) => Math.floor((failures[i] - 1) / c.perStep)))) *
  DELAY_STEP_MS;

/**
 * Checks a password under `counters`: throws 429 while one is locked, waits as long as they say, and
 * answers whether it matched (a match gives the attempt back). `onFailure` hears each failure's counts.
 */
export async function throttled(
  ds: DataSource,
  counters: Counter[],
  check: () => Promise<boolean>,
  onFailure?: (failures: number[]) => Promise<void>,
) {
  // Plain transactions: each statement is atomic on its own, so no retry is needed under contention.
  const failures = await queued(ds, () => ds.transaction((m) => reserve(m, counters)));
  const delay = delayOf(counters, failures);
  if (delay) await sleep(delay);
  const ok = await check();
  if (ok) await queued(ds, () => ds.transaction((m) => release(m, counters)));
  else await onFailure?.(failures);
  return ok;
}

/**
 * Tells the department that an account's password is being tried from many addresses: a 站内消息 to
 * every province user when the name's failures reach ATTACK_NOTICE_AT, and every tenth failure after,
 * at most once an hour per account (the notice's dedupeKey names the account and the hour). Never throws:
 * the attempt's answer does not depend on it.
 */
export async function warnOfAttack(
  ds: DataSource,
  user: { id: number; username: string; displayName?: string },
  failures: number,
  ip: string,
) {
  if (failures < ATTACK_NOTICE_AT || failures % 10 !== 0) return;
  try {
    const since = iso(new Date(Date.now() - WINDOW_MINUTES * 60_000));
    const prefix = `pair:${user.username.toLowerCase()}|`;
    const [{ n }] = await read(ds, (m) =>
      rawQuery(
        m,
        `SELECT COUNT(*) AS "n" FROM "${serverOnly.loginThrottles.table}" WHERE substr("key", 1, :length) = :prefix AND "lastFailureAt" > :since`,
        { length: prefix.length, prefix, since },
      ),
    );
    const hour = new Date().toISOString().slice(0, 13);
    const who = user.displayName ? `“${user.username}”（${user.displayName}）` : `“${user.username}”`;
    await queued(ds, () =>
      ds.transaction((m) =>
        notify(m, {
          to: { roles: ["province"] },
          kind: "loginAttack",
          title: `账号“${user.username}”正被反复尝试登录`,
          body:
            `最近 ${WINDOW_MINUTES} 分钟内，账号${who}登录失败 ${failures} 次，来自 ${Number(n)} 个网络地址，` +
            `最近一次来自 ${addressOf(ip)}。失败过多的地址已被暂时锁定，账号本人从其他地址仍可正常登录。` +
            `如非本人所为，请提醒其使用强密码，必要时修改密码或停用账号。`,
          link: `#/users/${user.id}/show`,
          dedupeKey: (to) => `loginAttack:${user.id}:${hour}:${to}`,
        }),
      ),
    );
  } catch (e) {
    console.error(`登录告警消息写入失败：${e instanceof Error ? e.message : e}`);
  }
}

/** Lifts every lock and count on a user name (an administrator resetting the account): from all addresses. */
export async function liftLoginLocks(m: EntityManager, username: string) {
  const name = username.toLowerCase();
  const prefix = `pair:${name}|`;
  await rawQuery(
    m,
    `DELETE FROM "${serverOnly.loginThrottles.table}" WHERE "key" = :key OR substr("key", 1, :length) = :prefix`,
    { key: `user:${name}`, length: prefix.length, prefix },
  );
}

// Login, sessions and the throttle on failed logins, all kept in the database.
import { createHash, randomBytes } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { beijingDateTime } from "../../entities/dates";
import { resourceByKey } from "../../entities/registry";
import { serverOnly } from "../entitySchemas";
import type { Principal, Role } from "../access/policy";
import { TooManyRequests, Unauthorized } from "../errors";
import { queued, rawQuery, read, unitOfWork } from "../services/unitOfWork";
import { verifyPassword } from "./passwords";

export const SESSION_COOKIE = "giants_sid";
export const IDLE_MINUTES = 120;
export const ABSOLUTE_HOURS = 12;
/** After this many failures in a row a user name is locked for LOCK_MINUTES; an address after IP_LIMIT. */
export const USER_LIMIT = 5;
export const IP_LIMIT = 30;
export const LOCK_MINUTES = 15;
/** Each failure in a row makes the next answer this much slower, up to 5 steps. */
export const DELAY_STEP_MS = 400;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const now = () => new Date();
const iso = (d: Date) => d.toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sessions = (ds: DataSource) => ds.getRepository(serverOnly.sessions.entity);

export const principalOf = (u: Record<string, any>): Principal => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role as Role,
  cityId: u.cityId ?? null,
  services: u.services ?? [],
});

/**
 * Reserves one attempt for these keys before the password is checked, so parallel guesses count too:
 * refuses while any key is locked; counts the attempt as a failure until it succeeds.
 */
async function reserveAttempt(m: EntityManager, keys: string[]) {
  const repo = m.getRepository(serverOnly.loginThrottles.entity);
  const rows = await repo.createQueryBuilder("t").where("t.key IN (:...keys)", { keys }).getMany();
  const until = rows
    .map((r) => r.lockedUntil)
    .filter((t) => t && t > iso(now()))
    .sort()
    .pop();
  if (until) throw new TooManyRequests(`登录失败次数过多，已暂时锁定，请于 ${hhmm(until)}（北京时间）后再试`);
  // One atomic statement per key, on any instance: each attempt counts exactly once, and the count it
  // returns decides, so parallel guesses cannot all slip through before the lock. A lock that has run
  // out starts the count again.
  const t = `"${serverOnly.loginThrottles.table}"`;
  const expired = `${t}."lockedUntil" IS NOT NULL AND ${t}."lockedUntil" <= :now`;
  let previous = 0;
  for (const key of keys) {
    const limit = key.startsWith("ip:") ? IP_LIMIT : USER_LIMIT;
    const [{ failures, lockedUntil }] = await rawQuery(
      m,
      `INSERT INTO ${t} ("key", "failures", "lastFailureAt", "lockedUntil", "version") VALUES (:key, 1, :now, CASE WHEN 1 >= :limit THEN :until ELSE NULL END, 1)
       ON CONFLICT ("key") DO UPDATE SET
         "failures" = CASE WHEN ${expired} THEN 1 ELSE ${t}."failures" + 1 END,
         "lockedUntil" = CASE WHEN ${expired} THEN NULL WHEN ${t}."lockedUntil" IS NULL AND ${t}."failures" + 1 >= :limit THEN :until ELSE ${t}."lockedUntil" END,
         "lastFailureAt" = :now, "version" = ${t}."version" + 1
       RETURNING "failures", "lockedUntil"`,
      { key, now: iso(now()), limit, until: iso(new Date(Date.now() + LOCK_MINUTES * 60_000)) },
    );
    if (Number(failures) > limit)
      throw new TooManyRequests(
        `登录失败次数过多，已暂时锁定，请于 ${hhmm(lockedUntil ?? iso(now()))}（北京时间）后再试`,
      );
    if (!key.startsWith("ip:")) previous = Number(failures) - 1;
  }
  return previous;
}

/** A successful check: the user's count starts again, and the address gets its attempt back. */
async function releaseAttempt(m: EntityManager, keys: string[]) {
  const repo = m.getRepository(serverOnly.loginThrottles.entity);
  await repo.delete({ key: keys[0] });
  for (const key of keys.slice(1))
    await repo
      .createQueryBuilder()
      .update()
      .set({ failures: () => `CASE WHEN "failures" > 0 THEN "failures" - 1 ELSE 0 END` })
      .where(`"key" = :key`, { key })
      .execute();
}

const hhmm = (isoTime: string) => beijingDateTime(isoTime).slice(11);

/** Checks a password under the throttle of `keys`; throws 429 while locked, slows each failure in a row. */
export async function checkPassword(ds: DataSource, keys: string[], password: string, stored: string | undefined) {
  // Plain transactions: each statement is atomic on its own, so no retry is needed under contention.
  const previous = await queued(ds, () => ds.transaction((m) => reserveAttempt(m, keys)));
  if (previous) await sleep(Math.min(previous, 5) * DELAY_STEP_MS);
  const ok = await verifyPassword(password, stored);
  if (ok) await queued(ds, () => ds.transaction((m) => releaseAttempt(m, keys)));
  return ok;
}

/** Checks a user name and password; returns the user and a new session token, or throws 401 / 429. */
export async function login(ds: DataSource, username: string, password: string, ip: string) {
  const keys = [`user:${username.toLowerCase()}`, `ip:${ip}`];
  const user = await read(ds, (m) => m.getRepository(resourceByKey.users.entity).findOneBy({ username }));
  const ok = await checkPassword(ds, keys, password, user?.passwordHash);
  if (!ok || !user) throw new Unauthorized("用户名或密码不正确");
  if (!user.active) throw new Unauthorized("该账号已停用，请联系省经信厅");
  const token = randomBytes(32).toString("base64url");
  await unitOfWork(ds, async (m) => {
    await m.getRepository(serverOnly.sessions.entity).insert({
      tokenHash: sha256(token),
      userId: user.id,
      ip,
      lastSeenAt: iso(now()),
      expiresAt: iso(new Date(Date.now() + ABSOLUTE_HOURS * 3600_000)),
    });
    await m.getRepository(resourceByKey.users.entity).update({ id: user.id }, { lastLoginAt: iso(now()) });
  });
  return { user: principalOf(user), token };
}

/** The principal of a session token, or null when it is unknown, expired or idle too long. */
export async function authenticate(ds: DataSource, token: string | undefined) {
  if (!token) return null;
  // One query for the session and its user, beside the writes: every request of the API pays for it.
  {
    const [s] = await read(ds, (m) =>
      rawQuery(
        m,
        `SELECT s.id AS "sessionId", s."expiresAt", s."lastSeenAt", u.id, u.username, u."displayName", u.role, u."cityId", u.services, u.active
       FROM "${serverOnly.sessions.table}" s JOIN "${resourceByKey.users.table}" u ON u.id = s."userId" WHERE s."tokenHash" = :hash`,
        { hash: sha256(token) },
      ),
    );
    if (!s) return null;
    const idleLimit = iso(new Date(Date.now() - IDLE_MINUTES * 60_000));
    if (s.expiresAt < iso(now()) || s.lastSeenAt < idleLimit) {
      await queued(ds, () => sessions(ds).delete({ id: s.sessionId }));
      return null;
    }
    if (!(s.active === true || s.active === 1)) return null;
    // At most once a minute, and not awaited: a request never waits behind a long write to say it was seen.
    if (Date.now() - new Date(s.lastSeenAt).getTime() > 60_000)
      queued(ds, () => sessions(ds).update({ id: s.sessionId }, { lastSeenAt: iso(now()) })).catch((e) =>
        console.error(`会话时间更新失败：${e?.message ?? e}`),
      );
    // Raw rows: the list of services is JSON text on both databases.
    const services = typeof s.services === "string" ? JSON.parse(s.services) : s.services;
    return { user: principalOf({ ...s, services }), sessionId: s.sessionId as number };
  }
}

export const endSession = (ds: DataSource, token: string | undefined) =>
  token ? queued(ds, () => sessions(ds).delete({ tokenHash: sha256(token) })) : Promise.resolve();

/** Ends every session of a user but the one given (after a password change or deactivation). */
export const endOtherSessions = (ds: DataSource, userId: number, keepSessionId = -1) =>
  queued(ds, () =>
    sessions(ds)
      .createQueryBuilder()
      .delete()
      .where(`"userId" = :userId AND "id" <> :keep`, { userId, keep: keepSessionId })
      .execute(),
  );

// Login and sessions, kept in the database (the throttle on failed logins: throttle.ts).
import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { resourceByKey } from "../../entities/registry";
import { serverOnly } from "../entitySchemas";
import type { Principal, Role } from "../access/policy";
import { Unauthorized } from "../errors";
import { queued, read, unitOfWork } from "../services/unitOfWork";
import { preparedQuery } from "../services/records/directRead";
import { verifyPassword } from "./passwords";
import { loginCounters, throttled, warnOfAttack, type Counter } from "./throttle";

export const SESSION_COOKIE = "giants_sid";
export const IDLE_MINUTES = 120;
export const ABSOLUTE_HOURS = 12;
export { DELAY_STEP_MS, IP_LIMIT, LOCK_MINUTES, USER_LIMIT } from "./throttle";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const now = () => new Date();
const iso = (d: Date) => d.toISOString();
const sessions = (ds: DataSource) => ds.getRepository(serverOnly.sessions.entity);

export const principalOf = (u: Record<string, any>): Principal => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role as Role,
  cityId: u.cityId ?? null,
  services: u.services ?? [],
  enterpriseId: u.enterpriseId ?? null,
});

/** Checks a password under the throttle of `counters`; throws 429 while locked, slows each failure in a row. */
export const checkPassword = (ds: DataSource, counters: Counter[], password: string, stored: string | undefined) =>
  throttled(ds, counters, () => verifyPassword(password, stored));

/** Checks a user name and password; returns the user and a new session token, or throws 401 / 429. */
export async function login(ds: DataSource, username: string, password: string, ip: string) {
  const user = await read(ds, (m) => m.getRepository(resourceByKey.users.entity).findOneBy({ username }));
  // The lock falls on the address that failed (and on the name from it), never on the name alone.
  const ok = await throttled(
    ds,
    loginCounters(username, ip),
    () => verifyPassword(password, user?.passwordHash),
    async ([, , byName]) => {
      if (user) await warnOfAttack(ds, user as { id: number; username: string; displayName?: string }, byName, ip);
    },
  );
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
  // An enterprise user belongs to its enterprise's city (its deadline, its bureau's notices).
  const enterprise = user.enterpriseId
    ? await read(ds, (m) => m.getRepository(resourceByKey.enterprises.entity).findOneBy({ id: user.enterpriseId }))
    : null;
  return { user: principalOf({ ...user, cityId: user.cityId ?? enterprise?.cityId }), token };
}

/** The principal of a session token, or null when it is unknown, expired or idle too long. */
export async function authenticate(ds: DataSource, token: string | undefined) {
  if (!token) return null;
  // One query for the session and its user, beside the writes: every request of the API pays for it.
  {
    const [s] = await read(ds, (m) =>
      preparedQuery(
        m,
        `SELECT s.id AS "sessionId", s."expiresAt", s."lastSeenAt", u.id, u.username, u."displayName", u.role,
       COALESCE(u."cityId", ent."cityId") AS "cityId", u."enterpriseId", u.services, u.active
       FROM "${serverOnly.sessions.table}" s JOIN "${resourceByKey.users.table}" u ON u.id = s."userId"
       LEFT JOIN "${resourceByKey.enterprises.table}" ent ON ent.id = u."enterpriseId" WHERE s."tokenHash" = :hash`,
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

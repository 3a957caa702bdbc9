// Accounts at start-up and from the command line.
import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { resourceByKey } from "../entities/registry";
import type { Principal } from "./access/policy";
import { liftLoginLocks } from "./auth/throttle";
import { ResourceService } from "./services/resourceService";

/** The command line and start-up act as the system itself, with the department's rights. */
export const SYSTEM: Principal = {
  id: 0,
  username: "system",
  displayName: "系统",
  role: "province",
  cityId: null,
  services: [],
  enterpriseId: null,
};
const systemCtx = { user: SYSTEM, ip: "本机" };

/** One demo account per role: the department, the 武汉市 bureau, each provider, a read-only user. */
export const DEMO_ACCOUNTS = [
  { username: "admin", displayName: "省经信厅中小企业发展处", role: "province" },
  { username: "wuhan", displayName: "武汉市经信局", role: "city", cityCode: "420100" },
  { username: "hust", displayName: "华中科技大学", role: "provider", services: ["training"] },
  {
    username: "ceprei",
    displayName: "广州赛宝认证中心服务有限公司",
    role: "provider",
    services: ["quality", "management"],
  },
  { username: "tech", displayName: "武汉中科先进技术科技服务有限公司", role: "provider", services: ["tech"] },
  { username: "viewer", displayName: "只读用户", role: "viewer" },
] as const;

const users = (ds: DataSource) => new ResourceService(ds, resourceByKey.users);
/** A random password that passes the strength rule: letters and digits. */
export const randomPassword = () => `${randomBytes(9).toString("base64url").replace(/[-_]/g, "x")}7a`;

async function cityId(ds: DataSource, code: string) {
  const city = await ds.getRepository(resourceByKey.cities.entity).findOneBy({ code });
  if (!city) throw new Error(`行政区划代码 ${code} 不存在`);
  return city.id as number;
}

const enterpriseName = async (ds: DataSource, id: number | undefined) =>
  id
    ? ((await ds.getRepository(resourceByKey.enterprises.entity).findOneBy({ id }))?.name as string | undefined)?.slice(
        0,
        50,
      )
    : undefined;

/** Creates the account, or resets its role, scope and password when it exists. */
export async function upsertUser(
  ds: DataSource,
  a: {
    username: string;
    displayName?: string;
    role: string;
    cityCode?: string;
    services?: readonly string[];
    /** An enterprise user's enterprise (its id). */
    enterpriseId?: number;
    password: string;
  },
) {
  const existing = await ds.getRepository(resourceByKey.users.entity).findOneBy({ username: a.username });
  const body = {
    username: a.username,
    // An enterprise's account is named by its enterprise, unless told otherwise.
    displayName: a.displayName ?? existing?.displayName ?? (await enterpriseName(ds, a.enterpriseId)) ?? a.username,
    role: a.role,
    cityId: a.cityCode ? await cityId(ds, a.cityCode) : null,
    services: a.services ?? [],
    enterpriseId: a.enterpriseId ?? null,
    password: a.password,
    active: true,
  };
  // Resetting an account also lifts a login lock on it.
  await liftLoginLocks(ds.manager, a.username);
  return existing ? users(ds).update(systemCtx, existing.id, body) : users(ds).create(systemCtx, body);
}

/**
 * On a database without accounts: in production one administrator from ADMIN_PASSWORD (required);
 * otherwise the demo accounts with fresh random passwords, returned so they can be printed once.
 */
export async function ensureAccounts(ds: DataSource) {
  if ((await ds.getRepository(resourceByKey.users.entity).count()) > 0) return null;
  if (process.env.NODE_ENV === "production") {
    const password = process.env.ADMIN_PASSWORD;
    if (!password) throw new Error("生产环境首次启动需要设置环境变量 ADMIN_PASSWORD（管理员 admin 的初始密码）");
    await upsertUser(ds, { ...DEMO_ACCOUNTS[0], password });
    return [{ username: "admin", displayName: DEMO_ACCOUNTS[0].displayName, password: "（ADMIN_PASSWORD）" }];
  }
  const created = [];
  for (const a of DEMO_ACCOUNTS) {
    const password = randomPassword();
    await upsertUser(ds, { ...a, password });
    created.push({ username: a.username, displayName: a.displayName, password });
  }
  // And one enterprise, as if 武汉市's bureau had invited it: the first of the city not yet nominated.
  const enterprise = await demoEnterprise(ds);
  if (enterprise) {
    const password = randomPassword();
    await upsertUser(ds, { username: DEMO_ENTERPRISE_USER, role: "enterprise", enterpriseId: enterprise.id, password });
    created.push({ username: DEMO_ENTERPRISE_USER, displayName: enterprise.name, password });
  }
  return created;
}

/** The demo enterprise account's user name. */
export const DEMO_ENTERPRISE_USER = "qiye";

/** 武汉市's first enterprise (by id) without a 推荐表, trainee or demand yet: a fresh one to fill in. */
async function demoEnterprise(ds: DataSource): Promise<{ id: number; name: string } | undefined> {
  const t = (key: string) => resourceByKey[key].table;
  const [row] = await ds.query(
    `SELECT e.id, e.name FROM "${t("enterprises")}" e JOIN "${t("cities")}" c ON c.id = e."cityId"
     WHERE c.code = '420100'
       AND NOT EXISTS (SELECT 1 FROM "${t("registrations")}" r WHERE r."enterpriseId" = e.id)
       AND NOT EXISTS (SELECT 1 FROM "${t("trainees")}" x WHERE x."enterpriseId" = e.id)
       AND NOT EXISTS (SELECT 1 FROM "${t("techDemands")}" d WHERE d."enterpriseId" = e.id)
     ORDER BY e.id LIMIT 1`,
  );
  return row ? { id: Number(row.id), name: row.name } : undefined;
}

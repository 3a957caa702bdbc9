// Failed logins slow and lock the address that fails, never the account: no client can lock an owner
// out from another address, and the department hears of an account under attack. Addresses come from
// X-Forwarded-For, as behind the reverse proxy TRUST_PROXY describes (one proxy).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, upsertUser } from "../../server/accounts";
import { IP_LIMIT, USER_LIMIT } from "../../server/auth/sessions";
import { listQuery, startServer, TEST_PASSWORD, type TestServer } from "../helpers";

let s: TestServer;
beforeAll(async () => {
  process.env.TRUST_PROXY = "1";
  s = await startServer();
});
afterAll(async () => {
  await s?.close();
  delete process.env.TRUST_PROXY;
});

/** A login from `address` (none: the test's own connection, 127.0.0.1). */
const attempt = (username: string, password: string, address?: string) =>
  fetch(`${s.url}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(address ? { "X-Forwarded-For": address } : {}) },
    body: JSON.stringify({ username, password }),
  });

/** `n` attempts, `parallel` at a time (each waits out its own delay, as many attackers would). */
async function attempts(n: number, parallel: number, one: (i: number) => Promise<Response>) {
  const statuses: number[] = [];
  for (let i = 0; i < n; i += parallel) {
    const batch = await Promise.all(Array.from({ length: Math.min(parallel, n - i) }, (_, j) => one(i + j)));
    statuses.push(...batch.map((r) => r.status));
  }
  return statuses;
}

describe("failed logins", () => {
  it("after 100 failures on admin from other addresses, the owner's password from its own address logs in", async () => {
    const hours = new Set([new Date().toISOString().slice(0, 13)]);
    const statuses = await attempts(100, 25, (i) => attempt("admin", `guess-${i}`, `203.0.113.${i + 1}`));
    expect(statuses).toEqual(Array(100).fill(401));
    const started = performance.now();
    const owner = await attempt("admin", TEST_PASSWORD);
    const ms = Math.round(performance.now() - started);
    console.log(`管理员在 100 次他址失败登录后用正确密码登录，用时 ${ms} ms`);
    expect(owner.status).toBe(200);
    expect((await owner.json()).user.username).toBe("admin");
    // Nor from a new address of the same office: the name is slowed, never locked.
    expect((await attempt("admin", TEST_PASSWORD, "198.51.100.7")).status).toBe(200);

    // The department is told once (once an hour: twice only if the attack spanned the turn of an hour).
    hours.add(new Date().toISOString().slice(0, 13));
    const res = await s.api(`/notices${listQuery({ filter: { kind: "loginAttack" }, range: [0, 99] })}`);
    const notices = await res.json();
    expect(notices).toHaveLength(hours.size);
    expect(notices[0].title).toContain("admin");
    expect(notices[0].body).toMatch(/登录失败 \d+ 次，来自 \d+ 个网络地址/);
    expect(notices[0].link).toMatch(/^#\/users\/\d+\/show$/);
    // Only the department: a city bureau hears nothing of it.
    const wuhan = await s.as("wuhan");
    const theirs = await wuhan.api(`/notices${listQuery({ filter: { kind: "loginAttack" } })}`);
    expect(await theirs.json()).toEqual([]);
  }, 120_000);

  it("lock the name from the address that failed, and nothing else", async () => {
    const attacker = "192.0.2.10";
    for (let i = 0; i < USER_LIMIT; i++) {
      const res = await attempt("wuhan", `wrong-${i}`, attacker);
      expect(res.status).toBe(401);
      expect((await res.json()).message).toBe("用户名或密码不正确");
    }
    // From that address the name is locked, even with the right password ...
    const locked = await attempt("wuhan", TEST_PASSWORD, attacker);
    expect(locked.status).toBe(429);
    expect((await locked.json()).message).toContain("锁定");
    // ... but the owner logs in from anywhere else, and others from that address.
    expect((await attempt("wuhan", TEST_PASSWORD, "192.0.2.11")).status).toBe(200);
    expect((await attempt("wuhan", TEST_PASSWORD)).status).toBe(200);
    expect((await attempt("hust", TEST_PASSWORD, attacker)).status).toBe(200);
  });

  it(`lock an address after ${IP_LIMIT} failures on any names, for every name, and no other address`, async () => {
    const attacker = "192.0.2.20";
    const statuses = await attempts(IP_LIMIT, 10, (i) => attempt(`invented-${i}`, "whatever-1", attacker));
    expect(statuses).toEqual(Array(IP_LIMIT).fill(401));
    const locked = await attempt("tech", TEST_PASSWORD, attacker);
    expect(locked.status).toBe(429);
    expect((await locked.json()).message).toContain("网络地址");
    expect((await attempt("tech", TEST_PASSWORD, "192.0.2.21")).status).toBe(200);
    expect((await attempt("tech", TEST_PASSWORD)).status).toBe(200);
    // No account's count is locked, however many addresses failed on it.
    const rows = await s.sql("SELECT key, lockedUntil FROM login_throttle WHERE lockedUntil IS NOT NULL ORDER BY key");
    expect(rows.map((r: { key: string }) => r.key)).toEqual([`ip:${attacker}`, `pair:wuhan|192.0.2.10`]);
  }, 60_000);

  it("never counts an attempt an address's lock refused", async () => {
    const before = await s.sql("SELECT failures FROM login_throttle WHERE key = 'user:tech'");
    expect((await attempt("tech", "wrong-again-1", "192.0.2.20")).status).toBe(429);
    expect(await s.sql("SELECT failures FROM login_throttle WHERE key = 'user:tech'")).toEqual(before);
  });

  it("are forgiven when an administrator resets the account (npm run user)", async () => {
    expect((await attempt("wuhan", TEST_PASSWORD, "192.0.2.10")).status).toBe(429);
    await upsertUser(s.ds, { ...DEMO_ACCOUNTS[1], password: TEST_PASSWORD });
    expect((await attempt("wuhan", TEST_PASSWORD, "192.0.2.10")).status).toBe(200);
  });
});

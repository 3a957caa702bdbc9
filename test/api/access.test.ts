// Who may see and change what: enforced by the server on every route, list, export and bulk action.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../entities/registry";
import { upsertUser } from "../../server/accounts";
import { IDLE_MINUTES, USER_LIMIT, DELAY_STEP_MS } from "../../server/auth/sessions";
import {
  client,
  listQuery,
  login,
  onPostgres,
  startServer,
  TEST_PASSWORD,
  type Client,
  type TestServer,
} from "../helpers";

let s: TestServer;
let wuhan: Client;
let viewer: Client;
let hust: Client;
let ceprei: Client;
let WUHAN_ID: number;
beforeAll(async () => {
  s = await startServer();
  [wuhan, viewer, hust, ceprei] = await Promise.all([s.as("wuhan"), s.as("viewer"), s.as("hust"), s.as("ceprei")]);
  WUHAN_ID = (await s.sql("SELECT id FROM city WHERE code = '420100'"))[0].id;
});
afterAll(() => s.close());

const total = async (c: Client, key: string, filter: object = {}) =>
  Number((await c.api(`/${key}${listQuery({ filter, range: [0, 0] })}`)).headers.get("content-range")?.split("/")[1]);

/** The ids of a resource's rows in Wuhan and elsewhere, by the enterprise they belong to. */
const CITY_SQL: Record<string, string> = {
  cities: "SELECT id, id = :c AS mine FROM city",
  enterprises: "SELECT id, cityId = :c AS mine FROM enterprise",
  registrations: "SELECT r.id, e.cityId = :c AS mine FROM registration r JOIN enterprise e ON e.id = r.enterpriseId",
  trainees: "SELECT t.id, e.cityId = :c AS mine FROM trainee t JOIN enterprise e ON e.id = t.enterpriseId",
  attendances:
    "SELECT a.id, e.cityId = :c AS mine FROM attendance a JOIN trainee t ON t.id = a.traineeId JOIN enterprise e ON e.id = t.enterpriseId",
  diagnostics: "SELECT d.id, e.cityId = :c AS mine FROM diagnostic d JOIN enterprise e ON e.id = d.enterpriseId",
  techDemands: "SELECT d.id, e.cityId = :c AS mine FROM tech_demand d JOIN enterprise e ON e.id = d.enterpriseId",
};
const rowsByCity = async (key: string) => {
  const rows: { id: number; mine: number }[] = await s.sql(CITY_SQL[key].replace(/:c/g, String(WUHAN_ID)));
  return { mine: rows.filter((r) => r.mine).map((r) => r.id), others: rows.filter((r) => !r.mine).map((r) => r.id) };
};
const versionOf = async (table: string, id: number) =>
  (await s.sql(`SELECT version FROM ${table} WHERE id = ${id}`))[0].version;

describe("without a session", () => {
  it.each(resources.map((r) => r.key))("%s answers 401 to every call", async (key) => {
    const a = s.anonymous;
    const calls = [
      a.api(`/${key}`),
      a.api(`/${key}/1`),
      a.json("POST", `/${key}`, {}),
      a.json("PUT", `/${key}/1`, {}),
      a.api(`/${key}/1`, { method: "DELETE" }),
      a.api(`/${key}/export.xlsx`),
      a.json("POST", `/${key}/bulk-update`, { ids: [1], data: {} }),
      a.json("POST", `/${key}/bulk-delete`, { ids: [1] }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(401);
      expect((await res.json()).message).toContain("登录");
    }
  });
  it("cannot see the dashboard or who is logged in", async () => {
    expect((await s.anonymous.api("/dashboard")).status).toBe(401);
    expect((await s.anonymous.api("/auth/me")).status).toBe(401);
  });
});

describe("a city bureau (武汉市)", () => {
  it.each(Object.keys(CITY_SQL))("lists, reads and exports only 武汉市's %s", async (key) => {
    const { mine, others } = await rowsByCity(key);
    expect(await total(wuhan, key)).toBe(mine.length);
    const listed = await (await wuhan.api(`/${key}${listQuery({ range: [0, 999] })}`)).json();
    expect(listed.every((r: any) => mine.includes(r.id))).toBe(true);
    if (others.length) expect((await wuhan.api(`/${key}/${others[0]}`)).status).toBe(404);
    if (mine.length) expect((await wuhan.api(`/${key}/${mine[0]}`)).status).toBe(200);
    const csv = await (await wuhan.api(`/${key}/export.csv`)).text();
    expect(csv.split("\r\n").filter(Boolean).length - 1).toBe(mine.length);
  });

  it.each(["enterprises", "registrations", "trainees", "techDemands"])(
    "cannot update, delete or bulk-change another city's %s",
    async (key) => {
      const { others } = await rowsByCity(key);
      const table = {
        enterprises: "enterprise",
        registrations: "registration",
        trainees: "trainee",
        techDemands: "tech_demand",
      }[key]!;
      const before = await versionOf(table, others[0]);
      expect(
        (await wuhan.json("PUT", `/${key}/${others[0]}`, { remark: "x", suggestions: "x", honours: "x", basis: "x" }))
          .status,
      ).toBe(404);
      expect((await wuhan.api(`/${key}/${others[0]}`, { method: "DELETE" })).status).toBe(404);
      expect(
        (await wuhan.json("POST", `/${key}/bulk-update`, { ids: [others[0]], data: { remark: "x" } })).status,
      ).toBe(404);
      expect((await wuhan.json("POST", `/${key}/bulk-delete`, { ids: [others[0]] })).status).toBe(404);
      expect(await versionOf(table, others[0])).toBe(before);
      expect((await s.api(`/${key}/${others[0]}`)).status).toBe(200);
    },
  );

  it("bulk-changes by filter only its own rows", async () => {
    const { others } = await rowsByCity("registrations");
    const mine = (
      await s.sql(
        `SELECT r.id FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${WUHAN_ID} AND r.status = 'nominated'`,
      )
    ).map((r: any) => r.id);
    const res = await wuhan.json("POST", "/registrations/bulk-update", {
      filter: { status: "nominated" },
      data: { suggestions: "武汉批量" },
    });
    expect((await res.json()).data.sort()).toEqual([...mine].sort());
    const touched = (await s.sql("SELECT id FROM registration WHERE suggestions = '武汉批量'")).map((r: any) => r.id);
    expect(touched.some((id: number) => others.includes(id))).toBe(false);
  });

  it("cannot put a record in another city, nor approve a nomination", async () => {
    const other = (await rowsByCity("enterprises")).others[0];
    const mine = (await rowsByCity("enterprises")).mine[0];
    const moved = await wuhan.json("PUT", `/enterprises/${mine}`, { cityId: 2 });
    expect(moved.status).toBe(400);
    expect((await moved.json()).errors.cityId).toContain("不存在");
    const [nominated] = await s.sql(
      `SELECT r.id FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${WUHAN_ID} AND r.status = 'nominated'`,
    );
    const foreign = await wuhan.json("PUT", `/registrations/${nominated.id}`, { enterpriseId: other });
    expect(foreign.status).toBe(400);
    const approve = await wuhan.json("PUT", `/registrations/${nominated.id}`, { status: "approved" });
    expect(approve.status).toBe(403);
    expect((await approve.json()).message).toContain("审核");
  });

  it("cannot change or delete an approved nomination, only withdraw it", async () => {
    const [approved] = await s.sql(
      `SELECT r.id, r.version FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${WUHAN_ID} AND r.status = 'approved'`,
    );
    const other = (await rowsByCity("enterprises")).mine.at(-1);
    expect((await wuhan.json("PUT", `/registrations/${approved.id}`, { enterpriseId: other })).status).toBe(403);
    expect((await wuhan.api(`/registrations/${approved.id}`, { method: "DELETE" })).status).toBe(403);
    expect(await versionOf("registration", approved.id)).toBe(approved.version);
    expect((await wuhan.json("PUT", `/registrations/${approved.id}`, { status: "withdrawn" })).status).toBe(200);
  });

  it("fills in trainees but cannot admit them or give certificates", async () => {
    const { mine } = await rowsByCity("trainees");
    const [t] = await s.sql(
      `SELECT id, version FROM trainee WHERE id IN (${mine.join(",")}) AND admissionStatus <> 'admitted' LIMIT 1`,
    );
    const res = await wuhan.json("PUT", `/trainees/${t.id}`, { admissionStatus: "admitted", classId: 1 });
    expect(res.status).toBe(403);
    expect(await versionOf("trainee", t.id)).toBe(t.version);
    // Certificate and notice numbers are the server's to give: a typed one is ignored.
    await wuhan.json("PUT", `/trainees/${t.id}`, { certificateNo: "FAKE-001", admissionNoticeNo: "FAKE-002" });
    expect(await s.sql(`SELECT certificateNo, admissionNoticeNo FROM trainee WHERE id = ${t.id}`)).toEqual([
      { certificateNo: null, admissionNoticeNo: null },
    ]);
    expect((await wuhan.json("POST", "/trainingClasses/1/certificates")).status).toBe(403);
    expect((await wuhan.json("PUT", `/trainees/${t.id}`, { honours: "市级优秀企业家" })).status).toBe(200);
    const [demand] = await s.sql(
      `SELECT d.id FROM tech_demand d JOIN enterprise e ON e.id = d.enterpriseId WHERE e.cityId = ${WUHAN_ID} LIMIT 1`,
    );
    expect((await wuhan.json("PUT", `/techDemands/${demand.id}`, { status: "selected" })).status).toBe(403);
  });

  it("learns nothing about other cities from conflicts and references", async () => {
    const [foreign] = await s.sql(
      `SELECT t.idNumber, t.name FROM trainee t JOIN enterprise e ON e.id = t.enterpriseId WHERE e.cityId <> ${WUHAN_ID} LIMIT 1`,
    );
    const [e] = await s.sql(
      `SELECT e.id FROM enterprise e WHERE e.cityId = ${WUHAN_ID} AND e.id NOT IN (SELECT enterpriseId FROM trainee)`,
    );
    const base = await (await s.api("/trainees/1")).json();
    const res = await wuhan.json("POST", "/trainees", {
      ...base,
      id: undefined,
      enterpriseId: e.id,
      idNumber: foreign.idNumber,
      admissionStatus: "applied",
      classId: null,
      admissionNoticeNo: null,
      certificateNo: null,
      gender: Number(foreign.idNumber[16]) % 2 ? "male" : "female",
    });
    expect(res.status).toBe(409);
    expect((await res.json()).message).not.toContain(foreign.name);
  });

  it("cannot write what the providers do, nor see reviews, users or the log", async () => {
    const { mine } = await rowsByCity("diagnostics");
    expect((await wuhan.json("PUT", `/diagnostics/${mine[0]}`, { findings: "x" })).status).toBe(403);
    for (const key of ["demandReviews", "users", "auditLogs"]) expect((await wuhan.api(`/${key}`)).status).toBe(404);
  });

  it("sees only its own city on the dashboard", async () => {
    const d = await (await wuhan.api("/dashboard")).json();
    expect(d.cities.map((c: any) => c.code)).toEqual(["420100"]);
  });
});

describe("providers", () => {
  it("the university works on training only", async () => {
    expect((await hust.api("/trainees")).status).toBe(200);
    expect((await hust.json("PUT", "/trainees/1", { honours: "优秀学员" })).status).toBe(200);
    expect((await hust.api("/diagnostics")).status).toBe(404);
    expect((await hust.api("/techDemands/export.csv")).status).toBe(404);
    expect((await hust.json("PUT", "/enterprises/1", { remark: "x" })).status).toBe(403);
  });

  it("a quality-only provider sees and writes quality diagnoses only", async () => {
    await upsertUser(s.ds, { username: "qonly", role: "provider", services: ["quality"], password: TEST_PASSWORD });
    const q = await login(s.url, "qonly");
    const [quality] = await s.sql("SELECT id FROM diagnostic WHERE kind = 'quality' LIMIT 1");
    const [management] = await s.sql("SELECT id FROM diagnostic WHERE kind = 'management' LIMIT 1");
    expect(await total(q, "diagnostics")).toBe(200);
    expect((await q.api(`/diagnostics/${management.id}`)).status).toBe(404);
    expect((await q.json("PUT", `/diagnostics/${management.id}`, { findings: "x" })).status).toBe(404);
    expect((await q.json("PUT", `/diagnostics/${quality.id}`, { kind: "management" })).status).toBe(403);
    expect((await q.json("PUT", `/diagnostics/${quality.id}`, { findings: "质量问题" })).status).toBe(200);
    expect(await total(ceprei, "diagnostics")).toBe(300);
    const [dimension] = await s.sql("SELECT id FROM diagnosis_dimension WHERE kind = 'management' LIMIT 1");
    expect((await q.json("PUT", `/diagnosisDimensions/${dimension.id}`, { weight: 0 })).status).toBe(404);
  });
});

describe("a read-only user", () => {
  it("reads everything but users and the log, and writes nothing", async () => {
    for (const r of resources) {
      const expected = ["users", "auditLogs"].includes(r.key) ? 404 : 200;
      expect((await viewer.api(`/${r.key}${listQuery({ range: [0, 0] })}`)).status, r.key).toBe(expected);
      if (expected === 200) {
        expect((await viewer.json("POST", `/${r.key}`, {})).status).toBe(403);
        expect((await viewer.json("PUT", `/${r.key}/1`, {})).status).toBe(403);
        expect((await viewer.api(`/${r.key}/1`, { method: "DELETE" })).status).toBe(403);
        expect((await viewer.json("POST", `/${r.key}/bulk-delete`, { ids: [1] })).status).toBe(403);
      }
    }
  });

  it("cannot recover a masked ID number by searching for its digits", async () => {
    const full = await (await s.api("/trainees/1")).json();
    expect(await total(viewer, "trainees", { id: 1, q: full.idNumber.slice(0, 6) })).toBe(0);
  });

  it("sees ID numbers and mobiles masked, even on the record's page", async () => {
    const full = await (await s.api("/trainees/1")).json();
    const seen = await (await viewer.api("/trainees/1")).json();
    expect(full.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(seen.idNumber).toBe(`${full.idNumber.slice(0, 3)}***********${full.idNumber.slice(14)}`);
    expect(seen.mobile).toBe(`${full.mobile.slice(0, 3)}****${full.mobile.slice(7)}`);
    const csv = await (await viewer.api(`/trainees/export.csv${listQuery({ filter: { id: [1] } })}`)).text();
    expect(csv).not.toContain(full.mobile);
    expect(csv).not.toContain(full.idNumber);
  });
});

describe("the audit log", () => {
  it("records every write with before and after, and every export", async () => {
    const before = await (await s.api("/enterprises/5")).json();
    await s.json("PUT", "/enterprises/5", { address: "湖北省武汉市审计路1号" });
    const [log] = await (
      await s.api(
        `/auditLogs${listQuery({ filter: { resource: "enterprises", recordIds: 5, action: "update" }, sort: ["id", "DESC"], range: [0, 0] })}`,
      )
    ).json();
    expect(log.username).toBe("admin");
    expect(log.changes).toContainEqual({
      id: 5,
      field: "运营地址",
      before: before.address,
      after: "湖北省武汉市审计路1号",
    });
    await s.api(`/enterprises/export.xlsx${listQuery({ filter: { cityId: 1, priorityIndustry: "nev" } })}`);
    const [exp] = await (
      await s.api(`/auditLogs${listQuery({ filter: { action: "export" }, sort: ["id", "DESC"], range: [0, 0] })}`)
    ).json();
    expect(exp.resource).toBe("enterprises");
    expect(exp.summary).toContain("所属市州 = 编号 1；重点产业 = 新能源汽车");
    expect(exp.summary).toContain("导出 Excel");
  });

  it("records creates, deletes and bulk actions with their records", async () => {
    const created = await (await s.json("POST", "/reviewCriteria", { name: "审计测试指标", weight: 5 })).json();
    await s.api(`/reviewCriteria/${created.id}`, { method: "DELETE" });
    const ids = (await s.sql("SELECT id FROM registration ORDER BY id LIMIT 2")).map((r: any) => r.id);
    await s.json("POST", "/registrations/bulk-update", { ids, data: { suggestions: "审计批量" } });
    const logs = await (await s.api(`/auditLogs${listQuery({ sort: ["id", "DESC"], range: [0, 9] })}`)).json();
    expect(logs.find((l: any) => l.action === "create" && l.recordIds[0] === created.id)?.changes).toContainEqual({
      id: created.id,
      field: "指标名称",
      before: null,
      after: "审计测试指标",
    });
    expect(logs.find((l: any) => l.action === "delete" && l.recordIds[0] === created.id)).toBeTruthy();
    const bulk = logs.find((l: any) => l.action === "bulkUpdate");
    expect(bulk.recordIds).toEqual(ids);
    expect(bulk.changes.filter((c: any) => c.after === "审计批量")).toHaveLength(2);
  });

  it("shows that a masked value changed", async () => {
    const one = await (await s.api("/trainees/2")).json();
    const mobile = `${one.mobile.slice(0, 3)}${one.mobile[3] === "9" ? "8" : "9"}${one.mobile.slice(4)}`;
    await s.json("PUT", "/trainees/2", { mobile });
    const [log] = await (
      await s.api(
        `/auditLogs${listQuery({ filter: { resource: "trainees", recordIds: 2 }, sort: ["id", "DESC"], range: [0, 0] })}`,
      )
    ).json();
    expect(log.changes).toEqual([
      { id: 2, field: "手机", before: expect.stringContaining("****"), after: expect.stringContaining("（已修改）") },
    ]);
  });

  it("cannot be written through the API", async () => {
    expect((await s.json("POST", "/auditLogs", { action: "login" })).status).toBe(403);
  });
});

describe("login", () => {
  it("slows down and then locks a brute-force loop from one address, even for the right password", async () => {
    await upsertUser(s.ds, { username: "victim", role: "viewer", password: TEST_PASSWORD });
    const attempt = (password: string) =>
      fetch(`${s.url}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: "victim", password }),
      });
    const times: number[] = [];
    for (let i = 0; i < USER_LIMIT; i++) {
      const started = performance.now();
      const res = await attempt(`wrong-${i}`);
      times.push(performance.now() - started);
      expect(res.status).toBe(401);
      expect((await res.json()).message).toBe("用户名或密码不正确");
    }
    // The n-th failure in a row waits (n - 1) steps before it is even checked.
    expect(times[USER_LIMIT - 1]).toBeGreaterThanOrEqual((USER_LIMIT - 1) * DELAY_STEP_MS);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect((await locked.json()).message).toContain("锁定");
  });

  it("counts parallel guesses too", async () => {
    await upsertUser(s.ds, { username: "parallel", role: "viewer", password: TEST_PASSWORD });
    const attempt = (password: string) =>
      fetch(`${s.url}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: "parallel", password }),
      });
    const answers = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => attempt(`wrong-${i}`)),
      attempt(TEST_PASSWORD),
    ]);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((x) => x === 401).length).toBeLessThanOrEqual(USER_LIMIT);
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThanOrEqual(12 + 1 - USER_LIMIT);
  });

  it("stores passwords only as scrypt hashes", async () => {
    const rows = await s.sql("SELECT passwordHash FROM app_user");
    expect(rows.every((r: any) => r.passwordHash.startsWith("scrypt$"))).toBe(true);
    const users = await (await s.api("/users")).json();
    expect(users.every((u: any) => !("passwordHash" in u) && !("password" in u))).toBe(true);
    if (onPostgres) return;
    await s.sql("PRAGMA wal_checkpoint(TRUNCATE)");
    const file = readFileSync((s.ds.options as { database: string }).database);
    expect(file.includes(Buffer.from(TEST_PASSWORD))).toBe(false);
  });

  it("sets an httpOnly SameSite cookie and ends sessions on logout and when idle", async () => {
    const res = await fetch(`${s.url}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "viewer", password: TEST_PASSWORD }),
    });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const c = client(s.url, cookie.split(";")[0]);
    expect((await c.api("/auth/me")).status).toBe(200);
    await s.sql(
      `UPDATE app_session SET lastSeenAt = '${new Date(Date.now() - (IDLE_MINUTES + 1) * 60_000).toISOString()}' WHERE userId = (SELECT id FROM app_user WHERE username = 'viewer')`,
    );
    expect((await c.api("/auth/me")).status).toBe(401);
    const again = await login(s.url, "viewer");
    expect((await again.json("POST", "/auth/logout")).status).toBe(200);
    expect((await again.api("/auth/me")).status).toBe(401);
  });

  it("changes a password and refuses weak ones", async () => {
    await upsertUser(s.ds, { username: "changer", role: "viewer", password: TEST_PASSWORD });
    const c = await login(s.url, "changer");
    const weak = await c.json("POST", "/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "short" });
    expect(weak.status).toBe(400);
    const wrong = await c.json("POST", "/auth/password", {
      currentPassword: "nope-nope-1",
      newPassword: "a-new-password-9",
    });
    expect((await wrong.json()).errors.currentPassword).toBeTruthy();
    expect(
      (await c.json("POST", "/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "a-new-password-9" }))
        .status,
    ).toBe(200);
    await expect(login(s.url, "changer")).rejects.toThrow();
    expect(await login(s.url, "changer", "a-new-password-9")).toBeTruthy();
  });
});

describe("browser protections", () => {
  it("refuses a write from another site's page", async () => {
    const res = await fetch(`${s.url}/api/enterprises/1`, {
      method: "PUT",
      headers: { Cookie: s.cookie, Origin: "https://evil.example", "Content-Type": "application/json" },
      body: JSON.stringify({ remark: "csrf" }),
    });
    expect(res.status).toBe(403);
    const own = await fetch(`${s.url}/api/enterprises/1`, {
      method: "PUT",
      headers: { Cookie: s.cookie, Origin: s.url, "Content-Type": "application/json" },
      body: JSON.stringify({ remark: "same site" }),
    });
    expect(own.status).toBe(200);
  });

  it("sends security headers and bounds request sizes", async () => {
    const res = await s.api("/enterprises?range=[0,0]");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    const huge = await s.json("POST", "/enterprises", { remark: "x".repeat(6 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect((await s.api(`/enterprises?filter=${"x".repeat(10_000)}`)).status).toBe(414);
    const many = await s.json("POST", "/registrations/bulk-update", {
      filter: {
        cityId: Array.from({ length: 900 }, (_, i) => i + 1),
        enterpriseId: Array.from({ length: 900 }, (_, i) => i + 1),
        id: Array.from({ length: 900 }, (_, i) => i + 1),
        batch: Array.from({ length: 900 }, (_, i) => i + 1),
        year: Array.from({ length: 900 }, (_, i) => i + 1),
        status: Array.from({ length: 900 }, () => "nominated"),
      },
      data: { suggestions: "x" },
    });
    expect(many.status).toBe(400);
    const badReferer = await fetch(`${s.url}/api/auth/logout`, {
      method: "POST",
      headers: { Cookie: s.cookie, Referer: "::" },
    });
    expect(badReferer.status).toBe(403);
  });
});

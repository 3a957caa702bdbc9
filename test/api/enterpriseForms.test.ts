// 企业在线填报 (issue 17): a city invites an enterprise, the enterprise makes its account with the code, fills
// in its forms and submits them; the city returns one with a reason and approves the rest; the approved
// 推荐表 is the city's nomination with the needs as filled. And what an enterprise user cannot reach.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idCheckChar } from "../../entities/codes";
import { resourceByKey, resources } from "../../entities/registry";
import { createApp } from "../../server/app";
import { client, listQuery, onPostgres, startServer, type Client, type TestServer, setCityDeadline } from "../helpers";
import { png } from "../png";

let s: TestServer;
let wuhan: Client;
let huangshi: Client;
let enterprise: Client;
/** A 武汉市 enterprise without a nomination in the round, and another 武汉市 enterprise with one. */
let own: { id: number; name: string };
let other: { id: number; name: string };
const PASSWORD = "enterprise-pass-2025";

const idNumber = (n: number) => {
  const first = `42010219800101${100 + 2 * n - 1}`; // odd 17th digit: male
  return first + idCheckChar(first);
};
const upload = (c: Client, path: string, data: Buffer, kind: string, fileName = "照片.png") =>
  c.api(`${path}/attachments?kind=${kind}&fileName=${encodeURIComponent(fileName)}`, {
    method: "POST",
    headers: { "Content-Type": "application/octet-stream" },
    body: new Uint8Array(data),
  });
const body = async (res: Response) => ({ status: res.status, json: (await res.json()) as any });

beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
  const { upsertUser } = await import("../../server/accounts");
  await upsertUser(s.ds, { username: "huangshi", role: "city", cityCode: "420200", password: "test-password-2025" });
  huangshi = await s.as("huangshi" as "wuhan");
  [own] = await s.sql(
    `SELECT e.id, e.name FROM enterprise e WHERE e.cityId = 1
     AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.enterpriseId = e.id)
     AND NOT EXISTS (SELECT 1 FROM trainee t WHERE t.enterpriseId = e.id)
     AND NOT EXISTS (SELECT 1 FROM tech_demand d WHERE d.enterpriseId = e.id) ORDER BY e.id LIMIT 1`,
  );
  [other] = await s.sql(
    `SELECT e.id, e.name FROM enterprise e JOIN registration r ON r.enterpriseId = e.id WHERE e.cityId = 1 ORDER BY e.id LIMIT 1`,
  );
  expect(own && other).toBeTruthy();
});
afterAll(() => s?.close());

describe("an invitation", () => {
  let code = "";
  it("is made by the enterprise's city (another city gets a 404, a provider a 403)", async () => {
    expect((await huangshi.json("POST", "/invitations", { enterpriseId: own.id })).status).toBe(404);
    expect((await (await s.as("tech")).json("POST", "/invitations", { enterpriseId: own.id })).status).toBe(403);
    const made = await body(await wuhan.json("POST", "/invitations", { enterpriseId: own.id }));
    expect(made.status).toBe(200);
    expect(made.json.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(made.json.enterpriseName).toBe(own.name);
    expect(Date.parse(made.json.expiresAt) - Date.now()).toBeGreaterThan(13 * 86_400_000);
    code = made.json.code;
  });

  it("refuses a wrong code, a taken user name and a weak password with a Chinese 400, and creates nothing", async () => {
    const [{ n: before }] = await s.sql("SELECT COUNT(*) AS n FROM app_user");
    const wrong = await body(
      await s.anonymous.json("POST", "/auth/accept-invitation", {
        code: "AAAA-BBBB-CCCC",
        username: "e1",
        password: PASSWORD,
      }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors.code).toMatch(/邀请码不正确/);
    const taken = await body(
      await s.anonymous.json("POST", "/auth/accept-invitation", { code, username: "wuhan", password: PASSWORD }),
    );
    expect(taken.status).toBe(400);
    expect(taken.json.errors.username).toMatch(/已被使用/);
    const weak = await body(
      await s.anonymous.json("POST", "/auth/accept-invitation", { code, username: "qiye1", password: "short" }),
    );
    expect(weak.status).toBe(400);
    expect(weak.json.errors.password).toMatch(/密码/);
    const [{ n: after }] = await s.sql("SELECT COUNT(*) AS n FROM app_user");
    expect(Number(after)).toBe(Number(before));
  });

  it("creates the enterprise's account and signs it in; the code is then used up", async () => {
    const res = await s.anonymous.json("POST", "/auth/accept-invitation", {
      code: code.toLowerCase().replace(/-/g, " "),
      username: "qiye1",
      password: PASSWORD,
    });
    expect(res.status).toBe(200);
    const me = (await res.json()) as any;
    expect(me.user).toMatchObject({ role: "enterprise", enterpriseId: own.id, username: "qiye1" });
    expect(me.access).toMatchObject({
      enterprises: "write",
      registrations: "write",
      trainees: "write",
      techDemands: "write",
    });
    expect(me.access.diagnostics).toBe("none");
    expect(me.access.users).toBe("none");
    enterprise = client(s.url, res.headers.get("set-cookie")!.split(";")[0]);
    const again = await body(
      await s.anonymous.json("POST", "/auth/accept-invitation", { code, username: "qiye2", password: PASSWORD }),
    );
    expect(again.status).toBe(400);
    expect(again.json.errors.code).toMatch(/已使用/);
    const [log] = await s.sql("SELECT action, summary FROM audit_log WHERE action = 'acceptInvitation'");
    expect(log.summary).toContain(own.name);
  });

  it("expires", async () => {
    const made = (await (await wuhan.json("POST", "/invitations", { enterpriseId: own.id })).json()) as any;
    await s.sql("UPDATE invitation SET expiresAt = '2020-01-01T00:00:00.000Z' WHERE usedAt IS NULL");
    const res = await body(
      await s.anonymous.json("POST", "/auth/accept-invitation", {
        code: made.code,
        username: "qiye3",
        password: PASSWORD,
      }),
    );
    expect(res.status).toBe(400);
    expect(res.json.errors.code).toMatch(/已过期/);
  });
});

describe("the enterprise's forms", () => {
  let registrationId = 0;
  const traineeIds: number[] = [];
  let demandId = 0;

  it("start empty, and cannot be submitted before 附件1-1 is filled in, nor after the city's deadline", async () => {
    await setCityDeadline(s, 1, "2025-06-25");
    const late = await body(await enterprise.api("/enterprise-forms"));
    expect(late.json.missing[0]).toBe("本市报送截止日期为 2025-06-25，已过期，不能再提交；如需补报请联系市州经信局");
    await setCityDeadline(s, 1, "2099-12-31");
    // An enterprise whose recognition has lapsed is told before it submits, not at the city's approval.
    const [{ validUntil }] = await s.sql(`SELECT validUntil FROM enterprise WHERE id = ${own.id}`);
    await s.sql(`UPDATE enterprise SET validUntil = '2024-12-31' WHERE id = ${own.id}`);
    const lapsed = await body(await enterprise.api("/enterprise-forms"));
    expect(lapsed.json.missing[0]).toMatch(/认定有效期至 2024-12-31，已不能被推荐/);
    await s.sql(`UPDATE enterprise SET validUntil = '${validUntil}' WHERE id = ${own.id}`);
    const forms = await body(await enterprise.api("/enterprise-forms"));
    expect(forms.status).toBe(200);
    expect(forms.json).toMatchObject({ enterpriseId: own.id, forms: [], canSubmit: false });
    expect(forms.json.missing.join()).toContain("附件1-1");
    expect((await enterprise.json("POST", "/enterprise-forms/submit")).status).toBe(400);
  });

  it("are filled in with the same validation as everywhere; the round, state and enterprise are the server's", async () => {
    const bad = await body(await enterprise.json("POST", "/registrations", { enterpriseId: other.id }));
    expect(bad.status).toBe(400);
    const reg = await body(
      await enterprise.json("POST", "/registrations", {
        enterpriseId: other.id,
        status: "approved",
        year: 2027,
        needTraining: true,
        needQuality: true,
        qualityMode: "online",
        needTech: true,
        suggestions: "希望多组织同行交流",
      }),
    );
    expect(reg.status, JSON.stringify(reg.json)).toBe(201);
    expect(reg.json).toMatchObject({
      enterpriseId: own.id,
      status: "applied",
      year: 2025,
      batch: 1,
      formStatus: "filling",
      nominatedAt: null,
    });
    registrationId = reg.json.id;
    for (const n of [1, 2]) {
      const t = await body(
        await enterprise.json("POST", "/trainees", {
          name: `学员${n}`,
          gender: "male",
          idNumber: idNumber(n),
          mobile: `1380000000${n}`,
          title: "总经理",
          intendedClass: "comprehensive1",
          enterpriseId: own.id,
          admissionStatus: "admitted",
        }),
      );
      expect(t.status, JSON.stringify(t.json)).toBe(201);
      expect(t.json).toMatchObject({ admissionStatus: "applied", formStatus: "filling", classId: null });
      traineeIds.push(t.json.id);
    }
    const third = await body(
      await enterprise.json("POST", "/trainees", {
        name: "学员3",
        gender: "male",
        idNumber: idNumber(3),
        mobile: "13800000003",
        title: "副总经理",
        intendedClass: "industry",
        enterpriseId: own.id,
      }),
    );
    expect(third.status).toBe(400);
    expect(third.json.message).toMatch(/最多 2 名/);
    const d = await body(
      await enterprise.json("POST", "/techDemands", {
        title: "高精度减速器寿命提升",
        enterpriseId: own.id,
        industryProducts: "机器人减速器",
        contactName: "王工",
        contactPhone: "13800000009",
        categories: ["rnd"],
        details: "减速器寿命不足 8000 小时",
        targets: "寿命达到 12000 小时",
      }),
    );
    expect(d.status, JSON.stringify(d.json)).toBe(201);
    expect(d.json).toMatchObject({ status: "submitted", formStatus: "filling", registrationId });
    demandId = d.json.id;
  });

  it("need each trainee's photo before they can be submitted", async () => {
    const forms = await body(await enterprise.api("/enterprise-forms"));
    expect(forms.json.forms.map((f: any) => f.form)).toEqual(["附件1-1", "附件1-2", "附件1-2", "附件1-3"]);
    expect(forms.json.missing, JSON.stringify(forms.json.missing)).toEqual([
      "请上传学员学员1的照片",
      "请上传学员学员2的照片",
    ]);
    for (const [i, id] of traineeIds.entries())
      expect((await upload(enterprise, `/trainees/${id}`, png(30, 40, i + 1), "traineePhoto")).status).toBe(201);
    // Its 推荐表 prints before any nomination: no nomination state on the paper.
    const pdf = Buffer.from(await (await enterprise.api(`/registrations/${registrationId}/form.pdf`)).arrayBuffer());
    const file = join(tmpdir(), `form-${process.pid}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    rmSync(file);
    expect(text).toContain(own.name);
    expect(text).not.toContain("企业申报");
    const ready = await body(await enterprise.api("/enterprise-forms"));
    expect(ready.json.missing).toEqual([]);
    expect(ready.json.canSubmit).toBe(true);
  });

  it("are submitted together; the city's bureau is told and sees them to review; the enterprise can no longer change them", async () => {
    const res = await body(await enterprise.json("POST", "/enterprise-forms/submit"));
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.forms.every((f: any) => f.formStatus === "submitted")).toBe(true);
    expect(res.json.canSubmit).toBe(false);
    const waiting = await body(await wuhan.api("/enterprise-forms/submitted"));
    expect(waiting.json).toEqual([expect.objectContaining({ enterpriseId: own.id, submitted: 4 })]);
    expect((await body(await huangshi.api("/enterprise-forms/submitted"))).json).toEqual([]);
    const notices = (await (
      await wuhan.api(`/notices${listQuery({ filter: { kind: "formsSubmitted" } })}`)
    ).json()) as any[];
    expect(notices[0].title).toBe(`${own.name}提交了报名表`);
    const change = await enterprise.json("PUT", `/trainees/${traineeIds[0]}`, { title: "董事长" });
    expect(change.status).toBe(403);
    // The providers meet the forms only once the city approves them.
    const [hust, tech] = [await s.as("hust"), await s.as("tech")];
    expect((await hust.api(`/trainees/${traineeIds[0]}`)).status).toBe(404);
    expect((await tech.api(`/techDemands/${demandId}`)).status).toBe(404);
    const todo = (await (await wuhan.api("/todo")).json()) as any;
    expect(todo.items.find((i: any) => i.key === "forms-submitted-trainees")?.count).toBe(2);
  });

  it("are reviewed by the city: one returned with its reason, corrected and submitted again, then all approved", async () => {
    const noReason = await wuhan.json("POST", "/enterprise-forms/review", {
      resource: "trainees",
      id: traineeIds[1],
      decision: "return",
    });
    expect(noReason.status).toBe(400);
    expect(
      (
        await huangshi.json("POST", "/enterprise-forms/review", {
          resource: "trainees",
          id: traineeIds[1],
          decision: "approve",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await enterprise.json("POST", "/enterprise-forms/review", {
          resource: "trainees",
          id: traineeIds[1],
          decision: "approve",
        })
      ).status,
    ).toBe(403);
    const returned = await body(
      await wuhan.json("POST", "/enterprise-forms/review", {
        resource: "trainees",
        id: traineeIds[1],
        decision: "return",
        reason: "职务应填写现任职务全称",
      }),
    );
    expect(returned.status).toBe(200);
    const mine = await body(await enterprise.api("/enterprise-forms"));
    const t2 = mine.json.forms.find((f: any) => f.id === traineeIds[1] && f.resource === "trainees");
    expect(t2).toMatchObject({ formStatus: "returned", formReturnReason: "职务应填写现任职务全称" });
    const notice = (await (
      await enterprise.api(`/notices${listQuery({ filter: { kind: "formReturned" } })}`)
    ).json()) as any[];
    expect(notice[0].body).toContain("职务应填写现任职务全称");
    const got = (await (await enterprise.api(`/trainees/${traineeIds[1]}`)).json()) as any;
    const fixed = await enterprise.json("PUT", `/trainees/${traineeIds[1]}`, { ...got, title: "董事长兼总经理" });
    expect(fixed.status).toBe(200);
    // The status is not the enterprise's to set.
    const sneaky = await enterprise.json("PUT", `/trainees/${traineeIds[1]}`, {
      ...got,
      version: got.version + 1,
      admissionStatus: "notAdmitted",
    });
    expect(sneaky.status, await sneaky.clone().text()).toBe(403);
    expect((await enterprise.json("POST", "/enterprise-forms/submit")).status).toBe(200);

    for (const [resource, id] of [
      ["registrations", registrationId],
      ["trainees", traineeIds[0]],
      ["trainees", traineeIds[1]],
      ["techDemands", demandId],
    ] as const) {
      const ok = await wuhan.json("POST", "/enterprise-forms/review", {
        resource,
        id,
        decision: "approve",
        overQuotaReason: "该企业为重点培育对象",
      });
      expect(ok.status, `${resource} ${id}: ${await ok.clone().text()}`).toBe(200);
    }
    const twice = await wuhan.json("POST", "/enterprise-forms/review", {
      resource: "techDemands",
      id: demandId,
      decision: "approve",
    });
    expect(twice.status).toBe(409);
  });

  it("make the approved 推荐表 the city's nomination with the needs as filled", async () => {
    const reg = (await (await wuhan.api(`/registrations/${registrationId}`)).json()) as any;
    expect(reg).toMatchObject({
      status: "nominated",
      formStatus: "approved",
      needTraining: true,
      needQuality: true,
      qualityMode: "online",
      needTech: true,
      suggestions: "希望多组织同行交流",
    });
    expect(reg.nominatedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await (await s.as("hust")).api(`/trainees/${traineeIds[0]}`)).status).toBe(200);
    expect((await (await s.as("tech")).api(`/techDemands/${demandId}`)).status).toBe(200);
    const trainee = (await (await wuhan.api(`/trainees/${traineeIds[1]}`)).json()) as any;
    expect(trainee).toMatchObject({ formStatus: "approved", title: "董事长兼总经理", formReturnReason: null });
    const log = await s.sql(`SELECT action, recordIds FROM audit_log WHERE resource = 'trainees' ORDER BY id`);
    const ids = (r: any) => (typeof r.recordIds === "string" ? JSON.parse(r.recordIds) : r.recordIds) as number[];
    const mine = log.filter((r: any) => ids(r).includes(traineeIds[1])).map((r: any) => r.action);
    expect(mine, JSON.stringify(mine)).toEqual([
      "create",
      "create", // its photo, into its 档案
      "submitForms",
      "reviewForm",
      "update",
      "submitForms",
      "reviewForm",
    ]);
  });
});

describe("an enterprise user", () => {
  it("gets a 404 for another enterprise's record on every route of its resources, and finds no staff route", async () => {
    const [t] = await s.sql(`SELECT id FROM trainee WHERE enterpriseId <> ${own.id} LIMIT 1`);
    const [d] = await s.sql(`SELECT id FROM tech_demand WHERE enterpriseId <> ${own.id} LIMIT 1`);
    const [r] = await s.sql(`SELECT id FROM registration WHERE enterpriseId <> ${own.id} LIMIT 1`);
    const theirs: [string, number][] = [
      ["enterprises", other.id],
      ["registrations", r.id],
      ["trainees", t.id],
      ["techDemands", d.id],
    ];
    for (const [resource, id] of theirs) {
      expect((await enterprise.api(`/${resource}/${id}`)).status, resource).toBe(404);
      expect((await enterprise.json("PUT", `/${resource}/${id}`, { remark: "x" })).status, resource).toBe(404);
      expect((await enterprise.api(`/${resource}/${id}`, { method: "DELETE" })).status, resource).toBe(404);
      expect((await enterprise.api(`/${resource}/${id}/attachments`)).status, resource).toBe(404);
      expect((await enterprise.api(`/${resource}/${id}/history`)).status, resource).toBe(404);
      if (resource !== "enterprises") expect((await enterprise.api(`/${resource}/${id}/form.pdf`)).status).toBe(404);
      const list = (await (await enterprise.api(`/${resource}${listQuery({ range: [0, 999] })}`)).json()) as any[];
      expect(
        list.every((x) => (resource === "enterprises" ? x.id : x.enterpriseId) === own.id),
        resource,
      ).toBe(true);
      expect((await enterprise.api(`/enterprise-forms?enterpriseId=${other.id}`)).status).toBe(200); // its own, whatever it asks
    }
    // Its own forms it prints.
    const [mine] = await s.sql(`SELECT id FROM registration WHERE enterpriseId = ${own.id}`);
    const printed = await enterprise.api(`/registrations/${mine.id}/form.pdf`);
    expect(printed.status).toBe(200);
    expect(printed.headers.get("content-type")).toBe("application/pdf");
    const staff = [
      "/dashboard",
      "/reports/city-summary.xlsx?cityId=1",
      "/reports/province-summary.xlsx",
      "/reports/missing-stamped-copies",
      "/techDemands/selection",
      "/imports/enterprises/template.xlsx",
      "/trainingClasses/1/report",
      "/enterprise-forms/submitted",
      "/diagnostics",
      "/users",
      "/auditLogs",
      "/followUps",
      "/registrations/forms.pdf?cityId=1",
      "/reports/city-summary.pdf?cityId=1",
      "/trainingClasses/1/admission-notices.pdf",
      "/trainingClasses/1/certificates.pdf",
    ];
    for (const path of staff) expect([403, 404], path).toContain((await enterprise.api(path)).status);
    expect(
      (await enterprise.json("POST", "/registrations/bulk-create", { enterpriseIds: [own.id], data: {} })).status,
    ).toBe(404);
    expect((await enterprise.json("POST", "/invitations", { enterpriseId: own.id })).status).toBe(403);
    // Nor an enterprise of its own, however complete the body.
    const theirsInFull = (await (await s.api(`/enterprises/${other.id}`)).json()) as any;
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...copy } = theirsInFull;
    const created = await enterprise.json("POST", "/enterprises", { ...copy, name: "新企业", creditCode: undefined });
    expect([400, 403]).toContain(created.status);
    expect(await s.sql("SELECT id FROM enterprise WHERE name = '新企业'")).toEqual([]);
  });
});

/** Every route of the app as Express holds it: method and path (with its :params), /api/auth's apart. */
function appRoutes(): { method: string; path: string }[] {
  const app = createApp(s.ds) as unknown as { router: { stack: Layer[] } };
  interface Layer {
    route?: { path: string; methods: Record<string, boolean> };
    handle?: { stack?: Layer[] };
  }
  const out: { method: string; path: string }[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const l of stack) {
      if (l.route)
        for (const m of Object.keys(l.route.methods))
          out.push({ method: m.toUpperCase(), path: prefix + l.route.path });
      else if (l.handle?.stack) {
        // The router that holds /login is mounted at /api/auth, every other one at /api.
        const auth = l.handle.stack.some((x) => x.route?.path === "/login");
        walk(l.handle.stack, auth ? "/auth" : prefix);
      }
    }
  };
  walk(app.router.stack, "");
  return out.filter((r) => !r.path.includes("*"));
}

describe("an enterprise user, on every route of the app", () => {
  it("reaches nothing of another enterprise and changes nothing but its own", async () => {
    const table = (key: string) => resourceByKey[key].table;
    // For each resource, a record that is not the enterprise's own (the first of another enterprise where it belongs to one).
    const othersId: Record<string, number> = {};
    for (const r of resources) {
      const where =
        r.key === "enterprises"
          ? `WHERE id <> ${own.id}`
          : r.enterpriseKey
            ? `WHERE "${r.enterpriseKey}" <> ${own.id}`
            : "";
      const [row] = await s.sql(
        `SELECT id FROM ${table(r.key)} ${where} ORDER BY id LIMIT 1`.replace(/"/g, onPostgres ? '"' : ""),
      );
      if (row) othersId[r.key] = Number(row.id);
    }
    // Another enterprise's file in its trainee's 档案.
    const [theirTrainee] = await s.sql(`SELECT id FROM trainee WHERE enterpriseId <> ${own.id} ORDER BY id LIMIT 1`);
    const uploaded = await upload(s, `/trainees/${theirTrainee.id}`, png(20, 20, 9), "traineePhoto");
    const theirFile = (await uploaded.json()) as { id: number };
    const snapshot = async () => {
      const out: Record<string, unknown> = {};
      for (const r of resources)
        if (!["auditLogs", "notices", "users"].includes(r.key))
          out[r.key] = await s.sql(`SELECT id, version FROM ${table(r.key)} ORDER BY id`);
      out.attachments = await s.sql("SELECT id FROM attachment ORDER BY id");
      return JSON.stringify(out);
    };
    const before = await snapshot();
    const others = await s.sql(`SELECT name FROM enterprise WHERE id <> ${own.id}`);
    const otherNames = new Set(others.map((e: any) => e.name as string));
    const requests: string[] = [];
    const me = (await (await enterprise.api("/auth/me")).json()) as any;
    // What may answer 2xx at all: its own lists (scoped), the shared cities and rounds, its 待办, search, forms and
    // notices, and the descriptions its forms are drawn from (the department's custom fields).
    const answers = (method: string, path: string, key: string) =>
      ["/auth/me", "/todo", "/search", "/enterprise-forms", "/notices/read-all", "/descriptions"].includes(path) ||
      (method === "GET" && ["/:resource", "/:resource/export.:format"].includes(path) && me.access[key] !== "none") ||
      (method === "GET" && ["cities", "rounds"].includes(key) && path.startsWith("/:resource"));
    for (const { method, path } of appRoutes()) {
      if (["/auth/login", "/auth/logout", "/auth/accept-invitation", "/auth/password"].includes(path)) continue;
      const keys = path.includes(":resource") ? resources.map((r) => r.key) : [path.split("/")[1]];
      for (const key of keys) {
        const url = path
          .replace(":resource", key)
          .replace(":id", String(key === "attachments" ? theirFile.id : (othersId[key] ?? othersId.enterprises)))
          .replace(":attachmentId", String(theirFile.id))
          .replace(":kind", "enterprises")
          .replace(":format", "xlsx");
        const body =
          method === "GET"
            ? undefined
            : {
                ids: [othersId[key] ?? 1],
                data: { remark: "x" },
                enterpriseId: other.id,
                enterpriseIds: [other.id],
                remark: "x",
              };
        const res = await enterprise.json(
          method,
          `${url}${url.includes("?") ? "&" : "?"}cityId=1&enterpriseId=${other.id}`,
          body,
        );
        const text = await res.text();
        requests.push(`${method} ${url} → ${res.status}`);
        expect(res.status, `${method} ${url}: ${text.slice(0, 200)}`).toBeLessThan(500);
        if (res.ok) {
          // Answered: only where the answer is its own by construction, and then without another's name.
          expect(answers(method, path, key), `${method} ${url} answered ${res.status}: ${text.slice(0, 200)}`).toBe(
            true,
          );
          const leaked = [...otherNames].find((n) => text.includes(n));
          expect(leaked, `${method} ${url} answered another enterprise's data`).toBeUndefined();
        }
      }
    }
    expect(requests.length).toBeGreaterThan(150);
    expect(await snapshot()).toBe(before);
  });
});

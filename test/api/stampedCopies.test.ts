// 签章件 (issue 17, part 4): the signed and stamped scans of 附件1-1 / 1-2 / 1-3 in their records' 档案.
// 签章件缺失清单 lists every form of the round's live nominations still without one, scoped as the lists
// are; an upload of the right kind on the right record takes it off, a kind on another form's record is a
// Chinese 400 that writes nothing; the xlsx opens and holds the same rows. Run on SQLite and PostgreSQL.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MissingStampedCopy, StampedCopyStatus } from "../../entities/attachment";
import { LIVE_NOMINATION_STATUSES } from "../../entities/registration";
import { login, startServer, TEST_PASSWORD, type Client, type TestServer } from "../helpers";

let s: TestServer;
let wuhan: Client;
let wuhanCity: number;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
  [{ id: wuhanCity }] = await s.sql("SELECT id FROM city WHERE code = '420100'");
});
afterAll(() => s?.close());

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const upload = (c: Client, path: string, kind: string, body: Buffer = pdf, fileName = "推荐表（盖章）.pdf") =>
  c.api(`${path}/attachments?kind=${kind}&fileName=${encodeURIComponent(fileName)}`, {
    method: "POST",
    headers: { "Content-Type": "application/octet-stream" },
    body: new Uint8Array(body),
  });
const missing = async (c: Client, query = ""): Promise<MissingStampedCopy[]> => {
  const res = await c.api(`/reports/missing-stamped-copies${query}`);
  expect(res.status).toBe(200);
  return res.json();
};
const key = (r: Pick<MissingStampedCopy, "resource" | "recordId">) => `${r.resource}/${r.recordId}`;
const count = async () => Number((await s.sql("SELECT COUNT(*) AS n FROM attachment"))[0].n);

describe("签章件缺失清单", () => {
  it("lists the round's live nominations, their trainees and demands without a stamped copy, in city and enterprise order", async () => {
    const rows = await missing(s);
    const live = await s.sql(
      `SELECT id FROM registration WHERE year = 2025 AND batch = 1 AND status IN (${LIVE_NOMINATION_STATUSES.map((x) => `'${x}'`).join(", ")})`,
    );
    expect(live.length).toBeGreaterThan(10);
    // No seeded nomination has its stamped form yet: every live one is listed, and nothing else.
    const registrations = rows.filter((r) => r.resource === "registrations").map((r) => r.recordId);
    expect(registrations.sort((a, b) => a - b)).toEqual(live.map((r) => Number(r.id)).sort((a, b) => a - b));
    const nominated = new Set(rows.filter((r) => r.resource === "registrations").map((r) => r.enterpriseId));
    for (const r of rows) expect(nominated.has(r.enterpriseId), key(r)).toBe(true);
    expect(new Set(rows.map((r) => r.form))).toEqual(
      new Set(["附件1-1 推荐表", "附件1-2 学员信息表", "附件1-3 技术创新需求征集表"]),
    );
    expect(rows.find((r) => r.resource === "registrations")!.recordName).toMatch(/^2025年第1批报名（编号 \d+）$/);
    // Sorted by city (GB/T 2260 code order), and an enterprise's forms together.
    const codes = await s.sql("SELECT id, code FROM city");
    const code = new Map(codes.map((c) => [Number(c.id), String(c.code)]));
    const cityCodes = rows.map((r) => code.get(r.cityId)!);
    expect(cityCodes).toEqual([...cityCodes].sort());
    const runs = rows.map((r) => r.enterpriseId).filter((e, i, all) => i === 0 || all[i - 1] !== e);
    expect(runs.length).toBe(new Set(runs).size);
    // A returned or withdrawn nomination owes nothing.
    const dead = await s.sql(
      `SELECT id FROM registration WHERE status NOT IN (${LIVE_NOMINATION_STATUSES.map((x) => `'${x}'`).join(", ")})`,
    );
    for (const d of dead) expect(registrations).not.toContain(Number(d.id));
  });

  it("drops a nomination once its stamped 推荐表 is uploaded to it, and its status says so", async () => {
    const before = await missing(wuhan);
    const row = before.find((r) => r.resource === "registrations")!;
    const path = `/registrations/${row.recordId}`;
    const none: StampedCopyStatus = await (await wuhan.api(`${path}/stamped-copy`)).json();
    expect(none).toEqual({ present: false });
    // Another kind on the right record does not count.
    expect((await upload(wuhan, path, "other")).status).toBe(201);
    expect((await missing(wuhan)).map(key)).toContain(key(row));
    const res = await upload(wuhan, path, "nominationForm");
    expect(res.status).toBe(201);
    const saved = await res.json();
    const after = await missing(wuhan);
    expect(after.map(key)).not.toContain(key(row));
    expect(after.length).toBe(before.length - 1);
    const status: StampedCopyStatus = await (await wuhan.api(`${path}/stamped-copy`)).json();
    expect(status).toMatchObject({ present: true, attachmentId: saved.id });
    expect(Number.isNaN(Date.parse(status.uploadedAt!))).toBe(false);
    // Removed again, the form is missing again.
    expect((await wuhan.api(`${path}/attachments/${saved.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await missing(wuhan)).map(key)).toContain(key(row));
  });

  it("takes a trainee's and a demand's stamped forms, as a photo too", async () => {
    const rows = await missing(s);
    const trainee = rows.find((r) => r.resource === "trainees")!;
    const demand = rows.find((r) => r.resource === "techDemands")!;
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    expect((await upload(s, `/trainees/${trainee.recordId}`, "traineeForm", png, "学员信息表.png")).status).toBe(201);
    expect((await upload(s, `/techDemands/${demand.recordId}`, "demandForm")).status).toBe(201);
    const after = (await missing(s)).map(key);
    expect(after).not.toContain(key(trainee));
    expect(after).not.toContain(key(demand));
    // Neither a text file.
    const other = rows.find((r) => r.resource === "trainees" && r.recordId !== trainee.recordId)!;
    const text = await upload(s, `/trainees/${other.recordId}`, "traineeForm", Buffer.from("签字盖章"), "x.pdf");
    expect(text.status).toBe(400);
    expect((await text.json()).message).toContain("仅支持 PDF、JPG、PNG");
  });

  it("refuses a form's kind on another record with a Chinese 400 and writes nothing", async () => {
    const rows = await missing(s);
    const registration = rows.find((r) => r.resource === "registrations")!;
    const trainee = rows.find((r) => r.resource === "trainees")!;
    const before = await count();
    const cases: [string, string, string][] = [
      [`/registrations/${registration.recordId}`, "traineeForm", "附件1-2 学员信息表扫描件只能上传到学员档案"],
      [`/trainees/${trainee.recordId}`, "nominationForm", "附件1-1 推荐表扫描件只能上传到报名推荐档案"],
      [`/trainees/${trainee.recordId}`, "demandForm", "附件1-3 技术创新需求征集表扫描件只能上传到技术创新需求档案"],
      [`/enterprises/${registration.enterpriseId}`, "nominationForm", "附件1-1 推荐表扫描件只能上传到报名推荐档案"],
    ];
    for (const [path, kind, message] of cases) {
      const res = await upload(s, path, kind);
      expect(res.status, `${kind} on ${path}`).toBe(400);
      const body = await res.json();
      expect(body.message).toBe(message);
      expect(body.errors.kind).toBe(message);
    }
    expect(await count()).toBe(before);
    expect((await missing(s)).map(key)).toEqual(rows.map(key));
  });

  it("shows a city bureau only its own city, as the lists do", async () => {
    const all = await missing(s);
    const own = await missing(wuhan);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.cityId === wuhanCity)).toBe(true);
    expect(own).toEqual(all.filter((r) => r.cityId === wuhanCity));
    expect(await missing(s, `?cityId=${wuhanCity}`)).toEqual(own);
    expect(await missing(wuhan, `?cityId=${wuhanCity}`)).toEqual(own);
    const [other] = await s.sql("SELECT id FROM city WHERE code <> '420100' ORDER BY code LIMIT 1");
    const foreign = await wuhan.api(`/reports/missing-stamped-copies?cityId=${other.id}`);
    expect(foreign.status).toBe(404);
    expect((await missing(s, `?cityId=${other.id}`)).every((r) => r.cityId === Number(other.id))).toBe(true);
    expect((await s.api("/reports/missing-stamped-copies?cityId=abc")).status).toBe(400);
    // Another city's record: its status is a 404, as its page is.
    const theirs = all.find((r) => r.cityId !== wuhanCity)!;
    expect((await wuhan.api(`/${theirs.resource}/${theirs.recordId}/stamped-copy`)).status).toBe(404);
  });

  it("lets an enterprise user read and upload its own forms' stamped copies, and nothing of another's", async () => {
    const all = await missing(s);
    const mine = all.find((r) => r.resource === "trainees")!;
    const created = await s.json("POST", "/users", {
      username: "stamp-enterprise",
      displayName: mine.enterpriseName,
      role: "enterprise",
      enterpriseId: mine.enterpriseId,
      password: TEST_PASSWORD,
      active: true,
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const enterprise = await login(s.url, "stamp-enterprise");
    // The list is the staff's (an enterprise user finds no staff route); its own records' status it reads.
    expect((await enterprise.api("/reports/missing-stamped-copies")).status).toBe(404);
    const status = async () => (await enterprise.api(`/trainees/${mine.recordId}/stamped-copy`)).json();
    expect(await status()).toEqual({ present: false });
    expect((await upload(enterprise, `/trainees/${mine.recordId}`, "traineeForm")).status).toBe(201);
    expect((await status()).present).toBe(true);
    expect((await missing(s)).map(key)).not.toContain(key(mine));
    const theirs = all.find((r) => r.enterpriseId !== mine.enterpriseId)!;
    expect((await upload(enterprise, `/${theirs.resource}/${theirs.recordId}`, "other")).status).toBe(404);
    expect((await enterprise.api(`/${theirs.resource}/${theirs.recordId}/stamped-copy`)).status).toBe(404);
  });

  it("lets the read-only user read it, and no provider", async () => {
    const viewer = await s.as("viewer");
    expect(await missing(viewer)).toEqual(await missing(s));
    for (const name of ["hust", "ceprei", "tech"] as const) {
      const provider = await s.as(name);
      const res = await provider.api("/reports/missing-stamped-copies");
      expect(res.status, name).toBe(404);
      expect((await res.json()).message).toMatch(/[\u4e00-\u9fff]/);
      expect((await provider.api("/reports/missing-stamped-copies.xlsx")).status, name).toBe(404);
    }
    expect((await s.anonymous.api("/reports/missing-stamped-copies")).status).toBe(401);
  });

  it("exports the same rows as an xlsx that opens", async () => {
    for (const path of ["/reports/missing-stamped-copies.xlsx", "/reports/missing-stamped-copies?format=xlsx"]) {
      const rows = await missing(wuhan);
      const res = await wuhan.api(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("spreadsheetml");
      expect(decodeURIComponent(res.headers.get("content-disposition")!)).toContain("签章件缺失清单");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
      const ws = wb.worksheets[0];
      expect(ws.name).toBe("签章件缺失清单");
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
        "序号",
        "市州",
        "企业名称",
        "表格",
        "记录",
        "记录编号",
      ]);
      expect(ws.rowCount).toBe(rows.length + 1);
      rows.forEach((r, i) =>
        expect((ws.getRow(i + 2).values as unknown[]).slice(1)).toEqual([
          i + 1,
          r.cityName,
          r.enterpriseName,
          r.form,
          r.recordName,
          r.recordId,
        ]),
      );
    }
  });
});

// The notice's process: nominations against quotas, admission and attendance with certificates,
// the diagnosis status flow, the archive. Each refusal leaves the data unchanged.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attendanceShare } from "../../entities/attendanceRate";
import { NOTICE_ROUND, roundQuota } from "../../entities/round";
import { filesDir, sweepFiles } from "../../server/services/files";
import { newRecordFor, nomination } from "./records";
import { listQuery, startServer, type Client, type TestServer, setCityDeadline } from "../helpers";

let s: TestServer;
let wuhan: Client;
beforeAll(async () => {
  s = await startServer();
  wuhan = await s.as("wuhan");
});
afterAll(() => s.close());

const count = async (sql: string) => Number((await s.sql(sql))[0].n);
const free = (cityId: number, validOn = "2025-06-25") =>
  s.sql(
    `SELECT id FROM enterprise WHERE cityId = ${cityId} AND validUntil >= '${validOn}' AND id NOT IN (SELECT enterpriseId FROM registration) ORDER BY id`,
  );

describe("nominations", () => {
  it("asks for a reason beyond the city's quota, stating the rule", async () => {
    const [city] = await s.sql("SELECT id, name, validGiants FROM city WHERE code = '420100'");
    // The seeds' deadline (2025-06-25) has passed: the department extends it so the bureau may nominate.
    await setCityDeadline(s, city.id, "2099-12-31");
    const active = await count(
      `SELECT COUNT(*) n FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${city.id} AND r.status IN ('nominated','approved')`,
    );
    expect(active).toBe(
      roundQuota(NOTICE_ROUND, city.validGiants) -
        (await count(
          `SELECT COUNT(*) n FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${city.id} AND r.status NOT IN ('nominated','approved')`,
        )),
    );
    const [e] = await free(city.id);
    // Fill the quota, then one more needs a reason.
    const room = roundQuota(NOTICE_ROUND, city.validGiants) - active;
    const spare = await free(city.id);
    for (const x of spare.slice(0, room))
      expect((await wuhan.json("POST", "/registrations", nomination(x.id))).status).toBe(201);
    const over = spare[room] ?? e;
    const before = await count("SELECT COUNT(*) n FROM registration");
    const refused = await wuhan.json("POST", "/registrations", nomination(over.id));
    expect(refused.status).toBe(400);
    const body = await refused.json();
    expect(body.errors.overQuotaReason).toContain(
      `${city.name}推荐名额 ${roundQuota(NOTICE_ROUND, city.validGiants)} 家`,
    );
    expect(body.errors.overQuotaReason).toContain("向上取整");
    expect(await count("SELECT COUNT(*) n FROM registration")).toBe(before);
    expect(
      (
        await wuhan.json(
          "POST",
          "/registrations",
          nomination(over.id, { overQuotaReason: "该企业为新一轮重点小巨人，申请增补" }),
        )
      ).status,
    ).toBe(201);
  });

  it("refuses an enterprise whose designation has expired by the nomination date", async () => {
    const [expired] = await s.sql(
      "SELECT id, validUntil FROM enterprise WHERE validUntil < '2025-06-25' AND cityId = 4 AND id NOT IN (SELECT enterpriseId FROM registration) LIMIT 1",
    );
    const res = await s.json("POST", "/registrations", nomination(expired.id, { overQuotaReason: "x" }));
    expect(res.status).toBe(400);
    expect((await res.json()).errors.enterpriseId).toContain(`有效期至 ${expired.validUntil}`);
  });

  it("moves only along 已推荐 → 已通过 / 已退回 → 已撤回", async () => {
    const [e] = await free(4);
    const created = await s.json(
      "POST",
      "/registrations",
      nomination(e.id, { status: "approved", overQuotaReason: "x" }),
    );
    expect((await created.json()).errors.status).toContain("新建时状态只能为：已推荐");
    const reg = await (await s.json("POST", "/registrations", nomination(e.id, { overQuotaReason: "x" }))).json();
    const returned = await s.json("PUT", `/registrations/${reg.id}`, { status: "returned" });
    expect((await returned.json()).errors.returnReason).toBeTruthy();
    expect(
      (await s.json("PUT", `/registrations/${reg.id}`, { status: "returned", returnReason: "材料不全" })).status,
    ).toBe(200);
    const jump = await s.json("PUT", `/registrations/${reg.id}`, { status: "approved" });
    expect(jump.status).toBe(400);
    expect((await jump.json()).errors.status).toContain("不能从“已退回”改为“已通过”");
    expect((await (await s.api(`/registrations/${reg.id}`)).json()).status).toBe("returned");
    expect((await s.json("PUT", `/registrations/${reg.id}`, { status: "nominated" })).status).toBe(200);
    expect((await s.json("PUT", `/registrations/${reg.id}`, { status: "approved" })).status).toBe(200);
  });

  it("approves or returns many at once, all or none", async () => {
    const ids = (await s.sql("SELECT id FROM registration WHERE status = 'nominated' ORDER BY id LIMIT 3")).map(
      (r: any) => r.id,
    );
    const res = await s.json("POST", "/registrations/bulk-update", {
      ids,
      data: { status: "returned", returnReason: "请补充盖章扫描件" },
    });
    expect((await res.json()).data).toEqual(ids);
    expect(
      await count(`SELECT COUNT(*) n FROM registration WHERE id IN (${ids.join(",")}) AND status = 'returned'`),
    ).toBe(3);
  });

  it("shows each city's quota, nominated, approved and returned on the dashboard", async () => {
    const d = await (await s.api("/dashboard")).json();
    const wh = d.cities.find((c: any) => c.code === "420100");
    expect(wh.returned).toBe(
      await count(
        `SELECT COUNT(*) n FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${wh.id} AND r.status = 'returned'`,
      ),
    );
    expect(d.diagnoses.reduce((a: number, x: any) => a + x.count, 0)).toBe(300);
  });
});

describe("classes, admission and attendance", () => {
  let classId: number;
  let sessionId: number;
  const trainees: number[] = [];

  beforeAll(async () => {
    // A finished class of two sessions, five days each: ten days in all.
    classId = (
      await (
        await s.json("POST", "/trainingClasses", {
          name: "测试班",
          kind: "comprehensive1",
          year: 2025,
          provider: "华中科技大学",
          startDate: "2025-03-03",
          endDate: "2025-04-11",
          capacity: 2,
          sessionCount: 2,
          daysPerSession: 5,
        })
      ).json()
    ).id;
    sessionId = (
      await (
        await s.json("POST", "/classSessions", {
          classId,
          seq: 1,
          startDate: "2025-03-03",
          endDate: "2025-03-07",
          topic: "形势政策",
        })
      ).json()
    ).id;
    await s.json("POST", "/classSessions", {
      classId,
      seq: 2,
      startDate: "2025-04-07",
      endDate: "2025-04-11",
      topic: "经营管理",
    });
    const candidates = await s.sql("SELECT id, enterpriseId FROM trainee WHERE classId IS NULL ORDER BY id LIMIT 6");
    const byEnterprise = new Map<number, number>();
    for (const t of candidates) if (!byEnterprise.has(t.enterpriseId)) byEnterprise.set(t.enterpriseId, t.id);
    trainees.push(...[...byEnterprise.values()].slice(0, 3));
  });

  it("admits enterprises up to the class's capacity, with notice numbers", async () => {
    for (const id of trainees.slice(0, 2)) {
      const res = await s.json("PUT", `/trainees/${id}`, { classId, admissionStatus: "admitted" });
      expect(res.status).toBe(200);
      expect((await res.json()).admissionNoticeNo).toMatch(/^LQ-2025-/);
    }
    const full = await s.json("PUT", `/trainees/${trainees[2]}`, { classId, admissionStatus: "admitted" });
    expect(full.status).toBe(400);
    expect((await full.json()).errors.classId).toContain("容量为 2 家企业，已录取 2 家，已满");
    expect((await (await s.api(`/trainees/${trainees[2]}`)).json()).classId).not.toBe(classId);
  });

  it("records a session's grid in one request and refuses days outside the session", async () => {
    const grid = await (await s.api(`/classSessions/${sessionId}/attendance-grid`)).json();
    expect(grid.days).toEqual(["2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07"]);
    expect(grid.trainees.map((t: any) => t.id).sort()).toEqual(trainees.slice(0, 2).sort());
    const bad = await s.json("PUT", `/classSessions/${sessionId}/attendance-grid`, {
      records: [{ traineeId: trainees[0], date: "2025-03-08", status: "present" }],
    });
    expect(bad.status).toBe(400);
    expect(await count(`SELECT COUNT(*) n FROM attendance WHERE sessionId = ${sessionId}`)).toBe(0);
    const records = grid.trainees.flatMap((t: any) =>
      grid.days.map((date: string) => ({ traineeId: t.id, date, status: "present" })),
    );
    expect(
      (await (await s.json("PUT", `/classSessions/${sessionId}/attendance-grid`, { records })).json()).changed,
    ).toBe(10);
  });

  it("computes the rate and the 90% boundary on the server: 9 of 10 days yes, 8 no", async () => {
    const [second] = await s.sql(`SELECT id FROM class_session WHERE classId = ${classId} AND seq = 2`);
    const days = ["2025-04-07", "2025-04-08", "2025-04-09", "2025-04-10", "2025-04-11"];
    const records = [
      ...days.map((date, i) => ({ traineeId: trainees[0], date, status: i === 4 ? "absent" : "present" })),
      ...days.map((date, i) => ({ traineeId: trainees[1], date, status: i >= 3 ? "leave" : "present" })),
    ];
    await s.json("PUT", `/classSessions/${second.id}/attendance-grid`, { records });
    const report = await (await s.api(`/trainingClasses/${classId}/report`)).json();
    const [a, b] = trainees.map((id) => report.trainees.find((t: any) => t.id === id));
    expect([report.totalDays, report.ended]).toEqual([10, true]);
    expect([a.daysPresent, a.rate, a.certificateEligible]).toEqual([9, 90, true]);
    expect([b.daysPresent, b.rate, b.certificateEligible]).toEqual([8, 80, false]);
    expect(attendanceShare(899, 1000)).toEqual({ rate: 89.9, reaches: false });
    expect(attendanceShare(900, 1000).reaches).toBe(true);
  });

  it("issues unique certificate numbers to the eligible only, once", async () => {
    expect((await (await s.json("POST", `/trainingClasses/${classId}/certificates`)).json()).issued).toBe(1);
    expect((await (await s.json("POST", `/trainingClasses/${classId}/certificates`)).json()).issued).toBe(0);
    const [a, b] = await Promise.all(trainees.slice(0, 2).map(async (id) => (await s.api(`/trainees/${id}`)).json()));
    expect(a.certificateNo).toMatch(/^HUST-ZJTX-2025-/);
    expect(b.certificateNo).toBeNull();
  });

  it("writes the class report as xlsx and the admission notices as a printable page", async () => {
    const res = await s.api(`/trainingClasses/${classId}/report.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell("A1").value)).toContain("测试班");
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual([
      "序号",
      "姓名",
      "现任职务",
      "企业名称",
      "出勤天数",
      "出勤率（%）",
      "是否达到结业标准",
      "录取通知书编号",
      "结业证书编号",
    ]);
    expect(ws.rowCount).toBe(3 + 2);
    const rows = [ws.getRow(4).values, ws.getRow(5).values] as unknown[][];
    expect(rows.map((r) => [r[5], r[6], r[7]]).sort()).toEqual([
      [8, 80, "否"],
      [9, 90, "是"],
    ]);
    const html = await (await s.api(`/trainingClasses/${classId}/admission-notices`)).text();
    expect(html.match(/<h1>录取通知书<\/h1>/g)).toHaveLength(2);
  });
});

describe("diagnoses", () => {
  it("moves one step at a time, needs a date on site, scores and findings to deliver, a reason to cancel", async () => {
    const [d] = await s.sql(
      "SELECT id, version FROM diagnostic WHERE status = 'requested' AND mode = 'onSite' LIMIT 1",
    );
    const skip = await s.json("PUT", `/diagnostics/${d.id}`, { status: "expertAssessed" });
    expect((await skip.json()).errors.status).toContain("只能改为：已排期、已取消");
    const undated = await s.json("PUT", `/diagnostics/${d.id}`, { status: "scheduled", scheduledDate: null });
    expect((await undated.json()).errors.scheduledDate).toBeTruthy();
    expect(await (await s.sql(`SELECT version FROM diagnostic WHERE id = ${d.id}`))[0].version).toBe(d.version);
    for (const status of ["scheduled", "selfAssessed", "expertAssessed"])
      expect((await s.json("PUT", `/diagnostics/${d.id}`, { status, scheduledDate: "2025-09-01" })).status).toBe(200);
    const bare = await s.json("PUT", `/diagnostics/${d.id}`, {
      status: "reportDelivered",
      reportDeliveredAt: "2025-10-01",
      scores: [],
      levelId: null,
      findings: null,
    });
    expect(Object.keys((await bare.json()).errors).sort()).toEqual(["findings", "levelId", "scores"]);
    const cancel = await s.json("PUT", `/diagnostics/${d.id}`, { status: "cancelled" });
    expect((await cancel.json()).errors.cancelReason).toBeTruthy();
    expect(
      (await s.json("PUT", `/diagnostics/${d.id}`, { status: "cancelled", cancelReason: "企业申请延期至明年" })).status,
    ).toBe(200);
  });
});

describe("archive", () => {
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const upload = (c: Client, path: string, data: Buffer, kind = "other", fileName = "推荐表.pdf") =>
    c.api(`${path}/attachments?kind=${kind}&fileName=${encodeURIComponent(fileName)}`, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream" },
      body: new Uint8Array(data),
    });

  it("stores a PDF with its checksum, lists it and gives it back", async () => {
    const res = await upload(s, "/enterprises/1", pdf);
    expect(res.status).toBe(201);
    const saved = await res.json();
    expect(saved).toMatchObject({ mimeType: "application/pdf", size: pdf.length, fileName: "推荐表.pdf" });
    expect(saved.sha256).toMatch(/^[0-9a-f]{64}$/);
    const list = await (await s.api("/enterprises/1/attachments")).json();
    expect(list.map((a: any) => a.id)).toContain(saved.id);
    const file = Buffer.from(await (await s.api(`/attachments/${saved.id}/file`)).arrayBuffer());
    expect(file.equals(pdf)).toBe(true);
  });

  it("removes a stored file when the last attachment that refers to it goes, also with its record", async () => {
    const dir = filesDir(s.ds);
    const unique = (n: number) => Buffer.concat([pdf, Buffer.from(`%${Date.now()}-${n}\n`)]);
    const content = unique(1);
    const first = await (await upload(s, "/enterprises/2", content)).json();
    const second = await (await upload(s, "/enterprises/3", content)).json();
    const file = join(dir, first.sha256);
    expect(second.sha256).toBe(first.sha256);
    expect((await s.api(`/enterprises/2/attachments/${first.id}`, { method: "DELETE" })).status).toBe(200);
    expect(existsSync(file)).toBe(true); // still the file of enterprise 3's attachment
    expect((await s.api(`/enterprises/3/attachments/${second.id}`, { method: "DELETE" })).status).toBe(200);
    expect(existsSync(file)).toBe(false);
    // Deleting a record deletes its archive and the files no one else uses.
    const e = await (await s.json("POST", "/enterprises", await newRecordFor(s, "enterprises"))).json();
    const own = await (await upload(s, `/enterprises/${e.id}`, unique(2))).json();
    expect(existsSync(join(dir, own.sha256))).toBe(true);
    expect((await s.api(`/enterprises/${e.id}`, { method: "DELETE" })).status).toBe(200);
    expect(existsSync(join(dir, own.sha256))).toBe(false);
  });

  it("never leaves an attachment of a record deleted at the same moment, nor trusts a truncated file", async () => {
    for (let round = 0; round < 8; round++) {
      const e = await (await s.json("POST", "/enterprises", await newRecordFor(s, "enterprises"))).json();
      const [deleted, uploaded] = await Promise.all([
        s.api(`/enterprises/${e.id}`, { method: "DELETE" }),
        upload(s, `/enterprises/${e.id}`, pdf),
      ]);
      expect(deleted.status).toBe(200);
      expect([201, 404]).toContain(uploaded.status);
    }
    const orphans = await s.sql(
      "SELECT COUNT(*) AS n FROM attachment a WHERE a.resource = 'enterprises' AND a.recordId NOT IN (SELECT id FROM enterprise)",
    );
    expect(orphans).toEqual([{ n: 0 }]);
    // A file cut short (a crash while writing) is written again by the next upload of its content.
    const content = Buffer.concat([pdf, Buffer.from(`%${Date.now()}\n`)]);
    const sha = createHash("sha256").update(content).digest("hex");
    mkdirSync(filesDir(s.ds), { recursive: true });
    writeFileSync(join(filesDir(s.ds), sha), content.subarray(0, 10));
    const saved = await (await upload(s, "/enterprises/4", content)).json();
    expect(Buffer.from(await (await s.api(`/attachments/${saved.id}/file`)).arrayBuffer()).equals(content)).toBe(true);
  });

  it("sweeps stored files nothing refers to, and keeps those in use", async () => {
    const dir = filesDir(s.ds);
    const used = await (
      await upload(s, "/enterprises/5", Buffer.concat([pdf, Buffer.from(`%used ${Date.now()}\n`)]))
    ).json();
    const stray = join(dir, "f".repeat(64));
    writeFileSync(stray, "left by a failed upload");
    expect(await sweepFiles(s.ds)).toBeGreaterThanOrEqual(1);
    expect(existsSync(stray)).toBe(false);
    expect(existsSync(join(dir, used.sha256))).toBe(true);
  });

  it("checks the type by content and keeps other cities' files away", async () => {
    const fake = await upload(s, "/enterprises/1", Buffer.from("not really a pdf"), "other", "假文件.pdf");
    expect(fake.status).toBe(400);
    expect((await fake.json()).message).toContain("PDF");
    const [foreign] = await s.sql("SELECT id FROM enterprise WHERE cityId <> 1 LIMIT 1");
    expect((await upload(wuhan, `/enterprises/${foreign.id}`, pdf)).status).toBe(404);
    const theirs = await (await upload(s, `/enterprises/${foreign.id}`, pdf)).json();
    expect((await wuhan.api(`/attachments/${theirs.id}/file`)).status).toBe(404);
  });
});

describe("follow-up and typical cases", () => {
  it("records follow-up service and asks for a write-up of a typical case", async () => {
    expect(
      (
        await s.json("POST", "/followUps", {
          enterpriseId: 1,
          date: "2025-11-01",
          service: "finance",
          content: "对接专精特新贷款",
        })
      ).status,
    ).toBe(201);
    const res = await s.json("PUT", "/enterprises/1", { typicalCase: true });
    expect((await res.json()).errors.caseWriteUp).toBeTruthy();
    expect(await (await s.api(`/followUps${listQuery({ filter: { enterpriseId: 1 } })}`)).json()).not.toHaveLength(0);
  });
});

describe("the rules cannot be walked around", () => {
  it("keeps sessions short and inside their class, and attendance inside its session", async () => {
    const far = await s.json("POST", "/classSessions", {
      classId: 1,
      seq: 20,
      startDate: "9999-12-30",
      endDate: "9999-12-31",
      topic: "x",
    });
    expect((await far.json()).errors.startDate).toContain("之内");
    const long = await s.json("POST", "/classSessions", {
      classId: 1,
      seq: 20,
      startDate: "2025-07-03",
      endDate: "2025-09-30",
      topic: "x",
    });
    expect((await long.json()).errors.endDate).toContain("最多");
    const [a] = await s.sql("SELECT id FROM attendance WHERE sessionId = 1 LIMIT 1");
    expect((await s.json("PUT", `/attendances/${a.id}`, { date: "2025-08-01" })).status).toBe(400);
    expect((await s.json("PUT", "/classSessions/1", { endDate: "2025-07-03" })).status).toBe(400);
  });

  it("does not let a class shrink below its admissions, nor a trainee join another year's class", async () => {
    expect((await s.json("PUT", "/trainingClasses/1", { capacity: 1 })).status).toBe(400);
    const [t] = await s.sql("SELECT id FROM trainee WHERE classId IS NULL AND certificateNo IS NULL LIMIT 1");
    const res = await s.json("PUT", `/trainees/${t.id}`, { year: 2026, classId: 1, admissionStatus: "admitted" });
    expect(res.status).toBe(400);
  });

  it("keeps a nominated enterprise in its city and its validity over the nomination date", async () => {
    const [r] = await s.sql(
      "SELECT r.enterpriseId AS id, r.nominatedAt AS at FROM registration r WHERE r.status = 'nominated' LIMIT 1",
    );
    const before = await (await s.api(`/enterprises/${r.id}`)).json();
    const moved = await s.json("PUT", `/enterprises/${r.id}`, {
      version: before.version,
      cityId: before.cityId === 1 ? 2 : 1,
    });
    expect(moved.status).toBe(400);
    expect((await moved.json()).errors.cityId).toContain("撤回推荐");
    const expired = await s.json("PUT", `/enterprises/${r.id}`, { version: before.version, validUntil: "2020-01-01" });
    expect((await expired.json()).errors.validUntil).toContain(r.at);
    expect(await (await s.api(`/enterprises/${r.id}`)).json()).toEqual(before);
    // Without a live nomination both may change.
    const [free] = await s.sql(
      "SELECT id, version, cityId FROM enterprise WHERE id NOT IN (SELECT enterpriseId FROM registration WHERE status IN ('nominated', 'approved')) LIMIT 1",
    );
    expect(
      (await s.json("PUT", `/enterprises/${free.id}`, { version: free.version, cityId: free.cityId === 1 ? 2 : 1 }))
        .status,
    ).toBe(200);
  });

  it("keeps a nomination in its round (its year and batch are the round's) and its date in the round's year", async () => {
    const [e] = await free(6);
    // A body's year, batch or round does not move a nomination: they are its round's (2025 年第一批).
    const reg = await s.json("POST", "/registrations", nomination(e.id, { year: 2026, batch: 3 }));
    const made = await reg.json();
    if (reg.status === 201) {
      expect([made.roundId, made.year, made.batch]).toEqual([1, 2025, 1]);
      const moved = await (await s.json("PUT", `/registrations/${made.id}`, { roundId: 99, year: 2026 })).json();
      expect([moved.roundId, moved.year]).toEqual([1, 2025]);
      await s.api(`/registrations/${made.id}`, { method: "DELETE" });
    } else expect(made.errors.overQuotaReason).toBeTruthy();
    const backdated = await s.json("POST", "/registrations", nomination(e.id, { nominatedAt: "2020-01-01" }));
    expect((await backdated.json()).errors.nominatedAt).toContain("2025");
  });

  it("keeps a diagnosis's level and dimensions to its kind and derives its total", async () => {
    const [d] = await s.sql("SELECT id FROM diagnostic WHERE kind = 'quality' AND status = 'expertAssessed' LIMIT 1");
    const [level] = await s.sql("SELECT id FROM maturity_level WHERE kind = 'management' LIMIT 1");
    expect((await s.json("PUT", `/diagnostics/${d.id}`, { levelId: level.id })).status).toBe(400);
    const dims = await s.sql("SELECT id FROM diagnosis_dimension WHERE kind = 'quality' ORDER BY id");
    const saved = await (
      await s.json("PUT", `/diagnostics/${d.id}`, {
        scores: dims.map((x: any, i: number) => ({ dimensionId: x.id, score: 60 + i * 10 })),
        totalScore: 1,
      })
    ).json();
    expect(saved.totalScore).toBe(75);
  });

  it("shows ID scans only to those who see ID numbers", async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    const res = await s.api(`/trainees/1/attachments?kind=idScan&fileName=${encodeURIComponent("身份证.jpg")}`, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream" },
      body: new Uint8Array(jpeg),
    });
    const saved = await res.json();
    const viewer = await s.as("viewer");
    expect((await viewer.api(`/attachments/${saved.id}/file`)).status).toBe(403);
    expect((await s.api(`/attachments/${saved.id}/file`)).status).toBe(200);
  });
});

describe("tech demands", () => {
  it("move along their described flow: chosen only by the selection's states, never straight from withdrawn", async () => {
    const [d] = await s.sql("SELECT id, version FROM tech_demand WHERE status = 'underReview' LIMIT 1");
    const out = await s.json("PUT", `/techDemands/${d.id}`, { status: "withdrawn" });
    expect(out.status).toBe(200);
    const jump = await s.json("PUT", `/techDemands/${d.id}`, { status: "selected" });
    expect(jump.status).toBe(400);
    expect((await jump.json()).errors.status).toContain("只能改为：已提交");
    expect((await s.json("PUT", `/techDemands/${d.id}`, { status: "submitted" })).status).toBe(200);
  });
});

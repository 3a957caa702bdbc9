// 站内消息: the programme's events become notices for the users they concern, each user reads and marks
// only their own, deadline reminders are written once when due, and notices go by e-mail (SMTP_URL).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertUser } from "../../server/accounts";
import { runReminders } from "../../server/services/reminders";
import { listQuery, startServer, TEST_PASSWORD, type Client, type TestServer, setCityDeadline } from "../helpers";

let s: TestServer;
let wuhan: Client;
let huangshi: Client;
let wuhan2: Client;
let ceprei: Client;
let tech: Client;
beforeAll(async () => {
  s = await startServer();
  // A second bureau, and a second account of 武汉市's bureau.
  await upsertUser(s.ds, { username: "huangshi", role: "city", cityCode: "420200", password: TEST_PASSWORD });
  await upsertUser(s.ds, { username: "wuhan2", role: "city", cityCode: "420100", password: TEST_PASSWORD });
  [wuhan, huangshi, wuhan2, ceprei, tech] = await Promise.all([
    s.as("wuhan"),
    s.as("huangshi" as "wuhan"),
    s.as("wuhan2" as "wuhan"),
    s.as("ceprei"),
    s.as("tech"),
  ]);
});
afterAll(() => s.close());

const notices = async (c: Client, filter: object = {}) => {
  const res = await c.api(`/notices${listQuery({ filter, sort: ["id", "DESC"], range: [0, 99] })}`);
  expect(res.status).toBe(200);
  return { rows: (await res.json()) as any[], total: Number(res.headers.get("Content-Range")!.split("/")[1]) };
};
const unread = async (c: Client) => (await notices(c, { read: false })).total;

/** A nominated registration of a 武汉市 enterprise, with the enterprise's name. */
async function wuhanNomination(offset = 0) {
  const [r] = await s.sql(
    `SELECT r.id, r.version, e.name FROM registration r JOIN enterprise e ON e.id = r.enterpriseId
     WHERE e.cityId = 1 AND r.status = 'nominated' ORDER BY r.id LIMIT 1 OFFSET ${offset}`,
  );
  return r as { id: number; version: number; name: string };
}

describe("站内消息 of events", () => {
  it("a returned nomination becomes an unread notice for the city's users, with the reason, and for nobody else", async () => {
    const before = {
      wuhan: await unread(wuhan),
      wuhan2: await unread(wuhan2),
      huangshi: await unread(huangshi),
      admin: await unread(s),
      ceprei: await unread(ceprei),
    };
    const r = await wuhanNomination();
    const res = await s.json("PUT", `/registrations/${r.id}`, { status: "returned", returnReason: "缺少盖章页" });
    expect(res.status).toBe(200);
    const { rows } = await notices(wuhan);
    const n = rows.find((x) => x.link === `#/registrations/${r.id}/show`);
    expect(n).toMatchObject({ kind: "returned", read: false, title: `${r.name}的推荐被退回` });
    expect(n.body).toContain("缺少盖章页");
    expect(n.sentAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(n).not.toHaveProperty("dedupeKey");
    expect(await unread(wuhan)).toBe(before.wuhan + 1);
    expect(await unread(wuhan2)).toBe(before.wuhan2 + 1);
    expect(await unread(huangshi)).toBe(before.huangshi);
    expect(await unread(s)).toBe(before.admin);
    expect(await unread(ceprei)).toBe(before.ceprei);
  });

  it("an approved nomination is told to the city; a refused status change writes no notice", async () => {
    const r = await wuhanNomination();
    const before = await unread(wuhan);
    // A return without its reason is refused, and tells nobody anything.
    expect((await s.json("PUT", `/registrations/${r.id}`, { status: "returned" })).status).toBe(400);
    expect(await unread(wuhan)).toBe(before);
    expect((await s.json("PUT", `/registrations/${r.id}`, { status: "approved" })).status).toBe(200);
    const [latest] = (await notices(wuhan)).rows;
    expect(latest).toMatchObject({ kind: "approved", title: `${r.name}的推荐已通过` });
  });

  it("a scheduled diagnosis is told to the enterprise's city and the provider of its kind", async () => {
    const [d] = await s.sql(
      `SELECT d.id, e.name FROM diagnostic d JOIN enterprise e ON e.id = d.enterpriseId
       WHERE e.cityId = 1 AND d.kind = 'quality' AND d.status = 'requested' ORDER BY d.id LIMIT 1`,
    );
    const before = { wuhan: await unread(wuhan), ceprei: await unread(ceprei), huangshi: await unread(huangshi) };
    const res = await s.json("PUT", `/diagnostics/${d.id}`, { status: "scheduled", scheduledDate: "2025-09-01" });
    expect(res.status).toBe(200);
    expect(await unread(wuhan)).toBe(before.wuhan + 1);
    expect(await unread(ceprei)).toBe(before.ceprei + 1);
    expect(await unread(huangshi)).toBe(before.huangshi);
    const [n] = (await notices(ceprei)).rows;
    expect(n).toMatchObject({ kind: "diagnosisScheduled", link: `#/diagnostics/${d.id}/show` });
    expect(n.body).toContain("2025-09-01");
  });

  it("a committed selection is told to the department, the tech provider and the cities whose enterprises were chosen", async () => {
    const res = await s.json("POST", "/techDemands/selection", { dryRun: false });
    expect(res.status).toBe(200);
    const cities = (
      await s.sql(
        "SELECT DISTINCT e.cityId FROM selected_project p JOIN enterprise e ON e.id = p.enterpriseId ORDER BY e.cityId",
      )
    ).map((r: any) => r.cityId);
    const of = async (c: Client) => (await notices(c, { kind: "selectionCommitted" })).rows;
    expect(await of(s)).toHaveLength(1);
    expect(await of(tech)).toHaveLength(1);
    expect((await of(s))[0].body).toContain("共遴选 16 个项目");
    expect(await of(ceprei)).toHaveLength(0);
    expect(await of(wuhan)).toHaveLength(cities.includes(1) ? 1 : 0);
    expect(await of(huangshi)).toHaveLength(cities.includes(2) ? 1 : 0);
  });
});

describe("each user's own notices", () => {
  it("another user's notice is a 404 on every route; nobody creates, changes or deletes one through the API", async () => {
    const [mine] = (await notices(wuhan)).rows;
    expect((await wuhan.api(`/notices/${mine.id}`)).status).toBe(200);
    for (const other of [s, huangshi, ceprei]) {
      expect((await other.api(`/notices/${mine.id}`)).status).toBe(404);
      expect((await other.json("POST", `/notices/${mine.id}/read`)).status).toBe(404);
      const list = await other.api(`/notices${listQuery({ filter: { id: [mine.id] } })}`);
      expect(await list.json()).toEqual([]);
    }
    for (const c of [s, wuhan]) {
      expect((await c.json("POST", "/notices", { userId: 2, kind: "approved", title: "伪造" })).status).toBe(403);
      expect((await c.json("PUT", `/notices/${mine.id}`, { read: true, title: "改" })).status).toBe(403);
      expect((await c.api(`/notices/${mine.id}`, { method: "DELETE" })).status).toBe(403);
      expect((await c.json("POST", "/notices/bulk-delete", { ids: [mine.id] })).status).toBe(403);
    }
    expect((await wuhan.json("POST", "/notices/abc/read")).status).toBe(404);
    expect((await s.sql("SELECT COUNT(*) AS n FROM notice WHERE title = '伪造'"))[0].n).toBe(0);
    const csv = await (await huangshi.api("/notices/export.csv")).text();
    const exported = csv
      .split("\r\n")
      .slice(1)
      .filter(Boolean)
      .map((line) => Number(line.split(",")[0]));
    expect(exported).toEqual((await notices(huangshi)).rows.map((r) => r.id));
    expect(exported).not.toContain(mine.id);
  });

  it("marks one read, then all, only the user's own", async () => {
    const [first] = (await notices(wuhan, { read: false })).rows;
    const other = await unread(wuhan2);
    const before = await unread(wuhan);
    expect(before).toBeGreaterThan(1);
    const res = await wuhan.json("POST", `/notices/${first.id}/read`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: first.id, read: true, version: first.version + 1 });
    expect(await unread(wuhan)).toBe(before - 1);
    // Again: already read, nothing changes.
    expect(await (await wuhan.json("POST", `/notices/${first.id}/read`)).json()).toMatchObject({
      version: first.version + 1,
    });
    const all = await wuhan.json("POST", "/notices/read-all");
    expect(await all.json()).toEqual({ count: before - 1 });
    expect(await unread(wuhan)).toBe(0);
    expect(await unread(wuhan2)).toBe(other);
  });
});

describe("deadline reminders", () => {
  it("are written 7 days and 1 day before a city's deadline, once however many runs meet, and again for an extended deadline", async () => {
    const [city] = await s.sql("SELECT id, version FROM city WHERE code = '420200'");
    await setCityDeadline(s, city.id, "2025-08-01");
    const reminders = async (kind: string) => (await notices(huangshi, { kind })).rows;
    // Too early: nothing.
    expect(await runReminders(s.ds, "2025-07-24")).toBe(0);
    // Four runs at the same moment write each bureau user's reminder once.
    const runs = await Promise.all([1, 2, 3, 4].map(() => runReminders(s.ds, "2025-07-25")));
    expect(runs.reduce((a, b) => a + b)).toBe(1);
    const seven = await reminders("deadline7");
    expect(seven).toHaveLength(1);
    expect(seven[0].title).toContain("2025-08-01");
    expect(seven[0].body).toMatch(/还有 7 天截止。推荐名额 \d+ 家，已推荐 \d+ 家，尚余 \d+ 家/);
    // Every other city's deadline (2025-06-25) passed long ago: no reminder for 武汉市.
    expect((await notices(wuhan, { kind: ["deadline7", "deadline1"] })).total).toBe(0);
    // Later runs within the week add nothing; the day before, the 1-day reminder comes once.
    expect(await runReminders(s.ds, "2025-07-29")).toBe(0);
    await Promise.all([runReminders(s.ds, "2025-07-31"), runReminders(s.ds, "2025-07-31")]);
    expect(await reminders("deadline1")).toHaveLength(1);
    expect(await runReminders(s.ds, "2025-08-01")).toBe(0);
    expect(await runReminders(s.ds, "2025-08-02")).toBe(0);
    // The department extends the deadline: the reminders for the new date come again.
    await setCityDeadline(s, city.id, "2025-08-10");
    expect(await runReminders(s.ds, "2025-08-03")).toBe(1);
    expect(await reminders("deadline7")).toHaveLength(2);
    expect(await runReminders(s.ds, "2025-08-03")).toBe(0);
  });
});

describe("e-mail", () => {
  it("sends the notices after the transaction commits to users with an e-mail address; a failed send fails nothing", async () => {
    const received: { to: string[]; body: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push({
            to: session.envelope.rcptTo.map((a) => a.address),
            body: Buffer.concat(chunks).toString("utf8"),
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
      const [user] = await s.sql("SELECT id FROM app_user WHERE username = 'wuhan'");
      expect((await s.json("PUT", `/users/${user.id}`, { email: "wuhan@example.cn" })).status).toBe(200);
      const bad = await s.json("PUT", `/users/${user.id}`, { email: "不是邮箱" });
      expect((await bad.json()).errors.email).toBe("电子邮箱格式不正确");
      const r = await wuhanNomination();
      const res = await s.json("PUT", `/registrations/${r.id}`, { status: "returned", returnReason: "材料不全" });
      expect(res.status).toBe(200);
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((w) => setTimeout(w, 50));
      expect(received).toHaveLength(1); // wuhan2 has no e-mail address
      expect(received[0].to).toEqual(["wuhan@example.cn"]);
      // Subject and text are encoded (quoted-printable / base64 with UTF-8): decode the parts we check.
      expect(decode(received[0].body)).toContain("材料不全");

      // A refused change sends nothing.
      expect((await s.json("PUT", `/registrations/${r.id}`, { status: "approved" })).status).toBe(400);
      await new Promise((w) => setTimeout(w, 300));
      expect(received).toHaveLength(1);

      // No SMTP server there: the request succeeds, the notice is written, the failure only logged.
      process.env.SMTP_URL = `smtp://127.0.0.1:1`;
      const next = await wuhanNomination();
      const before = await unread(wuhan);
      const ok = await s.json("PUT", `/registrations/${next.id}`, { status: "returned", returnReason: "再次退回" });
      expect(ok.status).toBe(200);
      expect(await unread(wuhan)).toBe(before + 1);
    } finally {
      delete process.env.SMTP_URL;
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});

/** The text of a MIME message with its encoded words and parts decoded (enough to find a phrase). */
function decode(raw: string) {
  const words = raw.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : qp(text.replace(/_/g, " ")),
  );
  const base64 = [...raw.matchAll(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{20,})/g)]
    .map((m) => Buffer.from(m[1].replace(/\s/g, ""), "base64").toString("utf8"))
    .join("\n");
  return `${words}\n${qp(raw)}\n${base64}`;
}
const qp = (s: string) =>
  Buffer.from(
    s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    "latin1",
  ).toString("utf8");

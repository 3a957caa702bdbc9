// Two app instances on one PostgreSQL database, as behind a load balancer: each has its own connection
// pool and holds nothing the other needs. Sessions, the login throttle, versions, quotas and the
// selection round's lock all live in the database. (A SQLite deployment is one instance: skipped there.)
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { serve } from "../../server/app";
import { USER_LIMIT } from "../../server/auth/sessions";
import { openDatabase } from "../../server/db";
import { runReminders } from "../../server/services/reminders";
import {
  client,
  login,
  onPostgres,
  startServer,
  TEST_PASSWORD,
  type Client,
  type TestServer,
  setCityDeadline,
} from "../helpers";

let a: TestServer;
let b: { url: string; ds: DataSource; close: () => Promise<void> };

beforeAll(async () => {
  if (!onPostgres) return;
  a = await startServer();
  const ds = await openDatabase(String((a.ds.options as { url: string }).url));
  const server = serve(ds, 0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  b = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    ds,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await ds.destroy();
    },
  };
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe.skipIf(!onPostgres)("two instances on one PostgreSQL database", () => {
  it("share sessions: a login on one is valid on the other, a logout on one ends it on both", async () => {
    const viewer = await a.as("viewer");
    const onB = client(b.url, viewer.cookie);
    expect((await onB.api("/enterprises/1")).status).toBe(200);
    expect((await viewer.json("POST", "/auth/logout")).status).toBeLessThan(300);
    expect((await onB.api("/enterprises/1")).status).toBe(401);
  });

  it("share the login throttle: failures on both instances add up to the lock", async () => {
    for (let i = 0; i < USER_LIMIT; i++) {
      const url = i % 2 ? b.url : a.url;
      const res = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: "tech", password: `wrong-${i}` }),
      });
      expect(res.status).toBe(401);
    }
    const locked = await fetch(`${b.url}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "tech", password: "whatever" }),
    });
    expect(locked.status).toBe(429);
  });

  it("answer 50 simultaneous logins to one account on both instances without a 5xx", async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${i % 2 ? b.url : a.url}/api/auth/login`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ username: "ceprei", password: TEST_PASSWORD }),
        }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((x) => x >= 500)).toEqual([]);
    expect(statuses).toContain(200);
  });

  it("let one of two simultaneous saves of the same version win; the other gets 409", async () => {
    const adminB = await login(b.url, "admin");
    for (let round = 0; round < 5; round++) {
      const one = await (await a.api("/enterprises/7")).json();
      const results = await Promise.all([
        a.json("PUT", "/enterprises/7", { version: one.version, remark: `甲实例 ${round}` }),
        adminB.json("PUT", "/enterprises/7", { version: one.version, remark: `乙实例 ${round}` }),
      ]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409]);
      const now = await (await a.api("/enterprises/7")).json();
      expect(now.version).toBe(one.version + 1);
      const winner = await results.find((r) => r.status === 200)!.json();
      expect(now.remark).toBe(winner.remark);
    }
  });

  it("never lose a file when one instance removes an attachment while the other uploads the same content", async () => {
    const adminB = await login(b.url, "admin");
    const upload = (c: Client, enterprise: number, data: Buffer) =>
      c.api(`/enterprises/${enterprise}/attachments?kind=other&fileName=x.pdf`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream" },
        body: new Uint8Array(data),
      });
    for (let round = 0; round < 20; round++) {
      const data = Buffer.from(`%PDF-1.4\n% round ${round} ${Date.now()}\n%%EOF\n`);
      const first = await (await upload(a, 11, data)).json();
      const [removed, added] = await Promise.all([
        a.api(`/enterprises/11/attachments/${first.id}`, { method: "DELETE" }),
        upload(adminB, 12, data),
      ]);
      expect([removed.status, added.status]).toEqual([200, 201]);
      const row = await added.json();
      const file = await adminB.api(`/attachments/${row.id}/file`);
      expect(file.status).toBe(200);
      expect(Buffer.from(await file.arrayBuffer()).equals(data)).toBe(true);
    }
  });

  it("write a deadline reminder once when both instances run the schedule at the same moment", async () => {
    const [city] = await a.sql("SELECT id FROM city WHERE code = '420100'");
    const users = await a.sql(`SELECT id FROM app_user WHERE role = 'city' AND cityId = ${city.id}`);
    expect(users.length).toBeGreaterThan(0);
    await setCityDeadline(a, city.id, "2025-09-30");
    const runs = await Promise.all([a.ds, b.ds, a.ds, b.ds, a.ds, b.ds].map((ds) => runReminders(ds, "2025-09-23")));
    expect(runs.reduce((x, y) => x + y)).toBe(users.length);
    const rows = await a.sql(`SELECT userId, COUNT(*) AS n FROM notice WHERE kind = 'deadline7' GROUP BY userId`);
    expect(rows.map((r: any) => Number(r.n))).toEqual(users.map(() => 1));
    const viewed = await (await a.as("wuhan")).api(`/notices?filter=${encodeURIComponent('{"kind":"deadline7"}')}`);
    expect((await viewed.json()).map((n: any) => n.title)).toEqual(["武汉市推荐将于 2025-09-30 截止"]);
  });

  it("commit the selection once when both instances commit at the same moment", async () => {
    const adminB = await login(b.url, "admin");
    const results = await Promise.all([
      a.json("POST", "/techDemands/selection", { dryRun: false }),
      adminB.json("POST", "/techDemands/selection", { dryRun: false }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await a.sql("SELECT COUNT(*) AS n FROM selected_project")).toEqual([{ n: 16 }]);
    expect(await a.sql("SELECT COUNT(*) AS n FROM tech_demand WHERE status = 'selected'")).toEqual([{ n: 16 }]);
  });
});

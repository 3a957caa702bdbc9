// 择优遴选 of 16 out of the demands, and the official sheets.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { filesDir } from "../../server/services/files";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TIE_BREAK_RULE } from "../../entities/selection";
import { listQuery, startServer, type TestServer } from "../helpers";

let s: TestServer;
beforeAll(async () => {
  s = await startServer();
});
afterAll(() => s.close());

const run = async (body: object) => {
  const res = await s.json("POST", "/techDemands/selection", body);
  return { status: res.status, body: await res.json() };
};
const chosen = (r: any) => r.ranking.filter((d: any) => d.selected).map((d: any) => d.id);
const readXlsx = async (path: string, c = s) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await (await c.api(path)).arrayBuffer()) as any);
  return wb.worksheets[0];
};

describe("selection", () => {
  it("ranks every demand with its score, rank and reason, by the documented rule", async () => {
    const { body } = await run({ count: 16, dryRun: true });
    expect(body.ranking.length).toBeGreaterThanOrEqual(100);
    expect(chosen(body)).toHaveLength(16);
    expect(body.rule).toBe(TIE_BREAK_RULE);
    const ranked = body.ranking.filter((d: any) => d.rank !== null);
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1], ranked[i]];
      expect(
        a.score > b.score ||
          (a.score === b.score && (a.reviewCount > b.reviewCount || (a.reviewCount === b.reviewCount && a.id < b.id))),
      ).toBe(true);
    }
    expect(body.ranking.filter((d: any) => d.selected).every((d: any) => d.rank <= 16)).toBe(true);
    expect(body.ranking.find((d: any) => d.rank === 17).reason).toContain("未进入前 16 名");
    expect(body.ranking.every((d: any) => d.reason)).toBe(true);
  });

  it("honours limits per city and per category, and pins with reasons", async () => {
    const base = await run({ count: 16, dryRun: true });
    const top = base.body.ranking.filter((d: any) => d.selected);
    const limited = await run({ count: 16, dryRun: true, maxPerCity: 3, maxPerCategory: 6 });
    const sel = limited.body.ranking.filter((d: any) => d.selected);
    expect(sel).toHaveLength(16);
    const per = (k: string) =>
      Object.values(sel.reduce((m: any, d: any) => ({ ...m, [d[k]]: (m[d[k]] ?? 0) + 1 }), {})) as number[];
    expect(Math.max(...per("city"))).toBeLessThanOrEqual(3);
    expect(Math.max(...per("category"))).toBeLessThanOrEqual(6);
    expect(limited.body.ranking.some((d: any) => d.reason.includes("达到每个市州上限"))).toBe(true);
    const out = top[0].id;
    const low = base.body.ranking.filter((d: any) => d.rank !== null).at(-1).id;
    const pinned = await run({
      count: 16,
      dryRun: true,
      pinnedIn: [{ id: low, reason: "填补区域空白" }],
      pinnedOut: [{ id: out, reason: "已获国家专项支持" }],
    });
    const ids = chosen(pinned.body);
    expect(ids).toContain(low);
    expect(ids).not.toContain(out);
    expect(pinned.body.ranking.find((d: any) => d.id === out).reason).toBe("人工排除：已获国家专项支持");
    expect((await run({ count: 16, dryRun: true, pinnedIn: [{ id: low }] })).status).toBe(400);
  });

  it("commits the same 16 as the dry run, all or nothing, and locks the round", async () => {
    const params = { count: 16, maxPerCity: 4 };
    const dry = await run({ ...params, dryRun: true });
    const projectsBefore = await s.sql("SELECT COUNT(*) n FROM selected_project");
    // A project that already holds one of the chosen demands makes the commit fail as a whole.
    const blocker = chosen(dry.body)[5];
    const [d] = await s.sql(`SELECT enterpriseId FROM tech_demand WHERE id = ${blocker}`);
    const held = await s.json("POST", "/selectedProjects", {
      name: "已有项目",
      demandId: blocker,
      enterpriseId: d.enterpriseId,
      year: 2025,
      services: ["rnd"],
    });
    expect(held.status).toBe(201);
    const failed = await run({ ...params, dryRun: false });
    expect(failed.status).toBe(409);
    expect(await s.sql("SELECT COUNT(*) n FROM selected_project")).toEqual([{ n: projectsBefore[0].n + 1 }]);
    expect(await s.sql("SELECT COUNT(*) n FROM tech_demand WHERE status IN ('selected','notSelected')")).toEqual([
      { n: 0 },
    ]);
    await s.api(`/selectedProjects/${(await held.json()).id}`, { method: "DELETE" });

    const done = await run({ ...params, dryRun: false });
    expect(done.status).toBe(200);
    expect(chosen(done.body)).toEqual(chosen(dry.body));
    const projects = await (await s.api(`/selectedProjects${listQuery({ sort: ["rank", "ASC"] })}`)).json();
    expect(projects.map((p: any) => p.demandId)).toEqual(chosen(dry.body));
    expect(projects.map((p: any) => p.rank)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const statuses = await s.sql("SELECT status, COUNT(*) n FROM tech_demand GROUP BY status ORDER BY status");
    expect(statuses).toEqual([
      { status: "notSelected", n: dry.body.ranking.length - 16 },
      { status: "selected", n: 16 },
    ]);

    const again = await run({ ...params, dryRun: false });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain("锁定");
    expect((await run({ ...params, dryRun: true })).status).toBe(200);
  });

  it("reopens only with a reason, and only the department", async () => {
    const tech = await s.as("tech");
    expect((await tech.json("POST", "/techDemands/selection/reopen", { reason: "x" })).status).toBe(403);
    expect((await s.json("POST", "/techDemands/selection/reopen", {})).status).toBe(400);
    const [project] = await s.sql("SELECT id FROM selected_project LIMIT 1");
    const pdf = Buffer.from(`%PDF-1.4\n% 项目任务书 ${Date.now()}\n%%EOF\n`);
    const attached = await (
      await s.api(`/selectedProjects/${project.id}/attachments?kind=other&fileName=x.pdf`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream" },
        body: new Uint8Array(pdf),
      })
    ).json();
    expect(
      (await s.json("POST", "/techDemands/selection/reopen", { reason: "评审专家回避信息有误，重新评审" })).status,
    ).toBe(200);
    expect(await s.sql("SELECT COUNT(*) n FROM selected_project")).toEqual([{ n: 0 }]);
    // The projects' archive goes with them, files included.
    expect(await s.sql("SELECT COUNT(*) n FROM attachment WHERE resource = 'selectedProjects'")).toEqual([{ n: 0 }]);
    expect(existsSync(join(filesDir(s.ds), attached.sha256))).toBe(false);
    expect((await run({ count: 16, dryRun: false })).status).toBe(200);
    const [log] = await (
      await s.api(`/auditLogs${listQuery({ filter: { action: "selection" }, sort: ["id", "DESC"], range: [0, 0] })}`)
    ).json();
    expect(log.recordIds).toHaveLength(16);
  });

  it("is refused to a city bureau", async () => {
    const wuhan = await s.as("wuhan");
    expect((await wuhan.json("POST", "/techDemands/selection", { count: 16 })).status).toBe(403);
  });
});

describe("reports", () => {
  it("writes 附件2 for 武汉市 as the notice lays it out, one row per nominated enterprise", async () => {
    const [wh] = await s.sql("SELECT id FROM city WHERE code = '420100'");
    const ws = await readXlsx(`/reports/city-summary.xlsx?cityId=${wh.id}`);
    expect(ws.getCell("A1").value).toBe("附件2");
    expect(ws.getCell("A2").value).toBe("信息汇总表");
    expect(String(ws.getCell("A3").value)).toBe("市州经信局：武汉市（盖章）");
    expect(String(ws.getCell("D3").value)).toContain("地市州工作联系人及联系方式");
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
      "序号",
      "企业名称",
      "行业",
      "联系人",
      "职务",
      "手机",
      "备注",
    ]);
    const [{ n }] = await s.sql(
      `SELECT COUNT(*) n FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId = ${wh.id} AND r.status IN ('nominated','approved')`,
    );
    expect(ws.rowCount - 4).toBe(n);
    expect(String(ws.getRow(5).getCell(7).value)).toMatch(/小巨人/);
    expect(ws.pageSetup.paperSize).toBe(9);
    const wuhan = await s.as("wuhan");
    expect((await wuhan.api(`/reports/city-summary.xlsx?cityId=2`)).status).toBe(404);
  });

  it("writes the province's summary whose totals equal the sums of its rows", async () => {
    const ws = await readXlsx("/reports/province-summary.xlsx");
    const rows = Array.from({ length: ws.rowCount - 4 }, (_, i) => ws.getRow(4 + i).values as unknown[]);
    const total = ws.getRow(ws.rowCount).values as unknown[];
    expect(rows).toHaveLength(17);
    expect(total[1]).toBe("合计");
    for (let col = 2; col <= 10; col++) expect(total[col]).toBe(rows.reduce((a, r) => a + Number(r[col]), 0));
  });

  it("lists the selected projects with scores and services", async () => {
    const ws = await readXlsx("/reports/selected-projects.xlsx");
    expect(ws.rowCount - 3).toBe(16);
    expect(ws.getRow(4).getCell(1).value).toBe(1);
  });
});

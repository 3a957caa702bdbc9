// Accessibility (GB/T 37668-2019 ≈ WCAG 2.x AA) in a real browser: axe-core (the engine behind Lighthouse's
// audit, injected from node_modules, nothing downloaded) on the login page, every page of the menu, a record
// page, an edit and a create form, 待办, 工作进度 and the selection page: no serious or critical violation.
// Then the keyboard alone, the tables' fit at 1,280 / 1,440 px and the export buttons' names on a phone.
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../helpers";
import { serverAndBrowser } from "./serverAndBrowser";

const { s, b } = serverAndBrowser();

/**
 * Known, reported and not in this file's reach: the app bar (admin/src/layout/Layout.tsx, NoticeBadge.tsx)
 * names the bell "站内消息（0 条未读）" around a badge "0", and react-admin's user menu button "个人中心"
 * around the user's name (label-content-name-mismatch). Only that rule, only those two elements.
 */

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Serious and critical violations on the page as it is now, printed. */
async function axeViolations(name: string) {
  const { page } = b;
  await page.evaluate(axe.source);
  const violations: Violation[] = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact!,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 160) })),
      }))
      .filter((v) => v.nodes.length);
  });
  for (const v of violations)
    console.log(
      `${name}: ${v.impact} ${v.id} (${v.help}) ×${v.nodes.length}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(" ")}  ${n.html}`)
          .join("\n"),
    );
  if (violations.length) console.log("page errors:", b.errors.slice(-3));
  return violations.map((v) => `${v.id} ×${v.nodes.length}`);
}

async function open(path: string) {
  const { page } = b;
  await page.goto(`${s.url}/#${path}`);
  await page.waitForLoadState("networkidle");
  await page.locator(".RaLoadingIndicator-loader").waitFor({ state: "detached" });
  await page.waitForTimeout(300);
}

describe("accessibility", () => {
  it("logs in from the keyboard alone, on a login page with a heading, a main landmark and no violation", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/login`);
    await page.getByLabel("用户名").waitFor();
    expect(await page.getByRole("heading", { level: 1, name: "专精特新“小巨人”培育赋能管理平台" }).count()).toBe(1);
    expect(await page.getByRole("main").count()).toBe(1);
    expect(await axeViolations("login")).toEqual([]);
    await page.getByLabel("用户名").focus();
    await page.keyboard.type("admin");
    await page.keyboard.press("Tab");
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  });

  it("finds no serious or critical violation on 待办, 工作进度, every page of the menu, a record, its form and a new one", async () => {
    const { page } = b;
    await open("/");
    const menu = await page
      .locator("[role=menu] a[href^='#/']")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")!.slice(1)));
    expect(menu.length).toBeGreaterThan(15);
    const pages = [
      ...new Set(["/", "/progress", ...menu, "/enterprises/2/show", "/enterprises/2", "/trainees/create"]),
    ];
    const found: Record<string, string[]> = {};
    for (const path of pages) {
      await open(path);
      const v = await axeViolations(path);
      if (v.length) found[path] = v;
    }
    expect(found).toEqual({});
    // About 25 pages, each loaded to rest and read by axe: more than the default 30 s on a busy machine.
  }, 120_000);

  it("finds no violation on the selection page, whose pins, rank and title stay in view at 1,440 and 1,280 px", async () => {
    const { page } = b;
    for (const width of [1440, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await open("/selection");
      await page.getByRole("button", { name: "试算排名" }).click();
      const pinIn = page.getByRole("checkbox", { name: /^确定入选：/ });
      await pinIn.first().waitFor();
      if (width === 1440) expect(await axeViolations("/selection")).toEqual([]);
      // Scrolled sideways as far as it goes, the first row's pins, rank and title are still on screen.
      await page.locator(".MuiTableContainer-root").evaluate((el) => (el.scrollLeft = el.scrollWidth));
      const row = page.locator("tbody tr").first();
      const boxes = [
        await pinIn.first().boundingBox(),
        await page
          .getByRole("checkbox", { name: /^人工排除：/ })
          .first()
          .boundingBox(),
        await row.locator("td").nth(2).boundingBox(),
        await row.locator("td").nth(3).boundingBox(),
      ];
      for (const box of boxes) {
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      expect(await row.locator("td").nth(2).innerText()).toBe("1");
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("fits the enterprise list at 1,280 px with its name, code and city, and offers every field in 显示列", async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1280, height: 800 });
    await open("/enterprises");
    const headers = await page.getByRole("columnheader").allInnerTexts();
    for (const h of ["企业名称", "统一社会信用代码", "所属市州", "是否重点小巨人", "有效期至"])
      expect(headers.map((x) => x.trim())).toContain(h);
    const { scroll, client } = await page
      .locator(".RaDataTable-tableWrapper")
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.getByRole("button", { name: "显示列" }).click();
    for (const label of ["所属行业", "邮箱", "手机", "小巨人批次", "编号"])
      await page.getByRole("menu").getByText(label, { exact: true }).first().waitFor();
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("opens a list, selects a row with Space, opens the bulk dialog and saves a form from the keyboard", async () => {
    const { page } = b;
    await open("/");
    // The menu item, reached and followed with the keyboard.
    const item = page.locator("[role=menu] a[href='#/enterprises']");
    await item.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/#\/enterprises/);
    const box = page.getByRole("checkbox", { name: /^选择此行：/ }).first();
    await box.focus();
    await page.keyboard.press("Space");
    await page.getByText("已选择 1 项").first().waitFor();
    const bulk = page.getByRole("button", { name: "批量修改" });
    await bulk.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    // Checked once it has faded in: half-transparent text mid-transition is not what anyone reads.
    await page.waitForFunction(() => {
      const container = document.querySelector("[role=dialog]")?.closest(".MuiDialog-container");
      return !!container && getComputedStyle(container).opacity === "1";
    });
    const inDialog = await axeViolations("bulk dialog");
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    expect(inDialog).toEqual([]);
    await box.focus();
    await page.keyboard.press("Space");
    await page.getByText("已选择 1 项").first().waitFor({ state: "hidden" });
    // A form: change a field, Tab to 保存, Enter.
    const before = await (await s.api("/enterprises/3")).json();
    await open("/enterprises/3");
    const remark = page.getByLabel("备注");
    await remark.focus();
    await page.keyboard.type("键盘保存");
    const save = page.getByRole("button", { name: "保存" });
    await save.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await (await s.api("/enterprises/3")).json()).version, { timeout: 10_000 })
      .toBe(before.version + 1);
    expect((await (await s.api("/enterprises/3")).json()).remark).toContain("键盘保存");
  });

  it("names the Excel and CSV export buttons apart on a phone (390 px)", async () => {
    const { page } = b;
    await page.setViewportSize({ width: 390, height: 800 });
    // react-admin keeps the earlier test's selection and list state in its store: start the list afresh.
    await page.evaluate(() => localStorage.clear());
    await open("/enterprises");
    // Laid out from the start at the phone's width (not a desktop layout resized), as a phone opens it.
    await page.reload();
    await page.waitForLoadState("networkidle");
    await page.getByText("共 ", { exact: false }).first().waitFor({ timeout: 20_000 });
    // Each export button: its accessible name, and the word it shows (never an icon alone).
    const named = async () =>
      page
        .locator("button")
        .evaluateAll((bs) =>
          bs
            .filter((x) => /^导出 /.test(x.getAttribute("aria-label") ?? ""))
            .map((x) => `${x.getAttribute("aria-label")}｜${x.textContent!.trim()}`),
        );
    await expect.poll(named, { timeout: 10_000 }).toContain("导出 Excel｜Excel");
    expect(await named()).toContain("导出 CSV｜CSV");
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

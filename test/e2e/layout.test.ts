// The frame around every page, at a desktop's and a phone's width: the app bar (60 px, with the round select)
// covers nothing, the menu (待办's count first) and the page start below it, and the bar keeps its height when
// the round select comes (admin/src/layout/Layout.tsx).
import { expect, it } from "vitest";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";

const { s, b } = serverAndBrowser();

/** Where the bar ends and the menu, its first count and the page begin, in px from the top of the window. */
const frame = () =>
  b.page.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? null;
    return {
      bar: document.querySelector(".MuiAppBar-root")!.getBoundingClientRect().bottom,
      menu: top("[role=menu]"),
      count: top("[role=menu] .MuiBadge-badge"),
      page: top("#main-content"),
    };
  });

async function openEnterprises() {
  const { page } = b;
  await page.goto(`${s.url}/#/enterprises`);
  await page.reload();
  await page.locator("tbody tr").first().waitFor({ timeout: 20_000 });
  await page.getByLabel("培育批次").waitFor();
}

it("starts the menu, 待办's count and the page below the app bar at 1,280 px", async () => {
  await b.page.setViewportSize({ width: 1280, height: 800 });
  await logIn(b.page, s.url, "admin");
  await b.page.waitForURL(/#\/$/);
  await openEnterprises();
  const { bar, menu, count, page } = await frame();
  expect(bar).toBe(60);
  expect(menu).toBeGreaterThanOrEqual(bar);
  expect(count).toBeGreaterThanOrEqual(bar);
  expect(page).toBeGreaterThanOrEqual(bar);
});

it("starts the page below the app bar on a phone (390 px)", async () => {
  await b.page.setViewportSize({ width: 390, height: 800 });
  await openEnterprises();
  const { bar, page } = await frame();
  expect(bar).toBe(60);
  expect(page).toBeGreaterThanOrEqual(bar);
  await b.page.setViewportSize({ width: 1440, height: 900 });
});

// What a member of staff trips over (issue #16), in a real browser: unsaved attendance is not lost
// silently, and its save bar stays in view.
import { beforeAll, expect, it } from "vitest";
import { listQuery } from "../helpers";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";

const { s, b } = serverAndBrowser();
beforeAll(async () => {
  const { page } = b;
  await logIn(page, s.url, "hust");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
});

it("warns before leaving the attendance grid with unsaved edits, and keeps 保存考勤 in view", async () => {
  const { page } = b;
  await page.setViewportSize({ width: 1280, height: 800 });
  const [session] = await s.sql("SELECT id FROM class_session ORDER BY id LIMIT 1");
  await page.goto(`${s.url}/#/classSessions/${session.id}/show/attendance`);
  const cells = page.locator("tbody button");
  await cells.first().waitFor();
  await cells.first().click();
  const save = page.getByRole("button", { name: "保存考勤" });
  // The save bar is on screen without scrolling, though the grid is longer than the window.
  const box = (await save.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  await page.getByText("有 1 处修改尚未保存", { exact: true }).waitFor();
  // Leaving through the menu asks first; staying keeps the edit.
  await page.getByRole("menuitem", { name: "学员" }).click();
  await page.getByText("离开考勤登记？").waitFor();
  await page.getByRole("button", { name: "留在本页" }).click();
  expect(new URL(page.url()).hash).toContain("/attendance");
  await page.getByText("有 1 处修改尚未保存", { exact: true }).waitFor();
  // Saved, it leaves without asking.
  await save.click();
  await page.getByText("没有未保存的修改").waitFor();
  await page.getByRole("menuitem", { name: "学员" }).click();
  await page.waitForURL(/#\/trainees/);
  expect(b.errors).toEqual([]);
});

it("says in plain Chinese that an address leads nowhere, once, with the way back", async () => {
  const { page } = b;
  await page.goto(`${s.url}/#/no-such-page`);
  await page.getByRole("heading", { name: "页面不存在", level: 1 }).waitFor();
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).toContain("您输入的网址有误，或访问的链接已失效。");
  expect(text).not.toMatch(/。\./);
  await page.getByRole("link", { name: "返回待办" }).click();
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
});

it("shows the read-only user the selection without anything to change or run", async () => {
  const { page } = b;
  await page.context().clearCookies();
  await logIn(page, s.url, "viewer");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  await page.goto(`${s.url}/#/selection`);
  await page.locator("tbody tr").first().waitFor();
  expect(await page.getByRole("button", { name: "试算排名" }).count()).toBe(0);
  expect(await page.locator("input[type=number]:not([readonly])").count()).toBe(0);
  expect(b.errors).toEqual([]);
});

it("lets a follow-up's edit be undone for a few seconds, and saves nothing then", async () => {
  const { page } = b;
  await page.context().clearCookies();
  await logIn(page, s.url, "admin");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  const before = await (await s.api("/followUps/1")).json();
  await page.goto(`${s.url}/#/followUps/1`);
  const staff = page.getByRole("textbox", { name: /^经办人/ });
  await staff.fill("撤销测试人员");
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByRole("button", { name: "撤销" }).click();
  await page.waitForTimeout(6000); // past react-admin's undo window: nothing may have been sent
  const after = await (await s.api("/followUps/1")).json();
  expect(after.version).toBe(before.version);
  expect(after.staff).toBe(before.staff);
});

it("returns a nomination with its reason from a dialog, and nothing without one", async () => {
  const { page } = b;
  const [first] = await (
    await s.api(`/registrations${listQuery({ filter: { status: "nominated" }, sort: ["id", "ASC"], range: [0, 0] })}`)
  ).json();
  await page.goto(
    `${s.url}/#/registrations?filter=${encodeURIComponent(JSON.stringify({ status: "nominated" }))}&sort=id&order=ASC`,
  );
  await page.locator("tbody tr").first().getByRole("checkbox").check();
  await page.getByRole("button", { name: "退回", exact: true }).click();
  const dialog = page.getByRole("dialog");
  const confirm = dialog.getByRole("button", { name: "确认" });
  expect(await confirm.isDisabled()).toBe(true);
  await dialog.getByRole("textbox").fill("推荐表缺少企业公章");
  await confirm.click();
  await page.getByText("1 条已退回").waitFor();
  const after = await (await s.api(`/registrations/${first.id}`)).json();
  expect([after.status, after.returnReason]).toEqual(["returned", "推荐表缺少企业公章"]);
});

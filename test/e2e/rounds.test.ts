// 培育批次 in the browser, as the department works: 新建批次 from the first batch, its ratio set to 20% and
// its deadline moved; with the app bar on the new round, a city's quota, deadline and the dashboard follow
// it; switched back, the first batch's figures are as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { roundQuota } from "../../entities/round";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";

const { s, b } = serverAndBrowser();
let wuhan: { id: number; validGiants: number };
beforeAll(async () => {
  [wuhan] = await s.sql("SELECT id, validGiants FROM city WHERE code = '420100'");
});

const chooseRound = async (name: string) => {
  const { page } = b;
  await page.getByRole("combobox", { name: "培育批次" }).click();
  await page.getByRole("option", { name: new RegExp(`^${name}`) }).click();
};
/** The 推荐进度 card of 武汉市's page: its quota and deadline lines, and the quota rule. */
const cityCard = async () => {
  const card = b.page.locator(".MuiCard-root", { hasText: "推荐进度" });
  await card.waitFor();
  return (await card.innerText()).replace(/\s+/g, " ");
};

describe("a new round (培育批次)", () => {
  let firstCard = "";
  let firstNominations = "";
  it("logs in as the department and reads the first batch's figures", async () => {
    const { page } = b;
    await logIn(page, s.url, "admin");
    await page.getByRole("combobox", { name: "培育批次" }).waitFor();
    await expect.poll(() => page.getByRole("combobox", { name: "培育批次" }).innerText()).toContain("2025 年第一批");
    await page.goto(`${s.url}/#/cities/${wuhan.id}/show`);
    firstCard = await cityCard();
    expect(firstCard).toContain("× 30%");
    expect(firstCard).toContain(`名额 ${roundQuota({ quotaRatio: 30, quotaRounding: "ceil" }, wuhan.validGiants)}`);
    await page.goto(`${s.url}/#/progress`);
    firstNominations = await page
      .locator(".MuiCard-root", { hasText: "市州推荐（已推荐 / 名额）" })
      .first()
      .innerText();
  });

  it("is made from the first batch with 新建批次, and takes a 20% ratio and another deadline", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/rounds`);
    await page.getByRole("button", { name: "新建批次" }).click();
    await page.getByText("已新建“2025 年第二批”").waitFor();
    await expect.poll(() => page.getByLabel("批次名称").inputValue()).toBe("2025 年第二批");
    await page.getByLabel("推荐名额比例（%）").fill("20");
    await page.getByLabel("推荐截止日期").fill("2025-12-31");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("更新成功").first().waitFor();
    const [row] = await s.sql("SELECT quotaRatio, deadline, status FROM round WHERE name = '2025 年第二批'");
    expect([Number(row.quotaRatio), row.deadline, row.status]).toEqual([20, "2025-12-31", "preparing"]);
  });

  it("gives a city's quota and deadline and the dashboard of the round chosen in the app bar", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/cities/${wuhan.id}/show`);
    await cityCard();
    await chooseRound("2025 年第二批");
    const quota = roundQuota({ quotaRatio: 20, quotaRounding: "ceil" }, wuhan.validGiants);
    await expect.poll(cityCard).toContain("× 20%");
    const second = await cityCard();
    expect(second).toContain(`名额 ${quota}`);
    expect(second).toContain("2025-12-31");
    expect(second).toContain("已推荐 0");
    await page.goto(`${s.url}/#/progress`);
    await page.getByRole("heading", { name: "2025 年第二批培育赋能工作（全省）" }).waitFor();
    const nominations = await page
      .locator(".MuiCard-root", { hasText: "市州推荐（已推荐 / 名额）" })
      .first()
      .innerText();
    expect(nominations.replace(/\s+/g, "")).toMatch(/^市州推荐（已推荐\/名额）0/);
  });

  it("shows the first batch's figures unchanged when switched back", async () => {
    const { page } = b;
    await chooseRound("2025 年第一批");
    await page.getByRole("heading", { name: "2025 年第一批培育赋能工作（全省）" }).waitFor();
    await expect
      .poll(() => page.locator(".MuiCard-root", { hasText: "市州推荐（已推荐 / 名额）" }).first().innerText())
      .toBe(firstNominations);
    await page.goto(`${s.url}/#/cities/${wuhan.id}/show`);
    await expect.poll(cityCard).toBe(firstCard);
    expect(b.errors).toEqual([]);
  });

  it("is read only for a city bureau once closed: no 新建 in its lists", async () => {
    const { page } = b;
    const [second] = await s.sql("SELECT id FROM round WHERE name = '2025 年第二批'");
    expect((await s.json("PUT", `/rounds/${second.id}`, { status: "closed" })).status).toBe(200);
    await page.getByRole("button", { name: /省经信厅/ }).click();
    await page.getByRole("menuitem", { name: "退出登录" }).click();
    await logIn(page, s.url, "wuhan");
    await page.getByRole("combobox", { name: "培育批次" }).waitFor();
    await page.goto(`${s.url}/#/registrations`);
    await page.getByRole("link", { name: "新建" }).waitFor();
    await chooseRound("2025 年第二批");
    await expect.poll(() => page.getByRole("combobox", { name: "培育批次" }).innerText()).toContain("已结束，只读");
    await expect.poll(() => page.getByRole("link", { name: "新建" }).count()).toBe(0);
    await chooseRound("2025 年第一批");
    await page.getByRole("link", { name: "新建" }).waitFor();
    expect(b.errors).toEqual([]);
  });
});

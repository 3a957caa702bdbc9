// 推荐 on the enterprise list, as the 武汉 bureau does it: twenty enterprises in one dialog and one request;
// with an expired enterprise among them, the dialog names it and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, setCityDeadline } from "../helpers";
import { serverAndBrowser } from "./serverAndBrowser";

const { s, b } = serverAndBrowser();
let wuhanId: number;
const NOMINATED_AT = "2025-06-20";
/** The requests the page sends to the bulk nomination endpoint. */
const posted: string[] = [];

beforeAll(async () => {
  [{ id: wuhanId }] = await s.sql("SELECT id FROM city WHERE code = '420100'");
  // The seeds' deadline has passed and the quota is used up: the department extends the one, and the
  // city's count of valid giants is raised so twenty more fit in the quota (no over-quota reason asked).
  await setCityDeadline(s, wuhanId, "2099-12-31");
  await s.sql(`UPDATE city SET validGiants = 2000 WHERE id = ${wuhanId}`);
  b.page.on("request", (r) => {
    if (r.url().includes("/api/registrations/bulk-create")) posted.push(r.method());
  });
});

const registrations = async () => Number((await s.sql("SELECT COUNT(*) n FROM registration"))[0].n);
/** 武汉 enterprises valid on the nomination date and never registered. */
const free = async (n: number): Promise<number[]> =>
  (
    await s.sql(
      `SELECT id FROM enterprise WHERE cityId = ${wuhanId} AND validUntil >= '${NOMINATED_AT}' AND id NOT IN (SELECT enterpriseId FROM registration) ORDER BY id LIMIT ${n}`,
    )
  ).map((r: any) => r.id);

/** The enterprise list showing exactly these enterprises, all of them selected, and the 推荐 dialog open. */
async function openDialogFor(ids: number[]) {
  const { page } = b;
  await page.goto(`${s.url}/#/enterprises?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}&perPage=25`);
  await page.getByText(`共 ${ids.length} 条`, { exact: false }).first().waitFor();
  await page.getByRole("checkbox", { name: "全选" }).first().check();
  await page.getByRole("button", { name: "推荐", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByText(`推荐 ${ids.length} 家企业`).waitFor();
  await dialog.getByLabel("推荐日期").fill(NOMINATED_AT);
  await dialog.getByLabel("人才培训").check();
  return dialog;
}

describe("nominating from the enterprise list", () => {
  it("logs in as the 武汉 bureau", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/enterprises`);
    await page.getByLabel("用户名").fill("wuhan");
    await page.getByRole("textbox", { name: "密码" }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByText("武汉市经信局（wuhan）").waitFor();
  });

  it("offers the bureau no city to choose, and at 1,280 px its filters side by side and no name squeezed", async () => {
    const { page } = b;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${s.url}/#/trainees`);
    const search = page.getByRole("textbox", { name: "搜索" });
    const enterprise = page.getByRole("combobox", { name: "企业", exact: true });
    await enterprise.waitFor();
    expect(await page.getByRole("combobox", { name: "所属市州" }).count()).toBe(0);
    expect(await page.locator(".RaList-main").getByText("所属市州", { exact: true }).count()).toBe(0);
    // The two filters on one row, below the buttons.
    const [a, c] = [(await search.boundingBox())!, (await enterprise.boundingBox())!];
    expect(Math.abs(a.y + a.height / 2 - (c.y + c.height / 2))).toBeLessThan(8);
    expect(c.x).toBeGreaterThan(a.x + a.width - 1);
    // An enterprise's name keeps a readable width (it had been squeezed to about three characters a line).
    const cell = page
      .locator("tbody td.wraps")
      .filter({ has: page.locator("a") })
      .first();
    await cell.waitFor();
    expect((await cell.boundingBox())!.width).toBeGreaterThan(80);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("nominates twenty selected enterprises in one dialog with one request", async () => {
    const ids = await free(20);
    expect(ids).toHaveLength(20);
    const before = await registrations();
    const dialog = await openDialogFor(ids);
    posted.length = 0;
    await dialog.getByRole("button", { name: "确认推荐" }).click();
    await b.page.getByText("已推荐 20 家企业").waitFor();
    expect(posted).toEqual(["POST"]);
    expect(await registrations()).toBe(before + 20);
    const rows = await s.sql(
      `SELECT enterpriseId, status, needTraining FROM registration WHERE enterpriseId IN (${ids.join(",")})`,
    );
    expect(rows).toHaveLength(20);
    expect(rows.every((r: any) => r.status === "nominated" && !!r.needTraining)).toBe(true);
  });

  it("names an expired enterprise in the dialog and writes nothing", async () => {
    const [expired] = await s.sql(
      `SELECT id, name, validUntil FROM enterprise WHERE cityId = ${wuhanId} AND validUntil < '${NOMINATED_AT}' AND id NOT IN (SELECT enterpriseId FROM registration) ORDER BY id LIMIT 1`,
    );
    const ids = [...(await free(19)), expired.id];
    const before = await registrations();
    const dialog = await openDialogFor(ids);
    posted.length = 0;
    await dialog.getByRole("button", { name: "确认推荐" }).click();
    const alert = dialog.getByRole("alert");
    await alert.getByText("以下 1 家企业不能推荐，本次未推荐任何企业").waitFor();
    await alert.getByText(expired.name).waitFor();
    expect(await alert.innerText()).toContain(`有效期至 ${expired.validUntil}`);
    expect(posted).toEqual(["POST"]);
    expect(await registrations()).toBe(before);
    expect(b.errors).toEqual([]);
  });
});

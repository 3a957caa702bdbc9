// The admin in a real browser against the real server on a fresh seeded database.
import ExcelJS from "exceljs";
import englishMessages from "ra-language-english";
import { describe, expect, it } from "vitest";
import { resources } from "../../entities/registry";
import { DEMO_ACCOUNTS } from "../../server/accounts";
import { listQuery, TEST_PASSWORD } from "../helpers";
import { serverAndBrowser } from "./serverAndBrowser";

const { s, b } = serverAndBrowser();

const total = async (key: string, filter: object) =>
  Number((await s.api(`/${key}${listQuery({ filter, range: [0, 0] })}`)).headers.get("content-range")!.split("/")[1]);

/** Every English message of react-admin, long enough to be recognisable on a page. */
const english: string[] = [];
(function collect(o: unknown) {
  if (typeof o === "string")
    o.split("||||")
      .map((x) => x.replace(/%\{\w+\}/g, "").trim())
      .filter((x) => x.length >= 4 && /[a-z]{3}/.test(x))
      .forEach((x) => english.push(x));
  else if (o && typeof o === "object") Object.values(o).forEach(collect);
})(englishMessages);

/** Latin words left on a page once data that is Latin by nature (e-mail, web addresses, codes) is removed. */
function latinWords(text: string) {
  const stripped = text
    .replace(/\S+@\S+/g, "")
    .replace(/（[\w.-]+）/g, "") // the login name beside the user's name
    .replace(new RegExp(`\\b(${DEMO_ACCOUNTS.map((a) => a.username).join("|")}|system)\\b`, "g"), "") // login names in users and the log
    .replace(/https?:\/\/\S+/g, "")
    .replace(/\b[0-9A-Z][0-9A-Z-]{5,}\b/g, "");
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !/^(excel|csv|xlsx|pdf|gb)$/i.test(w)); // file types, and GB/T, the national standards' prefix
}

/**
 * No Latin word left on the page (see latinWords) but the custom fields' own codes on their pages, no
 * react-admin English message, no raw ISO time.
 */
async function expectChineseOnly(path: string) {
  const { page } = b;
  await page.goto(`${s.url}/#${path}`);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => document.body.innerText);
  // On the custom fields' pages the codes themselves are Latin: the seeds' 回访方式 (visitMode, with its
  // options' values onsite, phone, online) and the code's example (如 registeredCapital). Nothing else is.
  const codes = path.startsWith("/customFields") ? ["visitMode", "onsite", "phone", "online", "registeredCapital"] : [];
  const words = latinWords(text).filter((w) => !codes.includes(w));
  expect({ path, words }).toEqual({ path, words: [] });
  expect({ path, english: english.filter((m) => text.includes(m)) }).toEqual({ path, english: [] });
  // Every time is shown in Beijing time as 2026-11-29 22:48, never as a raw ISO instant.
  expect({ path, iso: text.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g) ?? [] }).toEqual({ path, iso: [] });
}

describe("the admin", () => {
  it("asks for a login in Chinese and refuses a wrong password", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/enterprises`);
    await page.getByText("专精特新“小巨人”培育赋能管理平台").waitFor();
    await page.getByLabel("用户名").fill("admin");
    await page.getByRole("textbox", { name: "密码" }).fill("wrong-password-1");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByText("用户名或密码不正确").waitFor();
    await page.getByRole("textbox", { name: "密码" }).fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByText("省经信厅中小企业发展处（admin）").waitFor();
  });

  it("filters the enterprise list by a city, selects every matching row and exports them as xlsx", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/enterprises`);
    await page.getByRole("button", { name: "武汉市" }).first().click();
    const expected = await total("enterprises", { cityId: 1 });
    await page.getByText(`共 ${expected} 条`, { exact: false }).first().waitFor();
    await page.getByRole("checkbox", { name: "全选" }).first().check();
    await page.getByRole("button", { name: `选择全部 ${expected} 条符合条件的记录` }).click();
    await page.getByText(`已选择全部 ${expected} 条符合条件的记录`).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".RaBulkActionsToolbar-toolbar").getByRole("button", { name: "导出 Excel" }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1, 5)).toEqual([
      "编号",
      "企业名称",
      "统一社会信用代码",
      "所属市州",
    ]);
    expect(ws.rowCount - 1).toBe(expected);
    const cities = new Set((ws.getColumn(4).values as unknown[]).slice(2));
    expect([...cities]).toEqual(["武汉市"]);
  });

  it("shows the Chinese error of a bad ID number on the edit form, and saves nothing", async () => {
    const { page } = b;
    const before = await (await s.api("/trainees/1")).json();
    await page.goto(`${s.url}/#/trainees/1`);
    const input = page.getByRole("textbox", { name: /^身份证号码/ });
    await input.fill(before.idNumber.slice(0, 17) + (before.idNumber[17] === "1" ? "2" : "1"));
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("身份证号码校验位不正确").first().waitFor();
    expect((await (await s.api("/trainees/1")).json()).version).toBe(before.version);
  });

  it("shows the server's conflict on the field it concerns", async () => {
    const { page } = b;
    const first = await (await s.api("/enterprises/1")).json();
    const before = await (await s.api("/enterprises/2")).json();
    await page.goto(`${s.url}/#/enterprises/2`);
    await page.getByLabel("统一社会信用代码").fill(first.creditCode);
    await page.getByRole("button", { name: "保存" }).click();
    await page.locator(".MuiFormHelperText-root.Mui-error", { hasText: "已存在" }).first().waitFor();
    expect((await (await s.api("/enterprises/2")).json()).creditCode).toBe(before.creditCode);
  });

  it("changes one field of the selected rows in one bulk action", async () => {
    const { page } = b;
    await page.goto(
      `${s.url}/#/registrations?filter=${encodeURIComponent(JSON.stringify({ status: "nominated" }))}&sort=id&order=ASC`,
    );
    const expected = await total("registrations", { status: "nominated" });
    await page.getByText(`共 ${expected} 条`, { exact: false }).first().waitFor();
    const rows = page.locator("tbody tr");
    // The first two rows in the page's order (编号 ascending; the 编号 column itself is in 显示列).
    const first = await (
      await s.api(`/registrations${listQuery({ filter: { status: "nominated" }, sort: ["id", "ASC"], range: [0, 1] })}`)
    ).json();
    const ids = first.map((r: { id: number }) => r.id);
    await rows.nth(0).getByRole("checkbox").check();
    await rows.nth(1).getByRole("checkbox").check();
    await page.getByRole("button", { name: "批量修改" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox", { name: "修改字段" }).click();
    await page.getByRole("option", { name: "状态" }).click();
    await dialog.getByRole("combobox", { name: "状态", exact: true }).click();
    await page.getByRole("option", { name: "已通过" }).click();
    await dialog.getByRole("button", { name: "确认" }).click();
    await page.getByText("已修改 2 条记录").waitFor();
    for (const id of ids) expect((await (await s.api(`/registrations/${id}`)).json()).status).toBe("approved");
  });

  it("creates a record through the form", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/reviewCriteria/create`);
    await page.getByLabel("指标名称").fill("成果转化前景");
    await page.getByLabel("权重（%）").fill("15");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("成果转化前景").first().waitFor();
    const found = await (await s.api(`/reviewCriteria${listQuery({ filter: { q: "成果转化前景" } })}`)).json();
    expect(page.url()).toMatch(/#\/reviewCriteria\/\d+\/show$/);
    expect(found).toHaveLength(1);
    expect(found[0].weight).toBe(15);
  });

  it("records attendance in a session's grid", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/classSessions/1/show/attendance`);
    const [first] = await s.sql(
      "SELECT t.id, t.name, a.status FROM trainee t JOIN attendance a ON a.traineeId = t.id WHERE a.sessionId = 1 AND a.date = '2025-07-03' ORDER BY t.id LIMIT 1",
    );
    const cell = page.getByRole("button", { name: `${first.name} 2025-07-03` });
    const next = { present: "leave", leave: "absent", absent: "present" }[first.status as string]!;
    await cell.click();
    await page.getByRole("button", { name: "保存考勤" }).click();
    await page.getByText("考勤已保存，变更 1 条").waitFor();
    const [after] = await s.sql(`SELECT status FROM attendance WHERE traineeId = ${first.id} AND date = '2025-07-03'`);
    expect(after.status).toBe(next);
  });

  it("shows a city's quota and progress on its page", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/cities/1/show`);
    await page.getByText("推荐进度").waitFor();
    await page.getByText("名额 = 有效期内小巨人企业数 × 30%，向上取整").first().waitFor();
  });

  it("imports a sheet: preview first, then commit", async () => {
    const { page } = b;
    const [e] = await s.sql("SELECT id, name, contactName FROM enterprise WHERE cityId = 3 ORDER BY id LIMIT 1");
    const csv = `\uFEFF编号,企业名称,工作联系人\r\n${e.id},${e.name},导入测试联系人\r\n`;
    // react-admin keeps the earlier test's selection in its store; start the list afresh.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${s.url}/#/enterprises`);
    await page.getByRole("button", { name: "导入" }).click();
    await page
      .locator("input[type=file][accept='.xlsx,.csv']")
      .setInputFiles({ name: "联系人更新.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByText("新增 0 条，更新 1 条，无变化 0 条，错误 0 条。").waitFor();
    expect((await s.sql(`SELECT contactName FROM enterprise WHERE id = ${e.id}`))[0].contactName).toBe(e.contactName);
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("导入完成：新增 0 条，更新 1 条").waitFor();
    expect((await s.sql(`SELECT contactName FROM enterprise WHERE id = ${e.id}`))[0].contactName).toBe(
      "导入测试联系人",
    );
  });

  it("shows the programme's progress with its charts", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/progress`);
    await page.getByText("各市州进度").waitFor();
    expect(await page.locator("svg[role=img]").count()).toBeGreaterThanOrEqual(2);
  });

  it.each([
    "/",
    "/progress",
    "/enterprises/1/show/history",
    "/auditLogs",
    ...resources.flatMap((r) => [`/${r.key}`, ...(r.readOnlyResource ? [] : [`/${r.key}/create`]), `/${r.key}/1/show`]),
  ])("has no English on %s", async (path) => {
    if (path === "/selectedProjects/1/show") return; // no project is selected in the seed data
    await expectChineseOnly(path);
  });

  it("raised no error in the page", () => {
    expect(b.errors).toEqual([]);
  });
});

// 自定义字段 in a real browser (#18 part 2, "Done when"): the department adds 注册资本（万元） to the
// enterprises; a city fills it on a form (a wrong value gets its Chinese message on the field), filters
// ≥ 500 in the list, exports it under its label in xlsx and CSV, and imports a sheet with that column.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";

const { s, b } = serverAndBrowser();

it("the department adds 注册资本（万元） to the enterprises", async () => {
  const { page } = b;
  await logIn(page, s.url, "admin");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  await page.getByRole("menuitem", { name: "自定义字段" }).click();
  await page.waitForURL(/#\/customFields/);
  await page.goto(`${s.url}/#/customFields/create`);
  await page.getByRole("combobox", { name: /^所属资源/ }).click();
  await page.getByRole("option", { name: "企业", exact: true }).click();
  await page.getByRole("textbox", { name: /^字段代码/ }).fill("registeredCapital");
  await page.getByRole("textbox", { name: /^字段名称/ }).fill("注册资本（万元）");
  await page.getByRole("combobox", { name: /^字段类型/ }).click();
  await page.getByRole("option", { name: "小数" }).click();
  await page.getByRole("spinbutton", { name: /^最小值/ }).fill("0");
  for (const flag of ["列表显示", "可筛选", "可排序"]) await page.getByLabel(flag, { exact: true }).check();
  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/#\/customFields\/\d+\/show/);
  const [field] = await s.sql("SELECT * FROM custom_field WHERE key = 'registeredCapital'");
  expect(field).toMatchObject({ resource: "enterprises", label: "注册资本（万元）", type: "number" });
  // Its key and type are fixed once saved: its form shows them read only.
  await page.goto(`${s.url}/#/customFields/${field.id}`);
  await page.getByRole("textbox", { name: /^字段名称/ }).waitFor();
  expect(await page.getByRole("textbox", { name: /^字段代码/ }).isEditable()).toBe(false);
  expect(await page.getByRole("textbox", { name: /^字段名称/ }).isEditable()).toBe(true);
  expect(b.errors).toEqual([]);
});

it("a city fills it on an enterprise's form; a wrong value gets its Chinese message on the field", async () => {
  const { page } = b;
  await page.context().clearCookies();
  await logIn(page, s.url, "wuhan");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  const [e] = await s.sql("SELECT id FROM enterprise WHERE cityId = 1 ORDER BY id LIMIT 1");
  await page.goto(`${s.url}/#/enterprises/${e.id}`);
  const input = page.getByRole("spinbutton", { name: /^注册资本（万元）/ });
  await input.fill("-5");
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByText("注册资本（万元）不能小于 0").first().waitFor();
  expect((await (await s.api(`/enterprises/${e.id}`)).json()).registeredCapital).toBeUndefined();
  await input.fill("800");
  await page.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/\/show$/);
  await page.getByText("800").first().waitFor();
  expect((await (await s.api(`/enterprises/${e.id}`)).json()).registeredCapital).toBe(800);
  expect(b.errors).toEqual([]);
});

it("the city filters ≥ 500 in the list and exports it under its label", async () => {
  const { page } = b;
  const [e] = await s.sql("SELECT id, name FROM enterprise WHERE cityId = 1 ORDER BY id LIMIT 1");
  await page.goto(`${s.url}/#/enterprises`);
  await page.getByRole("button", { name: "添加筛选条件" }).click();
  await page.getByRole("menu").getByText("注册资本（万元）≥", { exact: true }).click();
  await page.keyboard.press("Escape");
  await page.getByRole("spinbutton", { name: /^注册资本（万元）≥/ }).fill("500");
  await page.getByText("共 1 条", { exact: false }).first().waitFor();
  await page.locator("tbody tr").filter({ hasText: e.name }).first().waitFor();
  for (const [name, format] of [
    ["导出 Excel", "xlsx"],
    ["导出 CSV", "csv"],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name }).first().click(),
    ]);
    const path = await download.path();
    if (format === "xlsx") {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const heads = (wb.worksheets[0].getRow(1).values as unknown[]).map(String);
      const col = heads.indexOf("注册资本（万元）");
      expect(col).toBeGreaterThan(0);
      expect(wb.worksheets[0].rowCount).toBe(2);
      expect(wb.worksheets[0].getRow(2).getCell(col).value).toBe(800);
    } else {
      const [head, row] = readFileSync(path, "utf8")
        .replace(/^\uFEFF/, "")
        .split("\r\n");
      const col = head.split(",").indexOf("注册资本（万元）");
      expect(col).toBeGreaterThan(0);
      expect(row.split(",")[col]).toBe("800");
    }
  }
  expect(b.errors).toEqual([]);
});

it("a sheet with that column imports into it", async () => {
  const { page } = b;
  const [, e] = await s.sql("SELECT id, name FROM enterprise WHERE cityId = 1 ORDER BY id LIMIT 2");
  await page.goto(`${s.url}/#/enterprises`);
  await page.getByRole("button", { name: "导入" }).first().click();
  await page.getByRole("combobox", { name: "导入类型" }).click();
  await page.getByRole("option", { name: "企业名单" }).click();
  await page.locator("input[type=file]").setInputFiles({
    name: "注册资本.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`编号,企业名称,注册资本（万元）\r\n${e.id},${e.name},650\r\n`),
  });
  await page.getByText("新增 0 条，更新 1 条，无变化 0 条，错误 0 条。").waitFor();
  await page.getByRole("button", { name: "确认导入" }).click();
  await page.getByText("导入完成：新增 0 条，更新 1 条").first().waitFor();
  expect((await (await s.api(`/enterprises/${e.id}`)).json()).registeredCapital).toBe(650);
  expect(b.errors).toEqual([]);
});

it("the department deletes it after a confirmation that says its values go with it", async () => {
  const { page } = b;
  await page.context().clearCookies();
  await logIn(page, s.url, "admin");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  const [field] = await s.sql("SELECT id FROM custom_field WHERE key = 'registeredCapital'");
  await page.goto(`${s.url}/#/customFields/${field.id}`);
  await page.getByRole("button", { name: "删除" }).click();
  await page.getByText(/所有记录中该字段已填写的值将一并删除/).waitFor();
  await page.getByRole("button", { name: "确认" }).click();
  await page.waitForURL(/#\/customFields$/);
  expect(await s.sql("SELECT id FROM custom_field WHERE key = 'registeredCapital'")).toEqual([]);
  const [held] = await s.sql("SELECT COUNT(*) AS n FROM enterprise WHERE custom LIKE '%registeredCapital%'");
  expect(Number(held.n)).toBe(0);
  expect(b.errors).toEqual([]);
});

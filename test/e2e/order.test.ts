// Familiar order and less typing in the forms (issue 16, items 4–6), at 1,280 px: the 所属市州 dropdown in
// GB/T 2260 code order (武汉市 first), classes in their own order, 民族 (56) narrowed by typing, and a
// city bureau's new enterprise with its own city filled in and fixed.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ETHNICITIES } from "../../entities/options";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";

const { s, b } = serverAndBrowser();
beforeAll(async () => {
  await b.page.setViewportSize({ width: 1280, height: 900 });
});

async function loginAs(page: Page, username: string) {
  await page.context().clearCookies();
  await logIn(page, s.url, username);
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
}

/** The options an autocomplete offers once opened (and, when given, after typing `text`). */
async function optionsOf(page: Page, name: RegExp, text?: string) {
  const box = page.getByRole("combobox", { name });
  await box.click();
  if (text !== undefined) await box.fill(text);
  const listbox = page.getByRole("listbox");
  await listbox.getByRole("option").first().waitFor();
  // Let a reference's request for the typed text answer before reading.
  await page.waitForTimeout(600);
  const texts = await listbox.getByRole("option").allTextContents();
  await page.keyboard.press("Escape");
  return texts.map((t) => t.trim());
}

describe("the department's forms", () => {
  beforeAll(() => loginAs(b.page, "admin"));

  it("offers the cities in GB/T 2260 code order, 武汉市 first, 神农架林区 last", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/enterprises/create`);
    const cities: { name: string; code: string }[] = await s.sql(`SELECT name, code FROM city`);
    const byCode = cities.sort((a, b) => a.code.localeCompare(b.code)).map((c) => c.name);
    const offered = await optionsOf(page, /所属市州/);
    expect(offered[0]).toBe("武汉市");
    expect(offered).toEqual(byCode);
    expect(offered.at(-1)).toBe("神农架林区");
    await page.screenshot({ path: "/tmp/order-enterprise-create.png" });
  });

  it("narrows 民族 (56 choices) by typing, and offers classes in their own order", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/trainees/create`);
    // All 56 but the one chosen (汉族 by default), which the autocomplete leaves out of its list.
    expect(await page.getByRole("combobox", { name: /民族/ }).inputValue()).toBe("汉族");
    const all = await optionsOf(page, /民族/);
    expect(all).toEqual(ETHNICITIES.map((o) => o.label).filter((l) => l !== "汉族"));
    const narrowed = await optionsOf(page, /民族/, "回");
    expect(narrowed).toEqual(["回族"]);
    const classes = await optionsOf(page, /录取班次/);
    const at = (w: string) => classes.findIndex((n) => n.includes(w));
    expect(at("综合1班")).toBeGreaterThanOrEqual(0);
    expect(at("综合1班")).toBeLessThan(at("综合2班"));
    expect(at("综合2班")).toBeLessThan(at("行业班"));
  });

  it("finds an enterprise by typing part of its name, shown by its name", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/trainees/create`);
    const [{ name }] = await s.sql(`SELECT name FROM enterprise ORDER BY id LIMIT 1`);
    const found = await optionsOf(page, /^企业/, String(name).slice(2, 8));
    expect(found).toContain(name);
  });
});

describe("a city bureau", () => {
  beforeAll(() => loginAs(b.page, "wuhan"));

  it("starts a new enterprise with 武汉市 filled in and fixed", async () => {
    const { page } = b;
    await page.goto(`${s.url}/#/enterprises/create`);
    const city = page.getByRole("combobox", { name: /所属市州/ });
    await expect.poll(() => city.inputValue()).toBe("武汉市");
    expect(await city.isEditable()).toBe(false);
    await page.screenshot({ path: "/tmp/order-city-create.png" });
  });
});

it("raised no error in the page", () => {
  expect(b.errors).toEqual([]);
});

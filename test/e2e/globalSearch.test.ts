// The app bar's search (issue 16, item 10): type an enterprise's name, see the matches grouped by
// resource (its trainees, demands… beside it), move with the keyboard and open the record; each group
// links to its list filtered by the term. At 1,280 px.
import { beforeAll, expect, it } from "vitest";
import type { SearchAnswer } from "../../entities/api";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";

const { s, b } = serverAndBrowser();
beforeAll(async () => {
  await b.page.setViewportSize({ width: 1280, height: 800 });
});

it("finds an enterprise by name from the app bar and opens its record", async () => {
  const { page } = b;
  const [e] = await s.sql(
    "SELECT e.id, e.name FROM enterprise e WHERE EXISTS (SELECT 1 FROM trainee t WHERE t.enterpriseId = e.id) ORDER BY e.id LIMIT 1",
  );
  await logIn(page, s.url, "admin");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();

  const box = page.getByRole("combobox", { name: /全局搜索/ });
  await box.click();
  await box.fill("武");
  await page.getByText("请至少输入 2 个字").waitFor();
  const answered = page.waitForResponse((r) => r.url().includes("/api/search?"));
  await box.fill(e.name);
  const answer: SearchAnswer = await (await answered).json();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  // Grouped: the enterprise itself, and its trainees under 学员 with the enterprise's name beside them.
  for (const g of answer.groups) await listbox.getByText(g.label, { exact: true }).waitFor();
  expect(answer.groups.map((g) => g.resource)).toEqual(expect.arrayContaining(["enterprises", "trainees"]));
  await listbox.getByRole("option", { name: e.name, exact: true }).waitFor();
  const ents = answer.groups.find((g) => g.resource === "enterprises")!;
  await listbox
    .getByRole("option", { name: `查看全部 ${ents.total} 条` })
    .first()
    .waitFor();

  // Esc closes, typing opens again; the first option (the enterprise) is highlighted and Enter opens it.
  await page.keyboard.press("Escape");
  await expect.poll(() => listbox.count()).toBe(0);
  await box.press("ArrowDown");
  await listbox.waitFor();
  expect(answer.groups[0].records[0].id).toBe(e.id);
  const first = listbox.getByRole("option").first();
  await expect.poll(() => first.getAttribute("class")).toMatch(/Mui-focused/);
  await page.keyboard.press("Enter");
  await page.waitForURL(new RegExp(`#/enterprises/${e.id}/show$`));
  await page.getByText(e.name).first().waitFor();
});

it("opens a group's list filtered by the term", async () => {
  const { page } = b;
  const box = page.getByRole("combobox", { name: /全局搜索/ });
  await box.click();
  await box.fill("公司");
  const all = page
    .getByRole("listbox")
    .getByRole("option", { name: /^查看全部 \d+ 条$/ })
    .first();
  const text = (await all.textContent())!;
  await all.click();
  await page.waitForURL(/#\/enterprises\?filter=/);
  await page
    .getByText(`共 ${/\d+/.exec(text)![0]} 条`)
    .first()
    .waitFor();
});

it("raised no error in the page", () => {
  expect(b.errors).toEqual([]);
});

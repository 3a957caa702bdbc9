// 待办 in the browser: every role lands on it after login, and each item opens a list whose total is the
// item's count (read from the list request the page makes, and from the page's own range line).
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../server/accounts";
import type { TodoAnswer } from "../../entities/api";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";
import { todoLink } from "../../admin/src/todo/useTodo";

const { s, b } = serverAndBrowser();

describe.each(DEMO_ACCOUNTS.map((a) => [a.username, a.role] as const))("%s (%s)", (username, role) => {
  it("lands on its 待办 after login, and every item opens exactly its records", async () => {
    const { page } = b;
    await page.context().clearCookies();
    await logIn(page, s.url, username);
    await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
    expect(new URL(page.url()).hash).toBe("#/");
    const todo: TodoAnswer = await page.evaluate(() => fetch("/api/todo").then((r) => r.json()));
    if (role === "viewer") {
      await page.getByText("暂无待办事项").waitFor();
      return;
    }
    expect(todo.items.length).toBeGreaterThan(0);
    for (const item of todo.items) {
      await page.goto(`${s.url}/#/`);
      await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
      const link = page.getByRole("link", { name: `${item.title}：${item.count}` });
      if (item.path) {
        await link.click();
        expect(new URL(page.url()).hash).toBe(`#${item.path}`);
        continue;
      }
      const listed = page.waitForResponse(
        (r) =>
          r.url().includes(`/api/${item.resource}?`) && r.url().includes("filter=") && r.request().method() === "GET",
      );
      await link.click();
      expect(new URL(page.url()).hash).toBe(`#${todoLink(item)}`);
      const total = Number((await listed).headers()["content-range"].split("/")[1]);
      expect(total, item.key).toBe(item.count);
      await page.getByText(`共 ${item.count} 条`).first().waitFor();
    }
  });
});

it("raised no error in the page", () => {
  expect(b.errors).toEqual([]);
});

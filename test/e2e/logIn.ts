// Logging in through the login page, as a person would (kept apart from browser.ts, which the global set-up loads).
import type { Page } from "playwright-core";
import { TEST_PASSWORD } from "../helpers";
/** Logs in through the login page as a person would; `url` is the server's. */
export async function logIn(page: Page, url: string, username: string) {
  // A fresh document, as a person opening the panel has (signing in within one tab after another user is
  // test/e2e/sessions.test.ts's case).
  await page.goto("about:blank");
  await page.goto(`${url}/#/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByRole("textbox", { name: "密码" }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
}

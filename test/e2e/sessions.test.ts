// Two people in one tab, one after the other (admin/src/session.ts): an answer to the first one's session,
// arriving after the second signed in, is not taken for the second one's. A 401 to the last user's list does
// not sign the next user out, and the descriptions asked on the login page (answered 401, without a session)
// do not stand for the signed-in user's, whose custom fields show.
import type { Route } from "playwright-core";
import { expect, it } from "vitest";
import { TEST_PASSWORD } from "../helpers";
import { serverAndBrowser } from "./serverAndBrowser";

const { s, b } = serverAndBrowser();

/** Fills and sends the login form of the page shown now (no new document). */
async function signIn(username: string) {
  const { page } = b;
  await page.getByLabel("用户名").fill(username);
  await page.getByRole("textbox", { name: "密码" }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
}

/**
 * The next request whose path matches `path`, held as the browser sent it, with the session cookie it had then
 * (none on the login page).
 */
async function hold(path: RegExp) {
  let caught: (held: { route: Route; cookie: string }) => void;
  const held = new Promise<{ route: Route; cookie: string }>((resolve) => (caught = resolve));
  let taken = false;
  const matches = (url: URL) => path.test(url.pathname);
  await b.page.route(matches, async (route) => {
    if (taken) return route.continue();
    taken = true;
    const cookies = await b.page.context().cookies(s.url);
    caught({ route, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") });
  });
  return {
    held,
    /** Sends it on to the server now, with the cookie it was sent with, and gives the page that answer. */
    async release() {
      const { route, cookie } = await held;
      const request = route.request();
      const answer = await fetch(request.url(), { method: request.method(), headers: cookie ? { cookie } : {} });
      const body = Buffer.from(await answer.arrayBuffer());
      await route.fulfill({ status: answer.status, headers: Object.fromEntries(answer.headers), body });
      await b.page.unroute(matches);
      return answer.status;
    },
  };
}

it("keeps the next user signed in when the last user's list answers 401 after the sign-in", async () => {
  const { page } = b;
  await page.goto(`${s.url}/#/login`);
  await signIn("admin");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  // The department opens the enterprises; their list is held on its way to the server.
  const list = await hold(/^\/api\/enterprises$/);
  await page.goto(`${s.url}/#/enterprises`);
  await list.held;
  // Signed out (as a session ends elsewhere), the 武汉 bureau signs in in the same tab.
  await page.getByRole("button", { name: "个人中心" }).click();
  await page.getByRole("menuitem", { name: "退出登录" }).click();
  await page.getByRole("button", { name: "登录" }).waitFor();
  await signIn("wuhan");
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  // The department's list now reaches the server, with the session that has ended: 401.
  expect(await list.release()).toBe(401);
  await page.waitForTimeout(1500);
  await page.goto(`${s.url}/#/enterprises`);
  await page.getByRole("heading", { name: "企业" }).first().waitFor();
  expect(page.url()).not.toContain("#/login");
  await expect.poll(() => page.getByRole("button", { name: "登录" }).count()).toBe(0);
  expect(b.errors).toEqual([]);
});

it("shows the signed-in user's custom fields when the login page's descriptions answer after the sign-in", async () => {
  const { page } = b;
  const made = await s.api("/customFields", {
    method: "POST",
    body: JSON.stringify({ resource: "enterprises", key: "rdShare", label: "研发投入占比（%）", type: "number" }),
  });
  expect(made.status).toBe(201);
  await page.context().clearCookies();
  await page.goto("about:blank");
  // The login page asks for the descriptions without a session; that answer is held until after the sign-in.
  const asked = await hold(/^\/api\/descriptions$/);
  await page.goto(`${s.url}/#/login`);
  await asked.held;
  await signIn("admin");
  await page.waitForTimeout(500);
  expect(await asked.release()).toBe(401);
  await page.getByRole("heading", { name: /^待办事项/ }).waitFor();
  await page.goto(`${s.url}/#/enterprises/create`);
  await page.getByRole("spinbutton", { name: /^研发投入占比（%）/ }).waitFor();
  expect(b.errors).toEqual([]);
});

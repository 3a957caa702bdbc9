// A trainee's photo in a real browser: an <img> of the archived file on the record page and in the form,
// and none for the read-only user, who may not see ID documents.
import { expect, it } from "vitest";
import { png } from "../png";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";

const { s, b } = serverAndBrowser();

async function logInAs(username: string) {
  const { page } = b;
  await page.context().clearCookies();
  await logIn(page, s.url, username);
  await page.getByText(`（${username}）`).first().waitFor();
}

/** The photo's image once loaded: its natural size and where it comes from. */
const shownPhoto = () =>
  b.page.locator('img[alt="学员照片"]').evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight, src: img.src.slice(0, 5) };
  });

it("shows the trainee's photo as an image on the record page and in the form", async () => {
  const res = await s.api(`/trainees/1/attachments?kind=traineePhoto&fileName=${encodeURIComponent("证件照.png")}`, {
    method: "POST",
    headers: { "Content-Type": "application/octet-stream" },
    body: new Uint8Array(png(90, 120, 1)),
  });
  expect(res.status).toBe(201);
  await logInAs("admin");
  await b.page.goto(`${s.url}/#/trainees/1/show`);
  expect(await shownPhoto()).toEqual({ width: 90, height: 120, src: "blob:" });
  await b.page.goto(`${s.url}/#/trainees/1`);
  expect(await shownPhoto()).toEqual({ width: 90, height: 120, src: "blob:" });
  await b.page.getByRole("button", { name: "移除照片" }).waitFor();
  await b.page.getByText("更换照片").waitFor();
  // No base64 anywhere on the page.
  expect(await b.page.evaluate(() => document.body.innerText.includes("base64"))).toBe(false);
  expect(b.errors).toEqual([]);
});

it("removes the photo from the form, and says there is none", async () => {
  await b.page.goto(`${s.url}/#/trainees/1`);
  await b.page.getByRole("button", { name: "移除照片" }).click();
  await b.page.getByText("照片已移除").waitFor();
  await b.page.getByText("暂无照片").waitFor();
  expect(await (await s.api("/trainees/1/attachments")).json()).toEqual([]);
});

it("shows the read-only user no photo, and says why", async () => {
  await s.api(`/trainees/2/attachments?kind=traineePhoto&fileName=${encodeURIComponent("证件照.png")}`, {
    method: "POST",
    headers: { "Content-Type": "application/octet-stream" },
    body: new Uint8Array(png(90, 120, 2)),
  });
  await logInAs("viewer");
  await b.page.goto(`${s.url}/#/trainees/2/show`);
  await b.page.getByText("无权查看照片").waitFor();
  expect(await b.page.locator('img[alt="学员照片"]').count()).toBe(0);
});

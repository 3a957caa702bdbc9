// 企业在线填报 end to end in a real browser (issue 17): a city bureau invites an enterprise; the enterprise
// makes its account with the code, fills in 附件1-1 (its basic information and needs), two trainees with
// their photos and one demand, and submits; the city returns one form with a reason; the enterprise
// corrects it and submits again; the city approves; the nomination carries the needs as filled.
// SHOTS=/dir saves a screenshot of each step there.
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { TEST_PASSWORD, setCityDeadline } from "../helpers";
import { png } from "../png";
import { serverAndBrowser } from "./serverAndBrowser";
import { logIn } from "./logIn";

const { s, b } = serverAndBrowser();
let own: { id: number; name: string };
const ENTERPRISE_PASSWORD = "qiye-pass-2025";

beforeAll(async () => {
  await b.page.setViewportSize({ width: 1280, height: 900 });
  // 武汉市's deadline ahead; an enterprise of it with nothing filled in yet.
  await setCityDeadline(s, 1, "2099-12-31");
  [own] = await s.sql(
    `SELECT e.id, e.name FROM enterprise e WHERE e.cityId = 1
     AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.enterpriseId = e.id)
     AND NOT EXISTS (SELECT 1 FROM trainee t WHERE t.enterpriseId = e.id)
     AND NOT EXISTS (SELECT 1 FROM tech_demand d WHERE d.enterpriseId = e.id) ORDER BY e.id LIMIT 1`,
  );
});

const shot = async (name: string) => {
  if (process.env.SHOTS) await b.page.screenshot({ path: join(process.env.SHOTS, `${name}.png`), fullPage: true });
};
async function signOut() {
  await b.page.context().clearCookies();
  await b.page.goto(`${s.url}/#/login`);
  await b.page.reload();
}
async function logInAs(username: string, password = TEST_PASSWORD) {
  await signOut();
  if (password === TEST_PASSWORD) await logIn(b.page, s.url, username);
  else {
    await b.page.getByLabel("用户名").fill(username);
    await b.page.getByRole("textbox", { name: "密码" }).fill(password);
    await b.page.getByRole("button", { name: "登录" }).click();
  }
  await b.page.getByText(`（${username}）`).first().waitFor();
}
/** Picks an option of a select (an MUI Select) by the field's label. */
async function choose(label: string, option: string) {
  await b.page.getByRole("combobox", { name: label }).click();
  await b.page.getByRole("option", { name: option, exact: true }).click();
}
/** A form's input (or text area) by its field's name: labels repeat (a help text, a section title). */
const field = (name: string) => b.page.locator(`input[name="${name}"], textarea[name="${name}"]`).first();
const save = async () => {
  await b.page.getByRole("button", { name: "保存" }).click();
};
const myForms = () => b.page.getByRole("heading", { name: `${own.name}：培育赋能报名表` }).waitFor();
const row = (text: string) => b.page.getByRole("row").filter({ hasText: text });

let code = "";

it("a city bureau invites its enterprise: a one-time code to hand over", async () => {
  await logInAs("wuhan");
  await b.page.goto(`${s.url}/#/enterprises/${own.id}/show`);
  await b.page.getByRole("button", { name: "邀请企业在线填报" }).click();
  const dialog = b.page.getByRole("dialog");
  await dialog.getByText(own.name).first().waitFor();
  code = (await dialog.innerText()).match(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/)?.[0] ?? "";
  expect(code).not.toBe("");
  await shot("1-invitation");
});

it("the enterprise makes its account with the code and lands on 我的报名表", async () => {
  await signOut();
  await b.page.getByRole("link", { name: "企业首次登录（使用邀请码）" }).click();
  await b.page.locator("input[name=code]").fill(code);
  await b.page.locator("input[name=username]").fill("qiye");
  await b.page.locator("input[name=password]").fill(ENTERPRISE_PASSWORD);
  await b.page.locator("input[name=confirm]").fill(ENTERPRISE_PASSWORD);
  await shot("2-accept");
  await b.page.getByRole("button", { name: "创建账号并登录" }).click();
  await myForms();
  await b.page.getByText("尚未填写报名表").waitFor();
  await shot("3-my-forms-empty");
});

it("fills in its basic information and 附件1-1", async () => {
  await b.page.getByRole("link", { name: "修改基本信息" }).click();
  await field("legalRepresentative").fill("周志强");
  await save();
  await myForms();
  await b.page.getByRole("link", { name: "填写附件1-1 推荐表" }).click();
  await b.page.locator("input[name=needTraining]").check();
  await b.page.locator("input[name=needTech]").check();
  await field("suggestions").fill("希望组织同行企业交流数字化转型经验");
  await shot("4-registration-form");
  await save();
  await myForms();
  await row("附件1-1 推荐表").getByText("待填写").waitFor();
});

it("adds two trainees with their photos and one demand", async () => {
  for (const [n, name] of ["王建国", "李晓梅"].entries()) {
    await b.page.getByRole("link", { name: /^添加学员/ }).click();
    await field("name").fill(name);
    await choose("性别", n === 0 ? "男" : "女");
    // 17th digit odd for a man, even for a woman; the check character computed by the form's own rule.
    const first = n === 0 ? "42010219750302131" : "42010219800512242";
    const { idCheckChar } = await import("../../entities/codes");
    await field("idNumber").fill(first + idCheckChar(first));
    await field("mobile").fill(`1390000000${n}`);
    await field("title").fill(n === 0 ? "董事长" : "总经理");
    await choose("意向参加培训班次", "综合1班");
    await save();
    // Saved: the form again, where the photo goes.
    await b.page.getByRole("button", { name: "选择照片" }).waitFor();
    await b.page
      .locator("input[type=file][accept*='image']")
      .setInputFiles({ name: `${name}.png`, mimeType: "image/png", buffer: png(90, 120, n + 1) });
    await b.page.getByText("照片已保存").waitFor();
    await b.page.getByRole("menuitem", { name: "我的报名表" }).click();
    await myForms();
  }
  await b.page.getByRole("link", { name: "添加技术创新需求" }).click();
  await field("title").fill("精密减速器寿命提升");
  await field("industryProducts").fill("机器人精密减速器");
  await field("contactName").fill("陈工");
  await field("contactPhone").fill("027-87654321");
  await b.page.getByRole("checkbox", { name: "技术研发", exact: true }).check();
  await field("details").fill("减速器寿命不足 8000 小时，需提升材料与热处理工艺");
  await field("targets").fill("寿命达到 12000 小时");
  await save();
  await myForms();
  await expect.poll(() => b.page.getByRole("row").filter({ hasText: "待填写" }).count()).toBe(4);
  await shot("5-my-forms-filled");
});

it("submits them all; they wait for the city", async () => {
  await b.page.getByRole("button", { name: "提交报名表" }).click();
  await b.page.getByRole("button", { name: "确认提交" }).click();
  await b.page.getByText("已提交 4 份表格").waitFor();
  await expect.poll(() => b.page.getByRole("row").filter({ hasText: "已提交" }).count()).toBe(4);
  await shot("6-submitted");
});

it("the city returns one trainee's form with a reason", async () => {
  await logInAs("wuhan");
  await b.page.goto(`${s.url}/#/enterprise-forms`);
  await row(own.name).getByRole("link", { name: "审核" }).click();
  await b.page.getByRole("button", { name: "退回附件1-2 学员信息表（李晓梅）" }).click();
  await b.page.getByRole("dialog").getByRole("textbox").fill("现任职务请填写全称，如“总经理兼技术总监”");
  await shot("7-return");
  await b.page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await row("李晓梅").getByText("已退回").waitFor();
});

it("the enterprise sees the reason, corrects the form and submits again", async () => {
  await logInAs("qiye", ENTERPRISE_PASSWORD);
  await myForms();
  await row("李晓梅").getByText("现任职务请填写全称").waitFor();
  await shot("8-returned");
  await row("李晓梅").getByRole("link", { name: "修改" }).click();
  await field("title").fill("总经理兼技术总监");
  await save();
  await myForms();
  await b.page.getByRole("button", { name: "提交报名表" }).click();
  await b.page.getByRole("button", { name: "确认提交" }).click();
  await b.page.getByText("已提交 1 份表格").waitFor();
});

it("the city approves; the nomination carries the needs as filled", async () => {
  await logInAs("wuhan");
  await b.page.goto(`${s.url}/#/enterprise-forms`);
  await row(own.name).getByRole("link", { name: "审核" }).click();
  await b.page.getByRole("button", { name: /通过全部已提交/ }).click();
  await b.page.getByText("已通过").first().waitFor();
  await expect.poll(() => b.page.getByRole("row").filter({ hasText: "已通过" }).count()).toBe(4);
  await shot("9-approved");
  const [reg] = await s.sql(`SELECT * FROM registration WHERE enterpriseId = ${own.id}`);
  expect(reg).toMatchObject({
    status: "nominated",
    formStatus: "approved",
    suggestions: "希望组织同行企业交流数字化转型经验",
  });
  expect([reg.needTraining, reg.needTech, reg.needQuality].map(Boolean)).toEqual([true, true, false]);
  const trainees = await s.sql(
    `SELECT name, title, formStatus FROM trainee WHERE enterpriseId = ${own.id} ORDER BY id`,
  );
  expect(trainees).toEqual([
    { name: "王建国", title: "董事长", formStatus: "approved" },
    { name: "李晓梅", title: "总经理兼技术总监", formStatus: "approved" },
  ]);
  const [enterprise] = await s.sql(`SELECT legalRepresentative FROM enterprise WHERE id = ${own.id}`);
  expect(enterprise.legalRepresentative).toBe("周志强");
  expect(b.errors).toEqual([]);
});

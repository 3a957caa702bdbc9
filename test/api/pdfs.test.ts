// The printed forms (issue 17 part 3): every PDF is A4 (certificates landscape), its text read back with
// poppler's pdftotext holds the form's title, headings and the record's values in the paper's order, its
// first page rendered by pdftoppm shows ruled lines and dark text; the reader's masking and scope hold.
// Run on SQLite and on PostgreSQL.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maskIdentifier } from "../../entities/masks";
import { startServer, type Client, type TestServer } from "../helpers";
import { png } from "../png";

let s: TestServer;
let viewer: Client;
let wuhan: Client;
let dir: string;
const WUHAN = 1;

beforeAll(async () => {
  s = await startServer();
  [viewer, wuhan] = await Promise.all([s.as("viewer"), s.as("wuhan")]);
  dir = mkdtempSync(join(tmpdir(), "giants-pdfs-"));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await s.close();
});

let n = 0;
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { maxBuffer: 64 * 1024 * 1024 });

/** A downloaded PDF, checked as a PDF attachment with a Chinese name, and read back with poppler. */
async function download(c: Client, path: string, name: RegExp) {
  const res = await c.api(path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  const disposition = res.headers.get("content-disposition") ?? "";
  expect(disposition).toMatch(/^attachment;/);
  expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)![1])).toMatch(name);
  const file = join(dir, `${++n}.pdf`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const info = run("pdfinfo", [file]).toString();
  return {
    file,
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]),
    size: /^Page size:\s+(.*)$/m.exec(info)![1],
    text: run("pdftotext", ["-layout", file, "-"]).toString(),
    images: run("pdfimages", ["-list", file]).toString().trim().split("\n").slice(2),
  };
}
type Pdf = Awaited<ReturnType<typeof download>>;

const PORTRAIT = "595.28 x 841.89 pts (A4)";
const LANDSCAPE = "841.89 x 595.28 pts (A4)";

/**
 * Where each of `values` is in the text, in order, by index positions in the text without spaces and line
 * breaks. Each value is found by its first seven characters (what the narrowest cell holds on its first
 * line: a text that wraps inside its cell is split across lines of the layout). An array is one row of
 * the form: its cells are side by side, so their lines interleave in the layout (a label set in the middle
 * of a tall cell comes after its value's first line); they are found in any order among themselves, all
 * after everything before the row and before everything after it. Fails naming the value that is
 * missing or out of order.
 */
function expectInOrder(text: string, values: (unknown | unknown[])[]) {
  const flat = text.replace(/\s+/g, "");
  let at = -1;
  for (const item of values) {
    const row = Array.isArray(item) ? item : [item];
    const found = row.map((v) => {
      const needle = String(v).replace(/\s+/g, "").slice(0, 7);
      const i = flat.indexOf(needle, at + 1);
      expect(i, `“${needle}” after position ${at}`).toBeGreaterThan(at);
      return i;
    });
    at = Math.max(...found);
  }
}

/** The first page at 50 dpi in grey levels (pdftoppm's PNG, decoded here). */
function firstPage(file: string) {
  const out = join(dir, `page${++n}`);
  run("pdftoppm", ["-png", "-gray", "-r", "50", "-f", "1", "-l", "1", "-singlefile", file, out]);
  return decodeGreyPng(readFileSync(`${out}.png`));
}

/** An 8-bit greyscale (or RGB) PNG's pixels as grey levels. */
function decodeGreyPng(data: Buffer) {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const idat: Buffer[] = [];
  while (pos < data.length) {
    const len = data.readUInt32BE(pos);
    const type = data.toString("ascii", pos + 4, pos + 8);
    const body = data.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8);
      channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[body[9]]!;
    } else if (type === "IDAT") idat.push(body);
    pos += len + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      pixels[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][filter]) & 0xff;
    }
  }
  const grey = (x: number, y: number) => pixels[y * stride + x * channels];
  return { width, height, grey };
}

/** Ruled lines (rows with a long run of dark pixels) and a reasonable share of dark pixels (text). */
function expectRuledPage(pdf: Pdf, minRules: number) {
  const page = firstPage(pdf.file);
  let dark = 0;
  let rules = 0;
  for (let y = 0; y < page.height; y++) {
    let run = 0;
    let longest = 0;
    for (let x = 0; x < page.width; x++) {
      if (page.grey(x, y) < 128) {
        dark++;
        longest = Math.max(longest, ++run);
      } else run = 0;
    }
    if (longest >= page.width * 0.5) rules++;
  }
  const share = dark / (page.width * page.height);
  expect(rules, "rows with a rule across half the page").toBeGreaterThanOrEqual(minRules);
  expect(share, "share of dark pixels").toBeGreaterThan(0.01);
  expect(share, "share of dark pixels").toBeLessThan(0.4);
}

const one = async (sql: string) => (await s.sql(sql))[0];

describe("附件1-1 推荐表", () => {
  it("prints the enterprise's 基本信息 and the nomination's needs in the paper's order, with the signature lines", async () => {
    const reg = await one(
      `SELECT r.id, r.enterpriseId FROM registration r JOIN enterprise e ON e.id = r.enterpriseId
       WHERE e.cityId = ${WUHAN} AND r.status IN ('nominated', 'approved') ORDER BY r.id LIMIT 1`,
    );
    await s.sql(`UPDATE registration SET suggestions = ? WHERE id = ?`, [
      "建议增加面向中小企业的数字化转型专题辅导，并在培训期间组织企业之间的交流参观活动。".repeat(3),
      reg.id,
    ]);
    const e = await one(`SELECT * FROM enterprise WHERE id = ${reg.enterpriseId}`);
    const pdf = await download(s, `/registrations/${reg.id}/form.pdf`, /^附件1-1-推荐表-.+\.pdf$/);
    expect(pdf.size).toBe(PORTRAIT);
    expectInOrder(pdf.text, [
      "附件1-1",
      "专精特新“小巨人”企业培育赋能推荐表",
      "基本信息",
      ["企业名称", e.name],
      ["运营地址", e.address],
      ["是否重点小巨人", "第一批重点小巨人", "新一轮第一批重点小巨人", "计划申请新一轮第三批重点小巨人"],
      ["所属行业", e.industry, "主营业务/产品", e.mainProducts],
      ["工作联系人", e.contactName, "电话", e.contactPhone, "邮箱", e.contactEmail],
      "培育赋能工作需求",
      ["人才培训", "参加人才培训", "填写附件1-2学员信息表"],
      ["质量诊断", "期望侧重点", "质量管理基本能力", "质量绩效"],
      ["管理诊断", "战略管理", "决策及公共形象"],
      ["技术创新", "同步填写附件1-3"],
      ["培育赋能工作建议", "建议增加面向中小企业的数字化转型专题辅导"],
      "以上所填内容和提交资料均准确、真实、合法、有效、无涉密信息。",
      "法定代表人签字",
      "企业（盖章）",
      "日期",
    ]);
    expectRuledPage(pdf, 8);
    const [logged] = await s.sql(
      `SELECT summary FROM audit_log WHERE action = 'export' AND resource = 'registrations' ORDER BY id DESC LIMIT 1`,
    );
    expect(logged.summary).toBe(`打印附件1-1推荐表（PDF）：${e.name}`);
  });

  it("a city's whole batch: every live nomination of the round, one form after another, in 附件2's order", async () => {
    const pdf = await download(
      wuhan,
      `/registrations/forms.pdf?cityId=${WUHAN}`,
      /^附件1-1-推荐表-武汉市（\d+家）\.pdf$/,
    );
    expect(pdf.size).toBe(PORTRAIT);
    const names = (await summaryRows(wuhan)).map((r) => r[1]);
    expect(names.length).toBeGreaterThan(3);
    expect(pdf.text.match(/专精特新“小巨人”企业培育赋能推荐表/g)).toHaveLength(names.length);
    expect(pdf.pages).toBeGreaterThanOrEqual(names.length);
    expectInOrder(pdf.text, names);
    // A returned nomination is not live: it is not printed.
    const [returned] = await s.sql(
      `SELECT e.name FROM registration r JOIN enterprise e ON e.id = r.enterpriseId
       WHERE e.cityId = ${WUHAN} AND r.status = 'returned' LIMIT 1`,
    );
    if (returned) expect(names).not.toContain(returned.name);
  });

  it("is a 404 for a nomination or a city the user cannot see, and for an unknown id", async () => {
    const other = await one(
      `SELECT r.id, e.cityId FROM registration r JOIN enterprise e ON e.id = r.enterpriseId WHERE e.cityId <> ${WUHAN} LIMIT 1`,
    );
    expect((await wuhan.api(`/registrations/${other.id}/form.pdf`)).status).toBe(404);
    expect((await wuhan.api(`/registrations/forms.pdf?cityId=${other.cityId}`)).status).toBe(404);
    expect((await wuhan.api(`/reports/city-summary.pdf?cityId=${other.cityId}`)).status).toBe(404);
    expect((await s.api(`/registrations/99999999/form.pdf`)).status).toBe(404);
    const res = await s.api(`/registrations/forms.pdf`);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toBe("请选择市州");
  });
});

describe("附件1-2 学员信息表", () => {
  let t: Record<string, any>;
  beforeAll(async () => {
    t = await one(`SELECT * FROM trainee ORDER BY id LIMIT 1`);
  });

  it("prints the trainee, the photo, education, the enterprise and the two stamp lines in the paper's order", async () => {
    const photo = await s.api(
      `/trainees/${t.id}/attachments?kind=traineePhoto&fileName=${encodeURIComponent("照片.png")}`,
      {
        method: "POST",
        body: png(96, 128, 7),
        headers: { "Content-Type": "application/octet-stream" },
      },
    );
    expect(photo.status).toBe(201);
    const e = await one(`SELECT * FROM enterprise WHERE id = ${t.enterpriseId}`);
    const education = JSON.parse(t.education ?? "[]");
    const pdf = await download(s, `/trainees/${t.id}/form.pdf`, /^附件1-2-学员信息表-.+\.pdf$/);
    expect(pdf.size).toBe(PORTRAIT);
    expectInOrder(pdf.text, [
      "附件1-2",
      "专精特新“小巨人”企业培训学员信息表",
      ["姓名", t.name, "性别"],
      ["政治面貌", "民族"],
      ["身份证号码", t.idNumber],
      ["手机", t.mobile, "电子邮件"],
      ["现任职务", t.title, "管理经验年限"],
      "通讯地址",
      "教育背景（最高学历）",
      ["毕业院校", "起止时间", "专业", "学历/学位"],
      ...(education.length ? [education[0].school] : []),
      "社会职务",
      ["团体", "参加时间", "职务"],
      "个人荣誉和奖励",
      "企业情况",
      ["企业名称", e.name, "公司网址"],
      ["企业组织机构代码", String(e.creditCode).slice(8, 17)],
      ["是否上市", "三年内有无上市计划", "拟上市板块"],
      ["获得相关部门认定的称号", "国家级制造业单项冠军企业", "绿色工厂", "其他"],
      ["意向参加培训班次", "综合1班", "综合2班", "行业班"],
      ["以上所填内容", "法定代表人签字", "企业（盖章）", "主管部门（盖章）"],
      "备注",
      "培训证书颁发",
    ]);
    expect(pdf.images, "the photo").toHaveLength(1);
    expectRuledPage(pdf, 8);
  });

  it("embeds a JPG photo as well", async () => {
    const second = await one(`SELECT id FROM trainee ORDER BY id LIMIT 1 OFFSET 1`);
    const source = await download(s, `/trainees/${t.id}/form.pdf`, /\.pdf$/);
    run("pdftoppm", ["-jpeg", "-r", "20", "-f", "1", "-l", "1", "-singlefile", source.file, join(dir, "photo")]);
    const jpg = readFileSync(join(dir, "photo.jpg"));
    const up = await s.api(
      `/trainees/${second.id}/attachments?kind=traineePhoto&fileName=${encodeURIComponent("照片.jpg")}`,
      {
        method: "POST",
        body: jpg,
        headers: { "Content-Type": "application/octet-stream" },
      },
    );
    expect(up.status).toBe(201);
    const pdf = await download(s, `/trainees/${second.id}/form.pdf`, /\.pdf$/);
    expect(pdf.images).toHaveLength(1);
    expect(pdf.images[0]).toMatch(/\bjpeg\b/);
  });

  it("shows a read-only viewer the ID number and mobile masked, and no photo", async () => {
    const pdf = await download(viewer, `/trainees/${t.id}/form.pdf`, /\.pdf$/);
    const flat = pdf.text.replace(/\s+/g, "");
    expect(flat).not.toContain(t.idNumber);
    expect(flat).not.toContain(t.mobile);
    expect(flat).toContain(maskIdentifier(t.idNumber));
    expect(flat).toContain(maskIdentifier(t.mobile));
    expect(flat).toContain(t.name);
    expect(pdf.images).toHaveLength(0);
  });

  it("is a 404 for another city's trainee and for an unknown id", async () => {
    const other = await one(
      `SELECT t.id FROM trainee t JOIN enterprise e ON e.id = t.enterpriseId WHERE e.cityId <> ${WUHAN} LIMIT 1`,
    );
    expect((await wuhan.api(`/trainees/${other.id}/form.pdf`)).status).toBe(404);
    expect((await s.api(`/trainees/99999999/form.pdf`)).status).toBe(404);
  });
});

describe("附件1-3 技术创新需求征集表", () => {
  it("prints each prompt of the paper and the enterprise's answer under it", async () => {
    const d = await one(`SELECT * FROM tech_demand ORDER BY id LIMIT 1`);
    // A long text wraps inside its cell and the table continues on the next page.
    const long = "为突破高精度传感器封装工艺瓶颈，需要联合高校开展可靠性验证与批量试制。".repeat(60);
    await s.sql(`UPDATE tech_demand SET necessity = ?, budget = 120 WHERE id = ?`, [long, d.id]);
    const e = await one(`SELECT * FROM enterprise WHERE id = ${d.enterpriseId}`);
    const pdf = await download(s, `/techDemands/${d.id}/form.pdf`, /^附件1-3-技术创新需求征集表-.+\.pdf$/);
    expect(pdf.size).toBe(PORTRAIT);
    expect(pdf.pages).toBeGreaterThan(1);
    expectInOrder(pdf.text, [
      "附件1-3",
      "专精特新中小企业培育赋能项目",
      "企业技术创新需求征集表",
      ["企业名称", e.name, "行业及主营业务", d.industryProducts],
      ["企业类型", "国家级专精特新“小巨人”企业", "国家级重点专精特新“小巨人”企业"],
      ["专项联系人及职务", d.contactName, "电话", d.contactPhone],
      ["需求类别", "技术研发", "知识产权"],
      "1、描述需求的具体要求及需要解决的问题。",
      d.details,
      "2、描述开展技术创新的技术或项目基础情况。",
      "3、描述解决需求的时间要求。",
      "描述期望达到的效果、期望交付的内容、具体的性能指标等。",
      d.targets,
      "1、描述技术创新的必要性。",
      "为突破高精度传感器封装工艺瓶颈",
      "2、描述经费投入预算。",
      "120万元",
      "3、描述过往技术合作案例",
      ["其他", "技术需求是否可公开发布"],
    ]);
    for (const heading of ["需求详情", "量化指标", "必要性及预算"]) expect(pdf.text).toContain(heading);
    // Every character of the long text is printed, across the page break.
    const flat = pdf.text.replace(/\s+/g, "");
    expect(flat.split("为突破高精度传感器封装工艺瓶颈").length - 1).toBe(60);
    expectRuledPage(pdf, 6);
  });

  it("is a 404 for another city's demand and for an unknown id", async () => {
    const other = await one(
      `SELECT d.id FROM tech_demand d JOIN enterprise e ON e.id = d.enterpriseId WHERE e.cityId <> ${WUHAN} LIMIT 1`,
    );
    expect((await wuhan.api(`/techDemands/${other.id}/form.pdf`)).status).toBe(404);
    expect((await s.api(`/techDemands/99999999/form.pdf`)).status).toBe(404);
  });
});

/** The rows of the city's 附件2 xlsx (below its header row). */
async function summaryRows(c: Client) {
  const res = await c.api(`/reports/city-summary.xlsx?cityId=${WUHAN}`);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row, i) => {
    if (i > 4) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
  });
  return rows;
}

describe("附件2 信息汇总表", () => {
  it("has the xlsx's rows, in its order, under the stamp line and the column header", async () => {
    const rows = await summaryRows(s);
    const pdf = await download(s, `/reports/city-summary.pdf?cityId=${WUHAN}`, /^附件2-信息汇总表-武汉市\.pdf$/);
    expect([PORTRAIT, LANDSCAPE]).toContain(pdf.size);
    expectInOrder(pdf.text, [
      "附件2",
      "信息汇总表",
      "市州经信局：武汉市（盖章）",
      "地市州工作联系人及联系方式",
      "序号",
      "企业名称",
      "行业",
      "联系人",
      "职务",
      "手机",
      "备注",
      ...rows.flatMap((r) => [r[1], r[3], r[5]]),
    ]);
    expectRuledPage(pdf, 10);
  });

  it("masks mobiles for the read-only viewer as the xlsx does", async () => {
    const rows = await summaryRows(s);
    const pdf = await download(viewer, `/reports/city-summary.pdf?cityId=${WUHAN}`, /\.pdf$/);
    const flat = pdf.text.replace(/\s+/g, "");
    for (const r of rows.slice(0, 5)) {
      expect(flat).not.toContain(r[5]);
      expect(flat).toContain(maskIdentifier(r[5]));
    }
  });
});

describe("录取通知书 and 结业证书", () => {
  let classId: number;
  beforeAll(async () => {
    ({ classId } = await one(
      `SELECT classId FROM trainee WHERE certificateNo IS NOT NULL GROUP BY classId ORDER BY classId LIMIT 1`,
    ));
  });

  it("one admission notice per admitted trainee, as the HTML notices say it", async () => {
    const admitted = await s.sql(
      `SELECT t.name, t.title, t.admissionNoticeNo, e.name AS enterprise FROM trainee t JOIN enterprise e ON e.id = t.enterpriseId
       WHERE t.classId = ${classId} AND t.admissionStatus = 'admitted' ORDER BY t.id`,
    );
    const [cls] = await s.sql(`SELECT * FROM training_class WHERE id = ${classId}`);
    const pdf = await download(s, `/trainingClasses/${classId}/admission-notices.pdf`, /^.+-录取通知书\.pdf$/);
    expect(pdf.size).toBe(PORTRAIT);
    expect(pdf.pages).toBe(admitted.length);
    expectInOrder(pdf.text, [
      "录取通知书",
      `编号：${admitted[0].admissionNoticeNo}`,
      admitted[0].enterprise,
      admitted[0].name,
      admitted[0].title,
      `湖北省专精特新中小企业培育赋能人才培训${cls.name}`,
      `培训自${cls.startDate}起至${cls.endDate}止`,
      "考勤达90%者由",
      "湖北省经济和信息化厅",
      "录取通知书",
      admitted[1].name,
    ]);
    expectRuledPage(pdf, 2);
  });

  it("one landscape certificate per trainee given one", async () => {
    const given = await s.sql(
      `SELECT name, certificateNo FROM trainee WHERE classId = ${classId} AND certificateNo IS NOT NULL ORDER BY id`,
    );
    expect(given.length).toBeGreaterThan(1);
    const pdf = await download(s, `/trainingClasses/${classId}/certificates.pdf`, /^.+-结业证书\.pdf$/);
    expect(pdf.size).toBe(LANDSCAPE);
    expect(pdf.pages).toBe(given.length);
    expectInOrder(
      pdf.text,
      given.slice(0, 3).flatMap((g) => ["结业证书", `证书编号：${g.certificateNo}`, g.name, "准予结业", "特发此证"]),
    );
    expectRuledPage(pdf, 2);
  });

  it("is a 404 for an unknown class", async () => {
    expect((await s.api(`/trainingClasses/99999999/admission-notices.pdf`)).status).toBe(404);
    expect((await s.api(`/trainingClasses/99999999/certificates.pdf`)).status).toBe(404);
  });
});

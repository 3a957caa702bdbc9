// Uploads that cannot take the server down (issue #15): the real server, run as `npm start` runs it, in its own process,
// whose memory is read from /proc; an xlsx of 400,000 rows (about 10 MB, 60 MB of XML), twenty of them at
// once, zips that declare too much or lie about it, the row limit to the row, and the limit on imports at once.
// No timing is asserted here (the latency targets are measured by `npm run load -- --scenario imports`).
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, upsertUser } from "../../server/accounts";
import { openDatabase } from "../../server/db";
import { IMPORT_MAX_ROWS } from "../../entities/imports";
import { runSeeds } from "../../seeds/index";
import { freshDatabase, login, onPostgres, TEST_PASSWORD, type Client } from "../helpers";
import { enterpriseSheet, sheetXml, workbookParts, zip } from "../load/bigSheet";
import { startServerProcess } from "../serverProcess";

let db: Awaited<ReturnType<typeof freshDatabase>>;
let child: ChildProcess | undefined;
let url: string;
let admin: Client;

beforeAll(async () => {
  db = await freshDatabase();
  const ds = await openDatabase(db.target);
  await runSeeds(ds);
  for (const a of DEMO_ACCOUNTS) await upsertUser(ds, { ...a, password: TEST_PASSWORD });
  await ds.destroy();
  const server = await startServerProcess(
    {
      ...process.env,
      DATABASE_URL: onPostgres ? db.target : "",
      DATABASE_PATH: onPostgres ? "" : db.target,
      FILES_DIR: join(db.dir, "files"),
    },
    { onSpawn: (c) => (child = c) },
  );
  url = server.url;
  admin = await login(url, "admin");
}, 120_000);
afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGKILL");
    await once(child, "exit");
  }
  await db?.drop();
});

/** The server process's peak and current resident memory, in MB. */
function memory() {
  const status = readFileSync(`/proc/${child!.pid}/status`, "utf8");
  const mb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)![1]) / 1024;
  return { peak: mb("VmHWM"), now: mb("VmRSS") };
}

const send = async (c: Client, kind: string, data: Buffer, fileName: string) => {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(data)]), fileName);
  const res = await c.api(`/imports/${kind}`, { method: "POST", body: form });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { message: text };
  }
  return { status: res.status, body, retryAfter: res.headers.get("retry-after") };
};
const chinese = /[\u4e00-\u9fa5]/;

describe.skipIf(onPostgres)("an xlsx of 400,000 short rows (about 10 MB)", () => {
  let big: Buffer;
  beforeAll(() => {
    big = enterpriseSheet(400_000);
    expect(big.length).toBeLessThanOrEqual(10 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(9 * 1024 * 1024);
  });

  it("is refused with a Chinese 400 at its 50,001st data row, the server staying under 300 MB", async () => {
    const { status, body } = await send(admin, "enterprises", big, "四十万行.xlsx");
    expect(status).toBe(400);
    expect(body.message).toContain(`最多 ${IMPORT_MAX_ROWS} 行数据`);
    expect(memory().peak).toBeLessThan(300);
  });

  it("twenty at once: each answered 400 or 429 in Chinese, never 5xx; the server alive and under 300 MB", async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => send(admin, "enterprises", big, `四十万行-${i}.xlsx`)),
    );
    for (const a of answers) {
      expect([400, 429]).toContain(a.status);
      expect(a.body.message).toMatch(chinese);
    }
    expect(answers.filter((a) => a.status === 400).length).toBeGreaterThanOrEqual(2);
    expect(answers.filter((a) => a.status === 429).every((a) => Number(a.retryAfter) > 0)).toBe(true);
    expect(child!.exitCode).toBeNull();
    expect((await admin.api("/auth/me")).status).toBe(200);
    expect(memory().peak).toBeLessThan(300);
    // Every slot was given back: an ordinary import goes through.
    const small = await send(admin, "enterprises", Buffer.from("企业名称,备注\r\n某某公司,一\r\n"), "小.csv");
    expect(small.status).toBe(200);
  }, 120_000);
});

describe("zips checked before they are read", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [`企业${i}`, `备注${i}`]);
  const header = [["企业名称", "备注"]];

  it("refuses a sheet that declares more than 256 MB unpacked, before inflating it", async () => {
    const file = zip(workbookParts(sheetXml([...header, ...rows(10)]), 300 * 1024 * 1024));
    const { status, body } = await send(admin, "enterprises", file, "声明过大.xlsx");
    expect(status).toBe(400);
    expect(body.message).toContain("工作表过大");
  });

  it("stops a sheet that inflates to more than it declared, as a broken file", async () => {
    const file = zip(workbookParts(sheetXml([...header, ...rows(5000)]), 1000));
    const { status, body } = await send(admin, "enterprises", file, "谎报大小.xlsx");
    expect(status).toBe(400);
    expect(body.message).toContain("损坏");
  });

  it("refuses a zip of too many parts, and one cut short", async () => {
    const parts = workbookParts(sheetXml([...header, ...rows(3)]));
    const many = zip([
      ...parts,
      ...Array.from({ length: 1001 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from("<a/>") })),
    ]);
    expect((await send(admin, "enterprises", many, "部件过多.xlsx")).body.message).toContain("部件过多");
    const whole = zip(parts);
    const cut = await send(admin, "enterprises", whole.subarray(0, whole.length - 30), "截断.xlsx");
    expect(cut.status).toBe(400);
    expect(cut.body.message).toContain("损坏");
  });

  it("reads a well-formed small one built the same way", async () => {
    const file = zip(workbookParts(sheetXml([["附件"], ...header, ...rows(3)])));
    const { status, body } = await send(admin, "enterprises", file, "小.xlsx");
    expect(status).toBe(200);
    expect(body.headerRow).toBe(2);
    expect(body.rows.map((r: any) => r.row)).toEqual([3, 4, 5]);
  });
});

describe("the row limit, exactly as documented", () => {
  it(`accepts ${IMPORT_MAX_ROWS} data rows in the preview and refuses ${IMPORT_MAX_ROWS + 1}`, async () => {
    const ok = await send(admin, "enterprises", enterpriseSheet(IMPORT_MAX_ROWS, 7), "五万行.xlsx");
    expect(ok.status).toBe(200);
    const { new: n, update, unchanged, error } = ok.body.counts;
    expect(n + update + unchanged + error).toBe(IMPORT_MAX_ROWS);
    const over = await send(admin, "enterprises", enterpriseSheet(IMPORT_MAX_ROWS + 1, 7), "五万零一行.xlsx");
    expect(over.status).toBe(400);
    expect(over.body.message).toContain(`最多 ${IMPORT_MAX_ROWS} 行数据`);
  }, 120_000);

  it("counts a CSV's data rows below its header, blank lines not counted", async () => {
    const csv = (n: number) =>
      Buffer.from(
        ["说明：第一行不是表头", "企业名称,备注", ...Array.from({ length: n }, (_, i) => `企业${i},备注`), "", ""].join(
          "\r\n",
        ),
      );
    const over = await send(admin, "enterprises", csv(IMPORT_MAX_ROWS + 1), "五万零一行.csv");
    expect(over.status).toBe(400);
    expect(over.body.message).toContain(`最多 ${IMPORT_MAX_ROWS} 行数据`);
  });
});

describe("imports at once", () => {
  /** An upload whose body never ends, holding its import slot until destroyed. */
  function hangingUpload() {
    const { hostname, port } = new URL(url);
    const req = request({
      hostname,
      port,
      method: "POST",
      path: "/api/imports/enterprises",
      headers: { Cookie: admin.cookie, "Content-Type": "multipart/form-data; boundary=xyz", "Content-Length": 100000 },
    });
    req.on("error", () => undefined);
    req.write('--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n企业名称,备注\r\n');
    return req;
  }

  it("answers a 429 in Chinese with Retry-After beyond two, and frees the slots of clients that went away", async () => {
    const hanging = [hangingUpload(), hangingUpload()];
    const csv = Buffer.from("企业名称,备注\r\n某某公司,一\r\n");
    // Wait until both hold their slots (the server has their first bytes).
    let refused: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 0; i < 100 && refused?.status !== 429; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      refused = await send(admin, "enterprises", csv, "第三个.csv");
    }
    expect(refused!.status).toBe(429);
    expect(refused!.body.message).toBe("导入任务较多，请稍后再试（约 5 秒后）");
    expect(Number(refused!.retryAfter)).toBeGreaterThan(0);
    for (const h of hanging) h.destroy();
    let after: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 0; i < 100 && after?.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await send(admin, "enterprises", csv, "之后.csv");
    }
    expect(after!.status).toBe(200);
  });
});

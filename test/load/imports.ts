// `npm run load -- --scenario imports [--db sqlite|postgres|both]`: the two latency targets of issue #15,
// on the real server (a child process) on a fresh database, all requests to 127.0.0.1:
//  1. twenty uploads at once of an xlsx of 400,000 short rows (about 10 MB): /api/auth/me asked again and
//     again meanwhile, its p95 ≤ 500 ms; every upload answered 400 or 429; the server's peak RSS;
//  2. a commit of 30,000 new enterprises (one transaction) by admin: another user's list page (wuhan,
//     25 rows) asked again and again meanwhile, its p95 ≤ 500 ms.
// The probes are bounded loops (one request at a time, at most PROBES each) that stop when the work ends.
import { readFileSync } from "node:fs";
import { creditCode } from "../../seeds/names";
import { Random } from "../../seeds/random";
import { enterpriseSheet } from "./bigSheet";
import { listQuery } from "./clients";
import { adminPassword, freshDatabase, startInstances, type DbKind, type Instance } from "./servers";

const TARGET_MS = 500;
const PROBES = 20_000;

export interface ImportFigures {
  db: DbKind;
  scenario: string;
  probe: string;
  probes: number;
  p50: number;
  p95: number;
  max: number;
  met: boolean;
  detail: string;
}

/** Nearest-rank percentile, to 0.1 ms. */
const percentile = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
};

/** The server process's peak resident memory (VmHWM) in MB, where /proc has it. */
function peakMb(inst: Instance) {
  try {
    const status = readFileSync(`/proc/${inst.child.pid}/status`, "utf8");
    return Math.round(Number(/^VmHWM:\s+(\d+) kB/m.exec(status)![1]) / 102.4) / 10;
  } catch {
    return NaN;
  }
}

async function loginAs(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`登录 ${username} 失败：${res.status}`);
  return res.headers.get("set-cookie")!.split(";")[0];
}

/** Asks `path` again and again, one request at a time, until `done` says stop; the latencies and statuses. */
async function probe(url: string, cookie: string, path: string, done: () => boolean) {
  const ms: number[] = [];
  const statuses = new Map<number, number>();
  const errors: string[] = [];
  while (!done() && ms.length < PROBES) {
    const t = performance.now();
    let status: number;
    try {
      const res = await fetch(`${url}/api${path}`, {
        headers: { Cookie: cookie },
        signal: AbortSignal.timeout(60_000),
      });
      await res.arrayBuffer();
      status = res.status;
    } catch (e) {
      status = 0;
      errors.push(String((e as Error).cause ?? e));
    }
    ms.push(performance.now() - t);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { ms, statuses, errors };
}

async function upload(url: string, cookie: string, data: Buffer, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(data)]), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  try {
    const res = await fetch(`${url}/api/imports/enterprises`, {
      method: "POST",
      headers: { Cookie: cookie },
      body: form,
      signal: AbortSignal.timeout(600_000),
    });
    const body = (await res.json().catch(() => ({}))) as { message?: string; counts?: Record<string, number> };
    return { status: res.status, body };
  } catch (e) {
    return { status: 0, body: { message: String(e) } };
  }
}

const tally = (xs: number[]) =>
  [...xs.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<number, number>())]
    .map(([s, n]) => `${s || "网络错误"}×${n}`)
    .join("，");

/** 30,000 valid new enterprises of 宜昌市 as a CSV, as the import test's good row. */
function enterprisesCsv(rows: number) {
  const r = new Random(2025);
  const taken = new Set<string>();
  const lines = [
    "企业名称,统一社会信用代码,所属市州,是否重点小巨人,小巨人批次,有效期至,所属行业,重点产业,工作联系人,手机",
  ];
  for (let i = 0; i < rows; i++)
    lines.push(
      `负载导入测试企业${i}有限公司,${creditCode(r, "420500", taken)},宜昌市,否,第五批（2023年）,2026/7/31,专用设备制造业,机械装备,周明,139${String(i).padStart(8, "0")}`,
    );
  return Buffer.from(lines.join("\r\n"), "utf8");
}

export async function runImportScenarios(
  kind: DbKind,
  pgUrl: string,
  logDir: string,
  deadline: number,
): Promise<ImportFigures[]> {
  console.log(`\n== ${kind}：导入场景`);
  const db = await freshDatabase(kind, pgUrl);
  const [inst] = await startInstances(db, 1, logDir, Math.min(deadline, Date.now() + 120_000));
  const admin = await loginAs(inst.url, "admin", await adminPassword(db, [inst]));
  const wuhanPassword = /^\s+wuhan\s+(\S+)\s/m.exec(inst.stdout())?.[1];
  const other = wuhanPassword ? await loginAs(inst.url, "wuhan", wuhanPassword) : admin;
  const out: ImportFigures[] = [];

  // 1. Twenty uploads of 400,000 rows at once, /api/auth/me meanwhile.
  const big = enterpriseSheet(400_000);
  const before = peakMb(inst);
  let running = true;
  const t0 = performance.now();
  const me = probe(inst.url, other, "/auth/me", () => !running);
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => upload(inst.url, admin, big, `大表-${i}.xlsx`)),
  );
  running = false;
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const meResult = await me;
  const alive = (await fetch(`${inst.url}/api/auth/me`, { headers: { Cookie: other } })).status;
  const statuses = answers.map((a) => a.status);
  const ok = statuses.every((s) => s === 400 || s === 429) && alive === 200;
  const f1 = {
    db: kind,
    scenario: `20 个 ${(big.length / 1048576).toFixed(1)} MB、40 万行的 xlsx 同时上传`,
    probe: "/api/auth/me",
    probes: meResult.ms.length,
    p50: percentile(meResult.ms, 50),
    p95: percentile(meResult.ms, 95),
    max: percentile(meResult.ms, 100),
    met: percentile(meResult.ms, 95) <= TARGET_MS && ok,
    detail: `上传应答 ${tally(statuses)}，共 ${seconds} s；之后 /api/auth/me ${alive}；进程峰值内存 ${peakMb(inst)} MB（上传前 ${before} MB）；探测应答 ${tally([...meResult.statuses].flatMap(([s, n]) => Array(n).fill(s)))}${meResult.errors.length ? `（${meResult.errors[0]}）` : ""}`,
  };
  out.push(f1);

  // 2. A commit of 30,000 new enterprises, another user's list page meanwhile.
  const csv = enterprisesCsv(30_000);
  running = true;
  const t1 = performance.now();
  const list = probe(
    inst.url,
    other,
    `/enterprises${listQuery({ sort: ["name", "ASC"], range: [0, 24] })}`,
    () => !running,
  );
  const commit = await upload(inst.url, admin, csv, "三万家企业.csv", { commit: "1" });
  running = false;
  const commitSeconds = Math.round((performance.now() - t1) / 100) / 10;
  const listResult = await list;
  const f2 = {
    db: kind,
    scenario: "导入提交 30,000 家新企业（一个事务）",
    probe: `其他用户（${wuhanPassword ? "wuhan" : "admin"}）的企业列表页`,
    probes: listResult.ms.length,
    p50: percentile(listResult.ms, 50),
    p95: percentile(listResult.ms, 95),
    max: percentile(listResult.ms, 100),
    met: percentile(listResult.ms, 95) <= TARGET_MS && commit.status === 200,
    detail: `提交 ${commit.status}${commit.body.counts ? `（新增 ${commit.body.counts.new}）` : `：${commit.body.message}`}，用时 ${commitSeconds} s；探测应答 ${tally([...listResult.statuses].flatMap(([s, n]) => Array(n).fill(s)))}${listResult.errors.length ? `（${listResult.errors[0]}）` : ""}`,
  };
  out.push(f2);
  for (const f of out)
    console.log(
      `  ${f.scenario}：${f.probe} ${f.probes} 次，p50 ${f.p50} ms，p95 ${f.p95} ms，最长 ${f.max} ms —— ${f.met ? "达标" : "未达标"}（p95 ≤ ${TARGET_MS} ms）\n    ${f.detail}`,
    );
  return out;
}

export function importTable(results: ImportFigures[]) {
  const head = ["数据库", "场景", "探测", "次数", "p50 ms", "p95 ms", "最长 ms", "目标", "达标", "说明"];
  const rows = results.map((f) => [
    f.db === "sqlite" ? "SQLite" : "PostgreSQL",
    f.scenario,
    f.probe,
    f.probes,
    f.p50,
    f.p95,
    f.max,
    `p95 ≤ ${TARGET_MS} ms`,
    f.met ? "是" : "否",
    f.detail,
  ]);
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

// npx tsx test/load/run.ts [--db sqlite|postgres|both] [--clients 50] [--ops 200] [--records 20] [--pg-url URL] [--timeout 290]
// npx tsx test/load/run.ts --scenario imports [--db …]: the import scenarios of imports.ts instead.
// Concurrent clients making versioned writes and reads on shared enterprises through the real API:
// one instance on SQLite, two on one PostgreSQL database (client i talks to instance i % 2).
// Prints the figures and PASS/FAIL checks, a Markdown table, writes test/load/results.json; exits 1
// when a check fails, 2 on an error or the global timeout.
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { auditCheck, figures, historyChecks, type AuditEntry, type Check, type Figures } from "./checks";
import { importTable, runImportScenarios, type ImportFigures } from "./imports";
import { inBatches, listQuery, login, newLog, runClient, type Rec } from "./clients";
import { adminPassword, cleanUp, freshDatabase, startInstances, type DbKind } from "./servers";

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "both" },
    clients: { type: "string", default: "50" },
    ops: { type: "string", default: "200" },
    records: { type: "string", default: "20" },
    timeout: { type: "string", default: "290" },
    scenario: { type: "string", default: "writes" },
    "pg-url": {
      type: "string",
      default: process.env.LOAD_DATABASE_URL ?? "postgres://giants:giants@127.0.0.1:5432/postgres",
    },
  },
});
const CLIENTS = Number(args.clients),
  OPS = Number(args.ops),
  RECORDS = Number(args.records);
const kinds: DbKind[] = args.db === "both" ? ["sqlite", "postgres"] : [args.db as DbKind];
if (
  !kinds.every((k) => k === "sqlite" || k === "postgres") ||
  ![CLIENTS, OPS, RECORDS].every((n) => Number.isInteger(n) && n > 0 && n <= 1000)
)
  throw new Error("用法：--db sqlite|postgres|both --clients N --ops N --records N（各 1–1000）");
const started = Date.now();
const deadline = started + Number(args.timeout) * 1000;
const logDir = mkdtempSync(join(tmpdir(), "giants-load-logs-"));

// The global bound: past it, stop the servers, drop the databases and fail.
setTimeout(
  async () => {
    console.error(`\n超时：运行超过 ${args.timeout} 秒，已中止。服务器日志：${logDir}`);
    await cleanUp();
    process.exit(2);
  },
  Number(args.timeout) * 1000 + 15_000,
).unref();
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void cleanUp().then(() => process.exit(130)));

interface Result {
  db: DbKind;
  instances: number;
  clients: number;
  ops: number;
  records: number;
  figures: Figures;
  lostUpdates: number;
  checks: Check[];
  logs: string[];
  serverErrors: string[];
}

async function runOn(kind: DbKind): Promise<Result> {
  const count = kind === "postgres" ? 2 : 1;
  console.log(`\n== ${kind}：${count} 个实例，${CLIENTS} 个客户端 × ${OPS} 次操作，${RECORDS} 条共享记录`);
  const db = await freshDatabase(kind, args["pg-url"]!);
  const t0 = Date.now();
  const instances = await startInstances(db, count, logDir, Math.min(deadline, Date.now() + 120_000));
  console.log(`  实例已启动（${((Date.now() - t0) / 1000).toFixed(1)} s）：${instances.map((i) => i.url).join("，")}`);
  const password = await adminPassword(db, instances);
  const log = newLog();

  // One session per client, on its instance, five logins at a time.
  const t1 = Date.now();
  const sessions = await inBatches([...Array(CLIENTS).keys()], 5, (i) =>
    login(instances[i % count].url, "admin", password, log),
  );
  console.log(`  已登录 ${sessions.length} 个会话（${((Date.now() - t1) / 1000).toFixed(1)} s）`);
  const checker = (i: number) => sessions[i % count]; // a session on instance i
  const pool = await checker(0).call<Rec[]>(
    "check",
    "GET",
    `/enterprises${listQuery({ range: [0, RECORDS - 1], sort: ["id", "ASC"] })}`,
  );
  if (pool.status !== 200 || !pool.data?.length) throw new Error(`读取共享记录失败：${pool.status}`);
  const initial = new Map(pool.data.map((r) => [r.id, r]));
  const ids = [...initial.keys()];

  const t2 = performance.now();
  const perClient = await Promise.all(sessions.map((s, i) => runClient(s, i, i % count, OPS, ids, deadline - 20_000)));
  const ms = performance.now() - t2;
  const planned = CLIENTS * OPS;
  const done = perClient.reduce((a, b) => a + b, 0);

  // Afterwards: each record from each instance, and the audit log's updates of enterprises.
  const finals = await Promise.all(
    instances.map(async (_, i) => {
      const r = await checker(i).call<Rec[]>(
        "check",
        "GET",
        `/enterprises${listQuery({ filter: { id: ids }, sort: ["id", "ASC"], range: [0, ids.length - 1] })}`,
      );
      if (r.status !== 200 || r.data?.length !== ids.length) throw new Error(`读取最终记录失败：${r.status}`);
      return new Map(r.data.map((x) => [x.id, x]));
    }),
  );
  const entries: AuditEntry[] = [];
  for (let from = 0; ; from += 1000) {
    const r = await checker(0).call<AuditEntry[]>(
      "check",
      "GET",
      `/auditLogs${listQuery({ filter: { resource: "enterprises", action: "update" }, sort: ["id", "ASC"], range: [from, from + 999] })}`,
    );
    if (r.status !== 200) throw new Error(`读取操作日志失败：${r.status}`);
    entries.push(...r.data!);
    if (r.data!.length < 1000) break;
  }

  const f = figures(log, ms);
  const history = historyChecks(log, initial, finals);
  const problems = log.problems.map((p) => `${p.status || "网络错误"} ${p.request}：${p.message}`);
  const checks: Check[] = [
    { name: `全部操作完成（${planned} 次）`, pass: done === planned, detail: `完成 ${done} 次` },
    {
      name: "无 5xx、无网络错误",
      pass: f.errors5xx === 0 && f.networkErrors === 0,
      detail: `5xx ${f.errors5xx}，网络错误 ${f.networkErrors}${problems.length ? `；${problems.slice(0, 3).join("；")}` : ""}`,
    },
    { name: "无其他 4xx", pass: f.other4xx === 0, detail: `其他 4xx ${f.other4xx}` },
    ...history.checks,
    auditCheck(entries, log, initial),
  ];
  console.log(
    `  ${f.requests} 次请求，${f.seconds} s，${f.throughput} 次/秒；读 p50 ${f.readP50} / p95 ${f.readP95} ms，写 p50 ${f.writeP50} / p95 ${f.writeP95} ms`,
  );
  console.log(
    `  成功写入 ${f.writesOk}，409 ${f.conflicts}，其他 4xx ${f.other4xx}，5xx ${f.errors5xx}，网络错误 ${f.networkErrors}`,
  );
  if (count > 1)
    console.log(
      `  ${instances.map((_, i) => `实例 ${i}：成功写入 ${log.writes.filter((w) => w.instance === i && w.status === 200).length}，409 ${log.writes.filter((w) => w.instance === i && w.status === 409).length}`).join("；")}`,
    );
  for (const c of checks) console.log(`  ${c.pass ? "PASS" : "FAIL"} ${c.name}：${c.detail}`);
  for (const p of problems.slice(0, 10)) console.log(`  ! ${p}`);
  const serverErrors = instances
    .map(
      (inst, i) => inst.stderr().trim() && `实例 ${i}（${inst.logFile}）stderr:\n${inst.stderr().trim().slice(-4000)}`,
    )
    .filter(Boolean);
  for (const e of serverErrors) console.log(`  ${e.split("\n").slice(0, 30).join("\n  ")}`);
  await cleanUp();
  return {
    db: kind,
    instances: count,
    clients: CLIENTS,
    ops: OPS,
    records: ids.length,
    figures: f,
    lostUpdates: history.lost,
    checks,
    logs: instances.map((i) => i.logFile),
    serverErrors,
  };
}

function table(results: Result[]) {
  const head = [
    "数据库",
    "实例数",
    "请求数",
    "用时 s",
    "吞吐量 次/秒",
    "读 p50/p95 ms",
    "写 p50/p95 ms",
    "成功写入",
    "409",
    "其他 4xx",
    "5xx",
    "网络错误",
    "丢失更新",
    "检查",
  ];
  const rows = results.map(({ db, instances, figures: f, lostUpdates, checks }) => [
    db === "sqlite" ? "SQLite" : "PostgreSQL",
    instances,
    f.requests,
    f.seconds,
    f.throughput,
    `${f.readP50} / ${f.readP95}`,
    `${f.writeP50} / ${f.writeP95}`,
    f.writesOk,
    f.conflicts,
    f.other4xx,
    f.errors5xx,
    f.networkErrors,
    lostUpdates,
    checks.every((c) => c.pass) ? "全部通过" : `${checks.filter((c) => !c.pass).length} 项失败`,
  ]);
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

if (args.scenario === "imports") {
  try {
    const results: ImportFigures[] = [];
    for (const kind of kinds) {
      results.push(...(await runImportScenarios(kind, args["pg-url"]!, logDir, deadline)));
      await cleanUp();
    }
    const md = importTable(results);
    console.log(
      `\n${cpus().length} 核，Node ${process.version}，${new Date().toISOString()}\n\n${md}\n\n服务器日志：${logDir}`,
    );
    process.exitCode = results.every((r) => r.met) ? 0 : 1;
  } catch (e) {
    console.error("\n运行失败：", e instanceof Error ? (e.stack ?? e.message) : e, `\n服务器日志：${logDir}`);
    process.exitCode = 2;
  } finally {
    await cleanUp();
    process.exit();
  }
}

try {
  const results: Result[] = [];
  for (const kind of kinds) results.push(await runOn(kind));
  const md = table(results);
  console.log(
    `\n${CLIENTS} 个客户端 × ${OPS} 次操作（读写交替），${RECORDS} 条共享企业记录；${cpus().length} 核，Node ${process.version}\n\n${md}\n\n服务器日志：${logDir}`,
  );
  const file = join(import.meta.dirname, "results.json");
  writeFileSync(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), node: process.version, cpus: cpus().length, results, table: md },
      null,
      2,
    ) + "\n",
  );
  console.log(`已写入 ${file}`);
  process.exitCode = results.every((r) => r.checks.every((c) => c.pass)) ? 0 : 1;
} catch (e) {
  console.error("\n运行失败：", e instanceof Error ? (e.stack ?? e.message) : e, `\n服务器日志：${logDir}`);
  process.exitCode = 2;
} finally {
  await cleanUp();
  process.exit(); // idle keep-alive sockets would hold the process a few seconds more
}

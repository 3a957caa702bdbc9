// The load run's fixtures: a fresh database (a SQLite file or a new PostgreSQL database) and the real
// server started on it as child processes; everything registered here is torn down by cleanUp().
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";

export type DbKind = "sqlite" | "postgres";
export const ROOT = resolve(import.meta.dirname, "..", "..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Teardown steps, run last-in first-out by cleanUp (also on a timeout or an error). */
const cleanups: (() => Promise<void> | void)[] = [];
const children = new Set<ChildProcess>();
export async function cleanUp() {
  while (cleanups.length) await Promise.resolve(cleanups.pop()!()).catch((e) => console.error("清理失败：", e));
}
// Last resort: never leave a server running behind us.
process.on("exit", () => children.forEach((c) => c.exitCode === null && c.kill("SIGKILL")));

export interface Database {
  kind: DbKind;
  /** DATABASE_PATH or DATABASE_URL, and FILES_DIR, for the server. */
  env: Record<string, string>;
  /** A folder of our own for the files (removed at the end). */
  dir: string;
}

/** A new empty database; dropped (and its folder removed) by cleanUp. */
export async function freshDatabase(kind: DbKind, pgUrl: string): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), `giants-load-${kind}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const env: Record<string, string> = { FILES_DIR: join(dir, "files") };
  if (kind === "sqlite") return { kind, dir, env: { ...env, DATABASE_PATH: join(dir, "load.sqlite") } };
  const name = `load_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  admin.on("error", (e) => console.error("PostgreSQL 管理连接出错：", e.message));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  return { kind, dir, env: { ...env, DATABASE_URL: url.toString() } };
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

export interface Instance {
  url: string;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  logFile: string;
}

/** The server's environment: ours, minus anything that would point it at another database or at production. */
function serverEnv(db: Database, port: number) {
  const env: Record<string, string | undefined> = { ...process.env, ...db.env, PORT: String(port) };
  for (const k of ["NODE_ENV", "DATABASE_URL", "DATABASE_PATH", "TRUST_PROXY", "FAILPOINT"]) if (!(k in db.env)) delete env[k];
  return env;
}

/**
 * Starts `count` instances of `server/main.ts` at the same time and waits until each answers HTTP.
 * Their output goes to `logDir/<kind>-<i>.log` (kept after the run, as evidence).
 */
export async function startInstances(db: Database, count: number, logDir: string, deadlineMs: number): Promise<Instance[]> {
  const instances: Instance[] = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { cwd: ROOT, env: serverEnv(db, port), stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    cleanups.push(() => stop(child));
    let out = "";
    let err = "";
    const logFile = join(logDir, `${db.kind}-${i}.log`);
    const log = createWriteStream(logFile);
    child.stdout!.on("data", (d: Buffer) => ((out += d), log.write(d)));
    child.stderr!.on("data", (d: Buffer) => ((err += d), log.write(d)));
    instances.push({ url: `http://127.0.0.1:${port}`, child, stdout: () => out, stderr: () => err, logFile });
  }
  await Promise.all(instances.map((inst, i) => waitForHttp(inst, i, deadlineMs)));
  return instances;
}

async function waitForHttp(inst: Instance, i: number, deadlineMs: number) {
  while (Date.now() < deadlineMs) {
    if (inst.child.exitCode !== null) throw new Error(`实例 ${i} 启动失败（退出码 ${inst.child.exitCode}）：\n${inst.stderr()}`);
    try {
      await fetch(`${inst.url}/api/auth/me`, { signal: AbortSignal.timeout(2000) });
      return; // any HTTP answer (401) means it serves
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`实例 ${i} 未能在时限内启动：\n${inst.stderr()}`);
}

/** SIGTERM (the server closes and exits), SIGKILL after 5 s. */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

/**
 * The demo password of `admin`, as printed once by whichever instance created the accounts; when none
 * printed it (accounts existed), reset it with the user command line.
 */
export async function adminPassword(db: Database, instances: Instance[]): Promise<string> {
  for (const inst of instances) {
    const m = /^\s+admin\s+(\S+)\s/m.exec(inst.stdout());
    if (m) return m[1];
  }
  const password = `load-test-${Date.now()}a1`;
  const cli = spawn(process.execPath, ["--import", "tsx", "server/userCli.ts", "add", "admin", "--role", "province", "--password", password], {
    cwd: ROOT, env: serverEnv(db, 0), stdio: "inherit",
  });
  const code = await new Promise((r) => cli.once("exit", r));
  if (code !== 0) throw new Error(`npm run user 失败（${code}）`);
  return password;
}

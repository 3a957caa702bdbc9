// The load run's fixtures: a fresh database (a SQLite file or a new PostgreSQL database) and the real
// server started on it as child processes; everything registered here is torn down by cleanUp().
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresDatabase } from "../../server/db";
import { ROOT, startServerProcess, type ServerProcess } from "../serverProcess";

export type DbKind = "sqlite" | "postgres";

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
  const created = await createPostgresDatabase(
    pgUrl,
    `load_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`,
  );
  cleanups.push(() => created.drop());
  return { kind, dir, env: { ...env, DATABASE_URL: created.url } };
}

export interface Instance extends ServerProcess {
  logFile: string;
}

/** The server's environment: ours, minus anything that would point it at another database or at production. */
function serverEnv(db: Database) {
  const env: Record<string, string | undefined> = { ...process.env, ...db.env };
  for (const k of ["NODE_ENV", "DATABASE_URL", "DATABASE_PATH", "TRUST_PROXY", "FAILPOINT"])
    if (!(k in db.env)) delete env[k];
  return env;
}

/**
 * Starts `count` instances of the server (as `npm start` runs it) at the same time and waits until each answers HTTP.
 * Their output goes to `logDir/<kind>-<i>.log` (kept after the run, as evidence).
 */
export async function startInstances(
  db: Database,
  count: number,
  logDir: string,
  deadline: number,
): Promise<Instance[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const logFile = join(logDir, `${db.kind}-${i}.log`);
      const onSpawn = (child: ChildProcess) => {
        children.add(child);
        cleanups.push(() => stop(child));
      };
      const server = await startServerProcess(serverEnv(db), { deadline, log: createWriteStream(logFile), onSpawn });
      return { ...server, logFile };
    }),
  );
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
  const cli = spawn(
    process.execPath,
    ["--import", "tsx", "server/userCli.ts", "add", "admin", "--role", "province", "--password", password],
    {
      cwd: ROOT,
      env: serverEnv(db),
      stdio: "inherit",
    },
  );
  const code = await new Promise((r) => cli.once("exit", r));
  if (code !== 0) throw new Error(`npm run user 失败（${code}）`);
  return password;
}

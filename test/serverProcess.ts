// The real server, run as `npm start` runs it (dist/server/main.js, with the start script's Node flags), in a
// child process on a free port: for the fault and upload tests, the load script and the bench.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..");

/**
 * `npm start`'s command, read from package.json: `node <its flags> dist/server/main.js`. A test of memory or
 * speed measures the process the department runs, not the source under tsx (whose transpiling, cold on a
 * fresh clone, added 100–150 MB to an upload's peak).
 */
export const START_COMMAND = [
  process.execPath,
  ...(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"))
    .scripts.start.split(" ")
    .slice(1) as string[]),
];

let built = false;
/** npm start's prestart, once per process: builds dist/ when it is missing or older than its sources. */
export function buildIfStale() {
  if (built) return;
  execFileSync(process.execPath, ["scripts/buildIfStale.js"], { cwd: ROOT, stdio: "inherit" });
  built = true;
}

/** A port nobody listens on right now. */
export async function freePort() {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
}

/**
 * Starts the server as `npm start` does, with `env` (PORT is chosen here), and resolves once it answers HTTP;
 * throws with its output when it exits or misses `deadline`. `onSpawn` sees the child first, to stop it whatever happens.
 */
export async function startServerProcess(
  env: Record<string, string | undefined>,
  {
    deadline = Date.now() + 60_000,
    log,
    onSpawn,
  }: { deadline?: number; log?: NodeJS.WritableStream; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<ServerProcess> {
  buildIfStale();
  const port = await freePort();
  const [node, ...args] = START_COMMAND;
  const child = spawn(node, args, {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  onSpawn?.(child);
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => ((out += d), log?.write(d)));
  child.stderr!.on("data", (d: Buffer) => ((err += d), log?.write(d)));
  const server = { child, url: `http://127.0.0.1:${port}`, stdout: () => out, stderr: () => err };
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`服务器启动失败（退出码 ${child.exitCode}）：\n${out}${err}`);
    try {
      await fetch(`${server.url}/api/auth/me`, { signal: AbortSignal.timeout(2000) });
      return server; // any answer (a 401) means it serves
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`服务器未能在时限内启动：\n${out}${err}`);
}

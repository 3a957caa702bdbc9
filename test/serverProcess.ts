// The real server (server/main.ts, the source `npm start` runs built) in a child process on a free port: for the
// fault tests and the load script.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "..");

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
 * Starts server/main.ts with `env` (PORT is chosen here) and resolves once it answers HTTP; throws with
 * its output when it exits or misses `deadline`. `onSpawn` sees the child first, to stop it whatever happens.
 */
export async function startServerProcess(
  env: Record<string, string | undefined>,
  {
    deadline = Date.now() + 60_000,
    log,
    onSpawn,
  }: { deadline?: number; log?: NodeJS.WritableStream; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
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

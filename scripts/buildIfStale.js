// npm start's prestart: runs `npm run build` (admin into dist/admin, server into dist/server) when either
// is missing or older than anything it is built from, so a fresh clone or a pulled update starts from a
// current build, and every other start goes straight to `node dist/server/main.js`.
import { execSync } from "node:child_process";
import { statSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const OUTPUTS = ["dist/admin/index.html", "dist/server/main.js"];
const SOURCES = ["admin", "server", "entities", "seeds", "package.json", "package-lock.json"];
const CONFIGS = ["vite.config.ts", "vite.server.config.ts", "tsconfig.json"];

/** The latest modification time of a file, or of a folder and everything in it (0 when absent). */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = Math.min(...OUTPUTS.map((p) => statSync(join(root, p), { throwIfNoEntry: false })?.mtimeMs ?? 0));
const changed = Math.max(...[...SOURCES, ...CONFIGS].map((p) => newest(join(root, p))));
if (built < changed) {
  console.log(built ? "源代码有更新，正在重新构建（npm run build）……" : "首次启动，正在构建（npm run build）……");
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}

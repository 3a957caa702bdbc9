// npm run backup [-- PATH]: a consistent copy of the database at DATABASE_URL / DATABASE_PATH, also while
// the server runs. Restoring is described in the README ("备份与恢复").
import { backup } from "./backup";
import { databaseTarget } from "./db";

try {
  const { path, check } = await backup(databaseTarget(), process.argv[2]);
  console.log(`已备份到 ${path}（校验：${check}）`);
} catch (e) {
  console.error(`备份失败：${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}

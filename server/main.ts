// npm start: open (create, migrate, seed if empty) the database and serve the API and the admin.
import { seedIfEmpty } from "../seeds/index";
import { ensureAccounts } from "./accounts";
import { serve } from "./app";
import { exclusively, openDatabase } from "./db";
import { sweepFiles } from "./services/files";
import { startReminders } from "./services/reminders";

const ds = await openDatabase();
try {
  // Several instances may start together on one PostgreSQL database: one seeds, the others wait.
  const accounts = await exclusively(ds, async () => {
    if (process.env.NODE_ENV !== "production") {
      const seeded = await seedIfEmpty(ds);
      if (seeded) console.log(`已写入演示数据：${seeded}`);
    }
    return ensureAccounts(ds);
  });
  if (accounts) {
    console.log("已创建账号（密码只显示这一次，请妥善保存；可用 npm run user 重设）：");
    for (const a of accounts) console.log(`  ${a.username.padEnd(8)} ${a.password.padEnd(16)} ${a.displayName}`);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
const port = Number(process.env.PORT || 3000);
const server = serve(ds, port).on("listening", () => {
  console.log(`专精特新培育赋能管理平台已启动：http://localhost:${port}`);
});
// Stored files that nothing refers to any more go at start-up and every six hours.
const sweep = () =>
  sweepFiles(ds).then(
    (n) => n && console.log(`已清理 ${n} 个不再使用的档案文件`),
    (e) => console.error("清理档案文件失败：", e),
  );
void sweep();
setInterval(sweep, 6 * 3600_000).unref();
// Deadline reminders when due: at start and every ten minutes, on every instance (written once).
const reminders = startReminders(ds);
const stop = () =>
  server.close(() =>
    reminders
      .stop()
      .then(() => ds.destroy())
      .then(() => process.exit(0)),
  );
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

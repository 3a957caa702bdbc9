// npm start: open (create, migrate, seed if empty) the database and serve the API and the admin.
import { openDatabase } from "./db";
import { createApp } from "./app";
import { seedIfEmpty } from "../seeds/index";

const ds = await openDatabase();
const seeded = await seedIfEmpty(ds);
if (seeded) console.log(`已写入演示数据：${seeded}`);
const port = Number(process.env.PORT || 3000);
const server = createApp(ds).listen(port, () => {
  console.log(`专精特新培育赋能管理平台已启动：http://localhost:${port}`);
});
const stop = () => server.close(() => ds.destroy().then(() => process.exit(0)));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

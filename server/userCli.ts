// npm run user -- add NAME --role ROLE [--city CODE] [--services LIST] [--enterprise ID] --password PASS [--name 显示名]
// Creates or resets an account on the database at DATABASE_PATH, also while the server runs.
import { parseArgs } from "node:util";
import { openDatabase } from "./db";
import { upsertUser } from "./accounts";
import { ApiError } from "./errors";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: "string" },
    city: { type: "string" },
    services: { type: "string" },
    enterprise: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
  },
});
const [command, username] = positionals;
if (command !== "add" || !username || !values.role || !values.password) {
  console.error(
    "用法：npm run user -- add 用户名 --role province|city|provider|viewer|enterprise [--city 行政区划代码] [--services training,quality,management,tech] [--enterprise 企业编号] --password 密码 [--name 显示名]",
  );
  process.exit(2);
}
const ds = await openDatabase();
try {
  const user = await upsertUser(ds, {
    username,
    displayName: values.name,
    role: values.role,
    cityCode: values.city,
    enterpriseId: values.enterprise === undefined ? undefined : Number(values.enterprise),
    services: values.services
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    password: values.password,
  });
  console.log(`已保存账号 ${user.username}（${user.displayName}，角色 ${user.role}）`);
} catch (e) {
  console.error(
    e instanceof ApiError
      ? `${e.message}${Object.values(e.errors).length ? "：" + Object.values(e.errors).join("；") : ""}`
      : String(e),
  );
  process.exitCode = 1;
} finally {
  await ds.destroy();
}

// Server-only tables (not resources of the API): login sessions and login throttling.
import { defineResource } from "./describe";

/** A login session; the cookie holds a random token, the table only its SHA-256. */
export const session = defineResource({
  key: "sessions",
  entity: "Session",
  table: "app_session",
  label: "会话",
  title: "id",
  fields: {
    tokenHash: { label: "令牌摘要", type: "string", max: 64, required: true, unique: true },
    userId: { label: "用户", type: "ref", ref: "users", required: true },
    expiresAt: { label: "过期时间", type: "string", max: 30, required: true, filter: true },
    lastSeenAt: { label: "最近活动", type: "string", max: 30, required: true },
    ip: { label: "来源地址", type: "string", max: 60 },
  },
});

/** Failed logins per user name and per address: slowed, then locked for a while. */
export const loginThrottle = defineResource({
  key: "loginThrottles",
  entity: "LoginThrottle",
  table: "login_throttle",
  label: "登录限制",
  title: "key",
  fields: {
    key: { label: "键", type: "string", max: 120, required: true, unique: true },
    failures: { label: "连续失败次数", type: "int", required: true, default: 0 },
    lockedUntil: { label: "锁定至", type: "string", max: 30 },
    lastFailureAt: { label: "最近失败", type: "string", max: 30 },
  },
});

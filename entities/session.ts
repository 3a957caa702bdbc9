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

/**
 * An invitation a city bureau (or the department) makes for one enterprise: a one-time code, kept only as
 * its SHA-256, that lets the enterprise create its own account until it expires (entities/enterpriseForms.ts).
 */
export const invitation = defineResource({
  key: "invitations",
  entity: "Invitation",
  table: "invitation",
  label: "企业邀请",
  title: "id",
  fields: {
    codeHash: { label: "邀请码摘要", type: "string", max: 64, required: true, unique: true },
    // Plain numbers, not references: an enterprise or account deleted later leaves a dead code behind, not a block.
    enterpriseId: { label: "企业", type: "int", required: true },
    createdBy: { label: "邀请人", type: "int", required: true },
    expiresAt: { label: "过期时间", type: "string", max: 30, required: true },
    usedAt: { label: "使用时间", type: "string", max: 30 },
    usedBy: { label: "注册账号", type: "int" },
  },
});

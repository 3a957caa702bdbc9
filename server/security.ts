// Security headers, a bound on URLs, and the origin check that, with SameSite cookies, stops CSRF.
import type { RequestHandler } from "express";
import { ApiError, Forbidden } from "./errors";

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(process.env.NODE_ENV === "production" ? { "Strict-Transport-Security": "max-age=31536000" } : {}),
  });
  next();
};

export const MAX_URL_LENGTH = 8 * 1024;
export const limitUrl: RequestHandler = (req, _res, next) =>
  next(req.originalUrl.length > MAX_URL_LENGTH ? new ApiError(414, "请求地址过长，请减少筛选条件") : undefined);

/** Origins allowed besides the server's own (ALLOWED_ORIGINS, comma-separated, e.g. the Vite dev server). */
const allowed = () =>
  (process.env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A state-changing request that a browser sends from another site carries that site's Origin (or
 * Referer): refuse it. Requests without either come from programs, not from a browser page.
 */
export const sameOrigin: RequestHandler = (req, _res, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
  let source = req.get("origin");
  if (!source && req.get("referer")) {
    try {
      source = new URL(req.get("referer")!).origin;
    } catch {
      return next(new Forbidden("请求来源无效"));
    }
  }
  if (!source) return next();
  const own = `${req.protocol}://${req.get("host")}`;
  if (source === own || allowed().includes(source)) return next();
  next(new Forbidden("请求来源不被允许"));
};

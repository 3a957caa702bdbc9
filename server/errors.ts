// Typed errors, and the one place that turns any error into a JSON response in Chinese.
import type { ErrorRequestHandler } from "express";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: Record<string, string> = {},
  ) {
    super(message);
  }
}
export class BadRequest extends ApiError {
  constructor(message: string, errors: Record<string, string> = {}) {
    super(400, message, errors);
  }
}
export class ValidationFailed extends ApiError {
  constructor(errors: Record<string, string>) {
    super(400, `提交的内容有误：${Object.values(errors)[0]}`, errors);
  }
}
export class NotFound extends ApiError {
  constructor(message = "记录不存在或已被删除") {
    super(404, message);
  }
}
export class Unauthorized extends ApiError {
  constructor(message = "请先登录") {
    super(401, message);
  }
}
export class Forbidden extends ApiError {
  constructor(message = "您没有执行此操作的权限", errors: Record<string, string> = {}) {
    super(403, message, errors);
  }
}
export class TooManyRequests extends ApiError {
  constructor(message: string) {
    super(429, message);
  }
}
export class Conflict extends ApiError {
  constructor(message: string, errors: Record<string, string> = {}) {
    super(409, message, errors);
  }
}

/** Errors thrown by body parsing (express.json) carry a `type`. */
const PARSER_MESSAGES: Record<string, [number, string]> = {
  "entity.parse.failed": [400, "请求内容不是有效的 JSON"],
  "entity.too.large": [413, "请求内容过大"],
  "encoding.unsupported": [415, "不支持的字符编码"],
  "charset.unsupported": [415, "不支持的字符编码"],
  "request.aborted": [400, "请求被中断"],
  "encoding.invalid": [400, "请求内容不是有效的 UTF-8 文本"],
};

/** Database errors that a request can cause, SQLite's and PostgreSQL's codes alike. */
const DATABASE_MESSAGES: [string[], number, string][] = [
  [["SQLITE_CONSTRAINT_FOREIGNKEY*", "23503"], 409, "该记录仍被其他记录引用，或引用的记录不存在，操作未执行"],
  [["SQLITE_CONSTRAINT_UNIQUE*", "SQLITE_CONSTRAINT_PRIMARYKEY*", "23505"], 409, "与已有记录重复，操作未执行"],
  [["SQLITE_CONSTRAINT_NOTNULL*", "23502"], 400, "缺少必填内容，操作未执行"],
  [["SQLITE_CONSTRAINT*", "23*"], 400, "内容不符合数据约束，操作未执行"],
  [["22001"], 400, "内容过长，操作未执行"],
  [["22003", "SQLITE_TOOBIG", "SQLITE_RANGE"], 400, "数值或内容超出允许范围，操作未执行"],
  [["22021", "22P05", "22P02", "22007", "22008", "22*"], 400, "提交的内容格式不正确，操作未执行"],
  [["SQLITE_BUSY*", "SQLITE_LOCKED*", "40001", "40P01", "55P03", "53300", "57014"], 503, "数据库繁忙，请稍后重试"],
];

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  if (err instanceof ApiError) {
    res.status(err.status).json({ message: err.message, errors: err.errors });
    return;
  }
  const parser = err && PARSER_MESSAGES[err.type];
  if (parser) {
    res.status(parser[0]).json({ message: parser[1], errors: {} });
    return;
  }
  const code = String(err?.code ?? err?.driverError?.code ?? "");
  if (err?.name === "MulterError") {
    const status = code === "LIMIT_FILE_SIZE" ? 413 : 400;
    res.status(status).json({
      message: status === 413 ? "文件不能超过 10 MB" : "上传内容不正确：请在表单字段 file 中上传一个文件",
      errors: {},
    });
    return;
  }
  // Other refusals of the HTTP layer (a path that cannot be decoded, …) keep their 4xx, in Chinese.
  const status = Number(err?.status ?? err?.statusCode);
  if (err instanceof URIError || (status >= 400 && status < 500)) {
    const code4xx = status >= 400 && status < 500 ? status : 400;
    res.status(code4xx).json({
      message:
        code4xx === 413 ? "请求内容过大" : code4xx === 415 ? "不支持的内容类型或编码" : "请求的地址或内容无法解析",
      errors: {},
    });
    return;
  }
  const mapped = DATABASE_MESSAGES.find(([codes]) =>
    codes.some((c) => code === c || (c.endsWith("*") && code.startsWith(c.slice(0, -1)))),
  );
  if (mapped) {
    // A busy database is the server's trouble, not the request's: the operator should see it.
    if (mapped[1] >= 500) console.error(`${new Date().toISOString()} ${mapped[1]} ${code}: ${err?.message ?? err}`);
    res.status(mapped[1]).json({ message: mapped[2], errors: {} });
    return;
  }
  console.error(err);
  res.status(500).json({ message: "服务器内部错误，请联系管理员", errors: {} });
};

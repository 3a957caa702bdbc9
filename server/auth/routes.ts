// /api/auth: login, who am I, logout, password change; and the middleware that requires a session.
import { Router, type RequestHandler, type Response } from "express";
import type { DataSource } from "typeorm";
import type { Me, OkAnswer } from "../../entities/api";
import { resourceByKey } from "../../entities/registry";
import { passwordProblem } from "../../entities/user";
import { CONTROL } from "../../entities/validate";
import { accessMap, type Principal } from "../access/policy";
import { ApiError, BadRequest, Unauthorized, ValidationFailed } from "../errors";
import { audit, type RequestContext } from "../services/audit";
import { queued, read } from "../services/unitOfWork";
import { requestedRound } from "../services/rounds";
import { hashPassword } from "./passwords";
import {
  ABSOLUTE_HOURS,
  authenticate,
  checkPassword,
  endOtherSessions,
  endSession,
  login,
  SESSION_COOKIE,
} from "./sessions";
import { invitationCounters, passwordCounters, throttled } from "./throttle";
import type { EnterpriseFormService } from "../services/enterpriseForms";

const tokenOf = (cookieHeader: string | undefined) =>
  cookieHeader
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([k]) => k === SESSION_COOKIE)?.[1];

const secure = () => process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "1";

function setCookie(res: Response, token: string, maxAgeSeconds: number) {
  res.append(
    "Set-Cookie",
    `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure() ? "; Secure" : ""}`,
  );
}

const text = (v: unknown, name: string) => {
  if (typeof v !== "string" || v.length === 0 || v.length > 200)
    throw new BadRequest(`请填写${name}`, { [name === "用户名" ? "username" : "password"]: `请填写${name}` });
  // A user name is at most 40 characters without control characters: anything else is no account's.
  if (name === "用户名" && (v.trim().length > 40 || CONTROL.test(v) || /[\t\r\n]/.test(v)))
    throw new Unauthorized("用户名或密码不正确");
  return v;
};

/** Who acts before signing in (a failed login, an invitation being accepted): no rights at all. */
const ANONYMOUS: Principal = {
  id: 0,
  username: "",
  displayName: "",
  role: "viewer",
  cityId: null,
  services: [],
  enterpriseId: null,
};

/** What login and /me answer: the user and their access per resource. */
const me = ({ round: _round, ...user }: Principal): Me => ({ user, access: accessMap(user) });

/** A request's `roundId`: in its query, else in its list filter (ra-data-simple-rest's `filter` JSON). */
function roundParam(query: Record<string, unknown>): unknown {
  if (query.roundId !== undefined) return query.roundId;
  if (typeof query.filter !== "string" || !query.filter.includes("roundId")) return undefined;
  try {
    // A list of rounds (`roundId: [1, 2]`) is a condition on the rows, not the request's round.
    const v = (JSON.parse(query.filter) as Record<string, unknown>)?.roundId;
    return typeof v === "number" || typeof v === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}
const ok: OkAnswer = { ok: true };

/** Every /api route but login needs a session: req.ctx carries the principal. */
export function requireSession(ds: DataSource): RequestHandler {
  return async (req, _res, next) => {
    const found = await authenticate(ds, tokenOf(req.headers.cookie));
    if (!found) return next(new Unauthorized("请先登录，或登录已过期"));
    // The round the request is about: `roundId` in its query, or in a list's filter; else the current one.
    // An enterprise fills in the current round's forms only, whatever its request names.
    const asked = found.user.role === "enterprise" ? undefined : roundParam(req.query);
    const round = await read(ds, (m) => requestedRound(m, asked));
    req.ctx = { user: { ...found.user, round }, ip: req.ip ?? "" };
    req.sessionId = found.sessionId;
    next();
  };
}

export function authRouter(ds: DataSource, forms: EnterpriseFormService) {
  const router = Router();
  const record = (ctx: RequestContext, action: string, summary?: string) =>
    queued(ds, () =>
      audit(ds.manager, ctx, { action, resource: "users", recordIds: ctx.user.id > 0 ? [ctx.user.id] : [], summary }),
    );

  router.post("/login", async (req, res) => {
    const username = text(req.body?.username, "用户名").trim();
    const password = text(req.body?.password, "密码");
    const ip = req.ip ?? "";
    try {
      const { user, token } = await login(ds, username, password, ip);
      setCookie(res, token, ABSOLUTE_HOURS * 3600);
      await record({ user, ip }, "login");
      res.json(me(user));
    } catch (e) {
      await record(
        {
          user: { ...ANONYMOUS, username: username.slice(0, 40) },
          ip,
        },
        "loginFailed",
        e instanceof Error ? e.message : undefined,
      );
      throw e;
    }
  });

  // An enterprise's first visit: its invitation code, a user name and a password make its account and sign it in.
  // Wrong codes count against the address like failed logins.
  router.post("/accept-invitation", async (req, res) => {
    const ip = req.ip ?? "";
    const ctx = { user: { ...ANONYMOUS, username: "邀请码" }, ip };
    let username = "";
    let refused: unknown;
    await throttled(ds, invitationCounters(ip), async () => {
      try {
        username = await forms.acceptInvitation(ctx, req.body);
        return true;
      } catch (e) {
        refused = e;
        return !(e instanceof ApiError && "code" in e.errors);
      }
    });
    if (refused) throw refused;
    const { user, token } = await login(ds, username, String(req.body.password), ip);
    setCookie(res, token, ABSOLUTE_HOURS * 3600);
    await record({ user, ip }, "login");
    res.json(me(user));
  });

  const session = requireSession(ds);
  router.get("/me", session, (req, res) => {
    res.json(me(req.ctx!.user));
  });
  router.post("/logout", session, async (req, res) => {
    await endSession(ds, tokenOf(req.headers.cookie));
    await record(req.ctx!, "logout");
    setCookie(res, "", 0);
    res.json(ok);
  });
  router.post("/password", session, async (req, res) => {
    const current = text(req.body?.currentPassword, "当前密码");
    const next = text(req.body?.newPassword, "新密码");
    const users = ds.getRepository(resourceByKey.users.entity);
    const user = await queued(ds, () => users.findOneByOrFail({ id: req.ctx!.user.id }));
    if (!(await checkPassword(ds, passwordCounters(user.id), current, user.passwordHash)))
      throw new ValidationFailed({ currentPassword: "当前密码不正确" });
    const problem = passwordProblem(next);
    if (problem) throw new ValidationFailed({ newPassword: problem });
    const passwordHash = await hashPassword(next);
    await queued(ds, () => users.update({ id: user.id }, { passwordHash }));
    await endOtherSessions(ds, user.id, req.sessionId);
    await record(req.ctx!, "passwordChange");
    res.json(ok);
  });
  return router;
}

declare global {
  namespace Express {
    interface Request {
      ctx?: RequestContext;
      sessionId?: number;
    }
  }
}

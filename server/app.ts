// createApp(dataSource): the Express app without listen, so tests run the real server on a port of their own.
import { isUtf8 } from "node:buffer";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { dirname, join } from "node:path";
import express, { Router } from "express";
import type { DataSource } from "typeorm";
import { authRouter, requireSession } from "./auth/routes";
import { isStaff } from "./access/policy";
import { enterpriseFormsRouter } from "./actions/enterpriseForms";
import { EnterpriseFormService } from "./services/enterpriseForms";
import { errorHandler, NotFound } from "./errors";
import { archiveRouter } from "./actions/archive";
import { descriptionsRouter } from "./actions/descriptions";
import { fieldsFresh } from "./services/customFields";
import { importsRouter } from "./actions/imports";
import { noticesRouter } from "./actions/notices";
import { roundsRouter } from "./actions/rounds";
import { nominationsRouter } from "./actions/nominations";
import { formPdfsRouter, programmePdfsRouter } from "./actions/pdfs";
import { programmeRouter } from "./actions/programme";
import { searchRouter } from "./actions/search";
import { stampedCopiesRouter, stampedCopyStatusRouter } from "./actions/stampedCopies";
import { trainingRouter } from "./actions/training";
import { ArchiveService } from "./services/archive";
import { ImportService } from "./services/imports/importService";
import { PdfService } from "./services/pdf/documents";
import { ReportService } from "./services/reports";
import { SearchService } from "./services/search";
import { SelectionService } from "./services/selection";
import { StampedCopyService } from "./services/stampedCopies";
import { resourceServices, restReadRouter, restRouter } from "./rest/router";
import { TodoService } from "./services/todo";
import { todoRouter } from "./actions/todo";
import { TrainingService } from "./services/training";
import { limitUrl, sameOrigin, securityHeaders } from "./security";

/** The project's folder, the nearest with a package.json: above server/ from source, dist/server/ once built. */
function projectRoot(dir = import.meta.dirname): string {
  return existsSync(join(dir, "package.json")) || dirname(dir) === dir ? dir : projectRoot(dirname(dir));
}
export const ADMIN_DIST = join(projectRoot(), "dist", "admin");

/** A body said (or taken) to be UTF-8 that is not: refused rather than read with replacement characters. */
function refuseBrokenUtf8(req: IncomingMessage, _res: unknown, body: Buffer) {
  const charset = /charset=([^;]+)/i
    .exec(req.headers["content-type"] ?? "")?.[1]
    ?.trim()
    .toLowerCase();
  if ((!charset || charset === "utf-8" || charset === "utf8") && !isUtf8(body))
    throw Object.assign(new Error("invalid UTF-8"), { status: 400, type: "encoding.invalid" });
}

/**
 * The HTTP server for the app. Requests that Node refuses before Express sees them (a URL or
 * headers over 16 KB, a malformed request line) are answered in Chinese JSON too.
 */
export function serve(ds: DataSource, port: number, host?: string) {
  const server = createServer(createApp(ds));
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || err.code === "ECONNRESET") return socket.destroy();
    const tooLong = err.code === "HPE_HEADER_OVERFLOW";
    const body = JSON.stringify({
      message: tooLong ? "请求地址或请求头过长，请减少筛选条件" : "请求格式不正确",
      errors: {},
    });
    socket.end(
      `HTTP/1.1 ${tooLong ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
  return host ? server.listen(port, host) : server.listen(port);
}

/**
 * TRUST_PROXY as Express means it: a number of proxies ("1"), "true", or their addresses and subnets
 * ("loopback, 10.0.0.0/8"). Express takes any string as addresses, so "1" would trust nobody.
 */
export const trustProxy = (v: string) =>
  /^\d+$/.test(v.trim()) ? Number(v) : v.trim() === "true" ? true : v.trim() === "false" ? false : v;

/** Routers only the programme's staff reach: for anyone else the request goes on as if they were not there. */
function staffOnly(...routers: Router[]) {
  const gate = Router();
  gate.use((req, _res, next) => (isStaff(req.ctx!.user) ? next() : next("router")));
  gate.use(...routers);
  return gate;
}

export function createApp(ds: DataSource) {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // Answers of the API are never cached (no-store below): no ETag to hash for each of them.
  app.set("etag", false);
  if (process.env.TRUST_PROXY) app.set("trust proxy", trustProxy(process.env.TRUST_PROXY));
  app.use(securityHeaders, limitUrl);
  app.use("/api", (_req, res, next) => {
    res.set({ "Access-Control-Expose-Headers": "Content-Range, X-Fields-Version", "Cache-Control": "no-store" });
    next();
  });
  // Every body is JSON but an attachment's, which is the file itself.
  app.use(
    "/api",
    sameOrigin,
    express.json({
      limit: "5mb",
      type: (req) =>
        !/\/attachments(\?|$)/.test(req.url ?? "") && !String(req.headers["content-type"]).startsWith("multipart/"),
      verify: refuseBrokenUtf8,
    }),
  );
  const services = resourceServices(ds);
  const training = new TrainingService(ds, services);
  const forms = new EnterpriseFormService(ds, services);
  const pdfs = new PdfService(
    ds,
    services,
    training,
    new ReportService(ds, services),
    new ArchiveService(ds, services),
  );
  app.use("/api/auth", authRouter(ds, forms));
  app.use(
    "/api",
    requireSession(ds),
    // The department's custom fields are merged into the descriptions before anything reads them.
    fieldsFresh(ds),
    restReadRouter(services),
    descriptionsRouter(ds),
    enterpriseFormsRouter(forms),
    // The programme's work beyond one enterprise: an enterprise user finds none of it (a 404, as for a
    // resource it may not use); its own records, 档案, notices, search and forms are scoped like the lists.
    staffOnly(
      trainingRouter(training),
      programmeRouter(new SelectionService(ds), new ReportService(ds, services)),
      importsRouter(new ImportService(ds, services)),
      stampedCopiesRouter(new StampedCopyService(ds, services)),
      nominationsRouter(ds),
      roundsRouter(ds),
      programmePdfsRouter(ds, pdfs),
    ),
    formPdfsRouter(ds, pdfs),
    todoRouter(new TodoService(ds, services, training)),
    archiveRouter(new ArchiveService(ds, services)),
    stampedCopyStatusRouter(new StampedCopyService(ds, services)),
    noticesRouter(ds),
    searchRouter(new SearchService(ds, services)),
    restRouter(ds, services),
  );
  app.use("/api", (_req, _res, next) => next(new NotFound("接口不存在")));
  if (existsSync(ADMIN_DIST)) {
    app.use(express.static(ADMIN_DIST, { index: "index.html", maxAge: "1h" }));
    app.get("/{*splat}", (_req, res) => res.sendFile(join(ADMIN_DIST, "index.html")));
  } else {
    app.get("/", (_req, res) =>
      res
        .type("html")
        .send(
          "<!doctype html><meta charset=utf-8><title>专精特新培育赋能管理平台</title><p>管理界面尚未构建：请运行 npm run build。",
        ),
    );
  }
  app.use(errorHandler);
  return app;
}

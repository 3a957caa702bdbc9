// createApp(dataSource): the Express app without listen, so tests run the real server on a port of their own.
import { existsSync } from "node:fs";
import { join } from "node:path";
import express from "express";
import type { DataSource } from "typeorm";
import { authRouter, requireSession } from "./auth/routes";
import { errorHandler, NotFound } from "./errors";
import { archiveRouter } from "./actions/archive";
import { importsRouter } from "./actions/imports";
import { programmeRouter } from "./actions/programme";
import { trainingRouter } from "./actions/training";
import { ArchiveService } from "./services/archive";
import { ImportService } from "./services/imports/importService";
import { ReportService } from "./services/reports";
import { SelectionService } from "./services/selection";
import { resourceServices, restRouter } from "./rest/router";
import { TrainingService } from "./services/training";
import { limitUrl, sameOrigin, securityHeaders } from "./security";

export const ADMIN_DIST = join(import.meta.dirname, "..", "dist", "admin");

export function createApp(ds: DataSource) {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
  app.use(securityHeaders, limitUrl);
  app.use("/api", (_req, res, next) => {
    res.set({ "Access-Control-Expose-Headers": "Content-Range", "Cache-Control": "no-store" });
    next();
  });
  // Every body is JSON but an attachment's, which is the file itself.
  app.use("/api", sameOrigin, express.json({ limit: "5mb", type: (req) => !/\/attachments(\?|$)/.test(req.url ?? "") && !String(req.headers["content-type"]).startsWith("multipart/") }));
  app.use("/api/auth", authRouter(ds));
  const services = resourceServices(ds);
  app.use(
    "/api",
    requireSession(ds),
    trainingRouter(new TrainingService(ds, services)),
    programmeRouter(new SelectionService(ds), new ReportService(ds, services)),
    importsRouter(new ImportService(ds, services)),
    archiveRouter(new ArchiveService(ds, services)),
    restRouter(ds, services),
  );
  app.use("/api", (_req, _res, next) => next(new NotFound("接口不存在")));
  if (existsSync(ADMIN_DIST)) {
    app.use(express.static(ADMIN_DIST, { index: "index.html", maxAge: "1h" }));
    app.get("/{*splat}", (_req, res) => res.sendFile(join(ADMIN_DIST, "index.html")));
  } else {
    app.get("/", (_req, res) =>
      res.type("html").send("<!doctype html><meta charset=utf-8><title>专精特新培育赋能管理平台</title><p>管理界面尚未构建：请运行 npm run build。"),
    );
  }
  app.use(errorHandler);
  return app;
}

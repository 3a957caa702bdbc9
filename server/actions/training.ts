// The training workflow's endpoints: attendance grid, class report, certificates, admission notices.
import { Router } from "express";
import type { TrainingService } from "../services/training";
import { admissionNoticesHtml, classReportXlsx } from "./classDocuments";

export function trainingRouter(training: TrainingService) {
  const router = Router();
  router.get("/classSessions/:id/attendance-grid", async (req, res) => {
    res.json(await training.grid(req.ctx!, req.params.id));
  });
  router.put("/classSessions/:id/attendance-grid", async (req, res) => {
    res.json(await training.saveGrid(req.ctx!, req.params.id, req.body));
  });
  router.get("/trainingClasses/:id/report", async (req, res) => {
    res.json(await training.report(req.ctx!, req.params.id));
  });
  router.get("/trainingClasses/:id/report.xlsx", async (req, res) => {
    await classReportXlsx(await training.report(req.ctx!, req.params.id), res);
  });
  router.get("/trainingClasses/:id/admission-notices", async (req, res) => {
    res.type("html").send(admissionNoticesHtml(await training.report(req.ctx!, req.params.id)));
  });
  router.post("/trainingClasses/:id/certificates", async (req, res) => {
    res.json(await training.issueCertificates(req.ctx!, req.params.id));
  });
  return router;
}

// 择优遴选 and the official reports.
import { Router } from "express";
import type { SelectionReopened, SelectionResult } from "../../entities/api";
import type { ReportService } from "../services/reports";
import type { SelectionService } from "../services/selection";
import { sendWorkbook } from "./download";

export function programmeRouter(selection: SelectionService, reports: ReportService) {
  const router = Router();
  router.get("/techDemands/selection", async (req, res) => {
    const answer: SelectionResult = await selection.state(req.ctx!);
    res.json(answer);
  });
  router.post("/techDemands/selection", async (req, res) => {
    const answer: SelectionResult = await selection.run(req.ctx!, req.body);
    res.json(answer);
  });
  router.post("/techDemands/selection/reopen", async (req, res) => {
    const answer: SelectionReopened = await selection.reopen(req.ctx!, req.body);
    res.json(answer);
  });
  router.get("/reports/city-summary.xlsx", async (req, res) => {
    const { wb, name } = await reports.citySummary(req.ctx!.user, req.query.cityId);
    await sendWorkbook(res, wb, name);
  });
  router.get("/reports/province-summary.xlsx", async (req, res) => {
    const { wb, name } = await reports.provinceSummary(req.ctx!.user);
    await sendWorkbook(res, wb, name);
  });
  router.get("/reports/selected-projects.xlsx", async (req, res) => {
    const { wb, name } = await reports.selectedProjects(req.ctx!.user);
    await sendWorkbook(res, wb, name);
  });
  return router;
}

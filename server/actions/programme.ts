// 择优遴选 and the official reports.
import { Router, type Response } from "express";
import type ExcelJS from "exceljs";
import type { ReportService } from "../services/reports";
import type { SelectionService } from "../services/selection";

async function sendWorkbook(res: Response, { wb, name }: { wb: ExcelJS.Workbook; name: string }) {
  res.set({
    "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "Content-Disposition": `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
  await wb.xlsx.write(res);
  res.end();
}

export function programmeRouter(selection: SelectionService, reports: ReportService) {
  const router = Router();
  router.get("/techDemands/selection", async (req, res) => {
    res.json(await selection.state(req.ctx!));
  });
  router.post("/techDemands/selection", async (req, res) => {
    res.json(await selection.run(req.ctx!, req.body));
  });
  router.post("/techDemands/selection/reopen", async (req, res) => {
    res.json(await selection.reopen(req.ctx!, req.body));
  });
  router.get("/reports/city-summary.xlsx", async (req, res) => {
    await sendWorkbook(res, await reports.citySummary(req.ctx!.user, req.query.cityId));
  });
  router.get("/reports/province-summary.xlsx", async (req, res) => {
    await sendWorkbook(res, await reports.provinceSummary(req.ctx!.user));
  });
  router.get("/reports/selected-projects.xlsx", async (req, res) => {
    await sendWorkbook(res, await reports.selectedProjects(req.ctx!.user));
  });
  return router;
}

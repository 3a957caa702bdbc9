// 签章件: GET /api/reports/missing-stamped-copies (and .xlsx: 签章件缺失清单, the staff's) and a record's own
// status, GET /api/{registrations|trainees|techDemands}/{id}/stamped-copy (the record page's chip).
import { Router } from "express";
import type { MissingStampedCopy, StampedCopyStatus } from "../../entities/attachment";
import type { StampedCopyService } from "../services/stampedCopies";
import { sendWorkbook } from "./download";

export function stampedCopiesRouter(stamped: StampedCopyService) {
  const router = Router();
  router.get("/reports/missing-stamped-copies.xlsx", async (req, res) => {
    const { wb, name } = await stamped.missingWorkbook(req.ctx!.user, req.query.cityId);
    await sendWorkbook(res, wb, name);
  });
  router.get("/reports/missing-stamped-copies", async (req, res) => {
    if (req.query.format === "xlsx") {
      const { wb, name } = await stamped.missingWorkbook(req.ctx!.user, req.query.cityId);
      return sendWorkbook(res, wb, name);
    }
    const answer: MissingStampedCopy[] = await stamped.missing(req.ctx!.user, req.query.cityId);
    res.json(answer);
  });
  return router;
}

/** A record's own status: for whoever sees the record (an enterprise user its own forms, like its 档案). */
export function stampedCopyStatusRouter(stamped: StampedCopyService) {
  const router = Router();
  router.get("/:resource/:id/stamped-copy", async (req, res) => {
    const answer: StampedCopyStatus = await stamped.one(req.ctx!.user, req.params.resource, req.params.id);
    res.json(answer);
  });
  return router;
}

// POST /api/registrations/bulk-create: many nominations in one request and one transaction.
import { Router } from "express";
import type { DataSource } from "typeorm";
import type { BulkNominationAnswer, BulkNominationRefused } from "../../entities/api";
import { bulkNominate, NominationsRefused } from "../services/nominations";

export function nominationsRouter(ds: DataSource) {
  const router = Router();
  router.post("/registrations/bulk-create", async (req, res) => {
    try {
      const answer: BulkNominationAnswer = await bulkNominate(ds, req.ctx!, req.body);
      res.status(201).json(answer);
    } catch (e) {
      if (!(e instanceof NominationsRefused)) throw e;
      const body: BulkNominationRefused = { message: e.message, errors: e.errors, refused: e.refused };
      res.status(400).json(body);
    }
  });
  return router;
}

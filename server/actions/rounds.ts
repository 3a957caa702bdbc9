// 培育批次: 新建批次 (a draft copied from a round: its settings and classes).
import { Router } from "express";
import type { DataSource } from "typeorm";
import { resourceByKey } from "../../entities/registry";
import { presentRecord } from "../services/records/presentRecord";
import { copyRound } from "../services/rounds";

export function roundsRouter(ds: DataSource) {
  const router = Router();
  router.post("/rounds/:id/copy", async (req, res) => {
    const round = await copyRound(ds, req.ctx!, req.params.id);
    res.status(201).json(presentRecord(resourceByKey.rounds, round, req.ctx!.user));
  });
  return router;
}

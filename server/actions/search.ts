// GET /api/search?q=…: the app bar's search across the panel (services/search.ts).
import { Router } from "express";
import type { SearchService } from "../services/search";

export function searchRouter(search: SearchService) {
  const router = Router();
  router.get("/search", async (req, res) => {
    res.json(await search.search(req.ctx!.user, req.query.q));
  });
  return router;
}

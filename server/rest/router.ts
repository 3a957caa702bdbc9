// The generic ra-data-simple-rest router over the registry: a thin HTTP edge over ResourceService.
import { Router } from "express";
import type { DataSource } from "typeorm";
import { resources } from "../../entities/registry";
import { exportList } from "../actions/export";
import { NotFound } from "../errors";
import { isStaff } from "../access/policy";
import { programmeProgress } from "../services/dashboard";
import { ResourceService } from "../services/resourceService";
import { parseListParams } from "./listQuery";

/** One service per described resource. */
export const resourceServices = (ds: DataSource) => new Map(resources.map((r) => [r.key, new ResourceService(ds, r)]));

export function restRouter(ds: DataSource, services: Map<string, ResourceService>) {
  const router = Router();

  router.param("resource", (req, _res, next, key: string) => {
    const service = services.get(key);
    // A resource the role may not use at all is answered as if it did not exist.
    if (!service) return next(new NotFound(`没有名为“${key.slice(0, 40)}”的资源`));
    req.service = service;
    next();
  });

  // Custom actions first, so "export.xlsx" or "bulk-update" is never taken for an id.
  router.get("/dashboard", async (req, res) => {
    // The programme's figures are the staff's: an enterprise user has no such page.
    if (!isStaff(req.ctx!.user)) throw new NotFound("接口不存在");
    res.json(await programmeProgress(ds, req.ctx!.user));
  });
  router.get("/:resource/export.:format", async (req, res) => {
    await exportList(ds, req.ctx!, req.service!, req.params.format, req.query as Record<string, unknown>, res);
  });
  router.post("/:resource/bulk-update", async (req, res) => {
    res.json(await req.service!.bulkUpdate(req.ctx!, req.body ?? {}, req.body?.data));
  });
  router.post("/:resource/bulk-delete", async (req, res) => {
    res.json({ data: await req.service!.bulkDelete(req.ctx!, req.body ?? {}) });
  });

  router.get("/:resource", async (req, res) => {
    const params = parseListParams(req.service!.desc, req.query as Record<string, unknown>);
    const { total, rows } = await req.service!.list(req.ctx!.user, params);
    const [start] = params.range;
    const span = rows.length ? `${start}-${start + rows.length - 1}` : "*";
    res.set("Content-Range", `${req.service!.desc.key} ${span}/${total}`).json(rows);
  });
  router.get("/:resource/:id", async (req, res) => {
    res.json(await req.service!.getOne(req.ctx!.user, req.params.id));
  });
  router.post("/:resource", async (req, res) => {
    res.status(201).json(await req.service!.create(req.ctx!, req.body));
  });
  router.put("/:resource/:id", async (req, res) => {
    res.json(await req.service!.update(req.ctx!, req.params.id, req.body));
  });
  router.delete("/:resource/:id", async (req, res) => {
    res.json(await req.service!.delete(req.ctx!, req.params.id));
  });
  return router;
}

declare global {
  namespace Express {
    interface Request {
      service?: ResourceService;
    }
  }
}

// The generic ra-data-simple-rest router over the registry: a thin HTTP edge over ResourceService.
import { Router, type NextFunction, type Request, type Response } from "express";
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

/** GET of a list: one page of the visible records, its span and total in Content-Range. */
async function listPage(req: Request, res: Response) {
  const params = parseListParams(req.service!.desc, req.query as Record<string, unknown>);
  const { total, rows } = await req.service!.list(req.ctx!.user, params);
  const [start] = params.range;
  const span = rows.length ? `${start}-${start + rows.length - 1}` : "*";
  res.set("Content-Range", `${req.service!.desc.key} ${span}/${total}`).json(rows);
}

/** GET of one record. */
async function oneRecord(req: Request, res: Response) {
  res.json(await req.service!.getOne(req.ctx!.user, req.params.id));
}

/**
 * The reads every list page makes (GET /:resource, GET /:resource/{number}), mounted ahead of the custom
 * actions' routers so that a page does not walk past all their routes first. No custom action answers a
 * GET of these shapes for a resource (their paths are words: /techDemands/selection, /todo); whatever is
 * not a resource's read goes on to them, and to restRouter.
 */
export function restReadRouter(services: Map<string, ResourceService>) {
  const router = Router();
  const reads =
    (handler: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => {
      const service = services.get(req.params.resource as string);
      if (!service || (req.params.id !== undefined && !/^\d+$/.test(req.params.id as string))) return next();
      req.service = service;
      return handler(req, res);
    };
  router.get("/:resource", reads(listPage));
  router.get("/:resource/:id", reads(oneRecord));
  return router;
}

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

  router.get("/:resource", listPage);
  router.get("/:resource/:id", oneRecord);
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

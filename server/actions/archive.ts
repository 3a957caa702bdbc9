// /api/{r}/{id}/attachments and /api/attachments/{id}/file.
import express, { Router } from "express";
import { ATTACHMENT_MAX_BYTES } from "../../entities/attachment";
import type { ArchiveService } from "../services/archive";
import { asAttachment } from "./download";

export function archiveRouter(archive: ArchiveService) {
  const router = Router();
  router.get("/attachments/:id/file", async (req, res) => {
    const { row, path } = await archive.file(req.ctx!, req.params.id);
    asAttachment(res, row.fileName, row.mimeType);
    res.sendFile(path);
  });
  router.get("/:resource/:id/attachments", async (req, res) => {
    res.json(await archive.list(req.ctx!, req.params.resource, req.params.id));
  });
  router.post(
    "/:resource/:id/attachments",
    express.raw({ type: () => true, limit: ATTACHMENT_MAX_BYTES + 1 }),
    async (req, res) => {
      res
        .status(201)
        .json(
          await archive.upload(
            req.ctx!,
            req.params.resource,
            req.params.id,
            req.query as Record<string, unknown>,
            req.body,
          ),
        );
    },
  );
  router.delete("/:resource/:id/attachments/:attachmentId", async (req, res) => {
    res.json(await archive.remove(req.ctx!, req.params.resource, req.params.id, req.params.attachmentId));
  });
  return router;
}

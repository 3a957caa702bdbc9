// /api/imports/{kind}: preview (or commit) an uploaded sheet; its template; its error rows.
import { Router } from "express";
import multer from "multer";
import type { ImportResult } from "../../entities/api";
import { IMPORT_MAX_BYTES } from "../../entities/imports";
import type { ImportService } from "../services/imports/importService";
import { sendWorkbook } from "./download";

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 20 },
});
const flag = (v: unknown) => v === "1" || v === "true" || v === true;

/** Browsers send UTF-8 file names; multipart parsers read them as Latin-1. */
const fileName = (name: string) => {
  const utf8 = Buffer.from(name, "latin1").toString("utf8");
  return utf8.includes("\ufffd") ? name : utf8;
};

export function importsRouter(imports: ImportService) {
  const router = Router();
  router.get("/imports/:kind/template.xlsx", async (req, res) => {
    const { wb, name } = imports.template(String(req.params.kind));
    await sendWorkbook(res, wb, name);
  });
  router.post("/imports/:kind", upload.single("file"), async (req, res) => {
    const file = req.file ? { buffer: req.file.buffer, originalname: fileName(req.file.originalname) } : undefined;
    const options = { ...req.query, ...req.body } as Record<string, unknown>;
    if (options.errors === "xlsx") {
      const preview = await imports.preview(req.ctx!.user, String(req.params.kind), file, options.cityId);
      return sendWorkbook(res, await imports.errorSheet(preview), `错误行-${file?.originalname ?? "导入"}.xlsx`);
    }
    const result = flag(options.commit)
      ? await imports.commit(req.ctx!.user, req.ctx!.ip, String(req.params.kind), file, {
          cityId: options.cityId,
          skipErrors: flag(options.skipErrors),
        })
      : await imports.preview(req.ctx!.user, String(req.params.kind), file, options.cityId);
    // The sheet's header cells and each row's values stay on the server.
    const { header: _header, ...rest } = result;
    const answer: ImportResult = {
      ...rest,
      rows: result.rows.map(({ row, outcome, errors, changes }) => ({ row, outcome, errors, changes })),
    };
    res.json(answer);
  });
  return router;
}

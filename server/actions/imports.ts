// /api/imports/{kind}: preview (or commit) an uploaded sheet; its template; its error rows.
// At most IMPORT_MAX_RUNNING uploads are received and read at once by this instance: the next gets a 429
// before its body is buffered, and a slot is freed however the import ends (answer, error, client gone).
import { Router, type Request, type Response } from "express";
import multer from "multer";
import type { ImportResult } from "../../entities/api";
import { IMPORT_MAX_BYTES, IMPORT_MAX_RUNNING } from "../../entities/imports";
import { TooManyRequests } from "../errors";
import type { ImportService } from "../services/imports/importService";
import { sendWorkbook } from "./download";

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 20 },
}).single("file");
const flag = (v: unknown) => v === "1" || v === "true" || v === true;

/** Browsers send UTF-8 file names; multipart parsers read them as Latin-1. */
const fileName = (name: string) => {
  const utf8 = Buffer.from(name, "latin1").toString("utf8");
  return utf8.includes("\ufffd") ? name : utf8;
};

/** Imports running in this process now. */
let running = 0;
export const importsRunning = () => running;

/** The multipart body read (multer), or the reason it was not; settles also when the client goes away mid-upload. */
const receive = (req: Request, res: Response, gone: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const abort = () => reject(Object.assign(new Error("request aborted"), { type: "request.aborted" }));
    if (gone.aborted) return abort();
    gone.addEventListener("abort", abort, { once: true });
    upload(req, res, (err?: unknown) => {
      gone.removeEventListener("abort", abort);
      if (err) reject(err);
      else resolve();
    });
  });

export function importsRouter(imports: ImportService) {
  const router = Router();
  router.get("/imports/:kind/template.xlsx", async (req, res) => {
    const { wb, name } = imports.template(String(req.params.kind));
    await sendWorkbook(res, wb, name);
  });
  router.post("/imports/:kind", async (req, res) => {
    if (running >= IMPORT_MAX_RUNNING) {
      // Answered at once: Node drops the rest of the body as it arrives (reading it all first, to answer
      // after a whole request, made the server peak at 360–410 MB under twenty uploads instead of 250–275).
      res.set("Retry-After", "5");
      throw new TooManyRequests("导入任务较多，请稍后再试（约 5 秒后）");
    }
    running++;
    const gone = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) gone.abort();
    };
    res.on("close", onClose);
    try {
      await receive(req, res, gone.signal);
      const file = req.file ? { buffer: req.file.buffer, originalname: fileName(req.file.originalname) } : undefined;
      const options = { ...req.query, ...req.body } as Record<string, unknown>;
      const kind = String(req.params.kind);
      if (options.errors === "xlsx") {
        const preview = await imports.preview(req.ctx!.user, kind, file, options.cityId, gone.signal);
        return await sendWorkbook(
          res,
          await imports.errorSheet(preview),
          `错误行-${file?.originalname ?? "导入"}.xlsx`,
        );
      }
      const result = flag(options.commit)
        ? await imports.commit(
            req.ctx!.user,
            req.ctx!.ip,
            kind,
            file,
            { cityId: options.cityId, skipErrors: flag(options.skipErrors) },
            gone.signal,
          )
        : await imports.preview(req.ctx!.user, kind, file, options.cityId, gone.signal);
      // The sheet's header cells and each row's values stay on the server.
      const { header: _header, ...rest } = result;
      const answer: ImportResult = {
        ...rest,
        rows: result.rows.map(({ row, outcome, errors, changes }) => ({ row, outcome, errors, changes })),
      };
      res.json(answer);
    } finally {
      running--;
      res.off("close", onClose);
    }
  });
  return router;
}

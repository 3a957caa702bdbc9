// The printed forms as PDFs (server/services/pdf/): each read as the request's principal reads the record,
// saved by the browser under its Chinese name, and written to the audit log as an export.
import { Router, type Response } from "express";
import type { DataSource } from "typeorm";
import { audit, type RequestContext } from "../services/audit";
import type { PdfService, Printed } from "../services/pdf/documents";
import { queued } from "../services/unitOfWork";
import { asAttachment } from "./download";

const sender = (ds: DataSource) => async (ctx: RequestContext, res: Response, printed: Promise<Printed>) => {
  const { pdf, name, resource, recordIds, summary } = await printed;
  await queued(ds, () => audit(ds.manager, ctx, { action: "export", resource, recordIds, summary }));
  asAttachment(res, name, "application/pdf");
  res.send(pdf);
};

/** One record's form (附件1-1, 1-2, 1-3): whoever reads the record prints it, an enterprise its own. */
export function formPdfsRouter(ds: DataSource, pdfs: PdfService) {
  const router = Router();
  const send = sender(ds);
  router.get("/registrations/:id/form.pdf", (req, res) =>
    send(req.ctx!, res, pdfs.registrationForm(req.ctx!, req.params.id)),
  );
  router.get("/trainees/:id/form.pdf", (req, res) => send(req.ctx!, res, pdfs.traineeForm(req.ctx!, req.params.id)));
  router.get("/techDemands/:id/form.pdf", (req, res) =>
    send(req.ctx!, res, pdfs.techDemandForm(req.ctx!, req.params.id)),
  );
  return router;
}

/** The programme's papers beyond one enterprise (a city's batch and 附件2, a class's notices and certificates): the staff's. */
export function programmePdfsRouter(ds: DataSource, pdfs: PdfService) {
  const router = Router();
  const send = sender(ds);
  router.get("/registrations/forms.pdf", (req, res) => send(req.ctx!, res, pdfs.cityForms(req.ctx!, req.query.cityId)));
  router.get("/reports/city-summary.pdf", (req, res) =>
    send(req.ctx!, res, pdfs.citySummary(req.ctx!, req.query.cityId)),
  );
  router.get("/trainingClasses/:id/admission-notices.pdf", (req, res) =>
    send(req.ctx!, res, pdfs.admissionNotices(req.ctx!, req.params.id)),
  );
  router.get("/trainingClasses/:id/certificates.pdf", (req, res) =>
    send(req.ctx!, res, pdfs.certificates(req.ctx!, req.params.id)),
  );
  return router;
}

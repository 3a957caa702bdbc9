// The printed forms as PDFs (server/services/pdf/): each read as the request's principal reads the record,
// saved by the browser under its Chinese name, and written to the audit log as an export.
import { Router, type Response } from "express";
import type { DataSource } from "typeorm";
import { audit, type RequestContext } from "../services/audit";
import type { PdfService, Printed } from "../services/pdf/documents";
import { queued } from "../services/unitOfWork";
import { asAttachment } from "./download";

export function pdfsRouter(ds: DataSource, pdfs: PdfService) {
  const router = Router();
  const send = async (ctx: RequestContext, res: Response, printed: Promise<Printed>) => {
    const { pdf, name, resource, recordIds, summary } = await printed;
    await queued(ds, () => audit(ds.manager, ctx, { action: "export", resource, recordIds, summary }));
    asAttachment(res, name, "application/pdf");
    res.send(pdf);
  };
  router.get("/registrations/forms.pdf", (req, res) => send(req.ctx!, res, pdfs.cityForms(req.ctx!, req.query.cityId)));
  router.get("/registrations/:id/form.pdf", (req, res) =>
    send(req.ctx!, res, pdfs.registrationForm(req.ctx!, req.params.id)),
  );
  router.get("/trainees/:id/form.pdf", (req, res) => send(req.ctx!, res, pdfs.traineeForm(req.ctx!, req.params.id)));
  router.get("/techDemands/:id/form.pdf", (req, res) =>
    send(req.ctx!, res, pdfs.techDemandForm(req.ctx!, req.params.id)),
  );
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

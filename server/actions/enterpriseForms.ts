// 企业在线填报: invitations, an enterprise's forms (GET /api/enterprise-forms), its submission and the city's
// review of each form. The service decides who may do what; these routes only read the request.
import { Router } from "express";
import type { EnterpriseFormService } from "../services/enterpriseForms";

export function enterpriseFormsRouter(forms: EnterpriseFormService) {
  const router = Router();
  router.post("/invitations", async (req, res) => {
    res.json(await forms.invite(req.ctx!, req.body));
  });
  router.get("/enterprise-forms", async (req, res) => {
    res.json(await forms.overview(req.ctx!.user, req.query.enterpriseId));
  });
  router.get("/enterprise-forms/submitted", async (req, res) => {
    res.json(await forms.submitted(req.ctx!.user));
  });
  router.post("/enterprise-forms/submit", async (req, res) => {
    res.json(await forms.submit(req.ctx!));
  });
  router.post("/enterprise-forms/review", async (req, res) => {
    res.json(await forms.review(req.ctx!, req.body));
  });
  return router;
}

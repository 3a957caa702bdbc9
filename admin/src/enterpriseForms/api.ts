// The server's 企业在线填报 calls (server/actions/enterpriseForms.ts, /api/auth/accept-invitation).
import type { Identifier } from "react-admin";
import type {
  AcceptInvitationRequest,
  EnterpriseFormsAnswer,
  FormReviewRequest,
  InvitationAnswer,
  Me,
  SubmittedFormsRow,
} from "../../../entities/api";
import { FORM_PAGES, reviewsForms } from "../../../entities/enterpriseForms";
import { API_URL, fetchJson } from "../dataProvider";

const json = async <T>(url: string, init?: RequestInit): Promise<T> =>
  (await fetchJson(`${API_URL}${url}`, init)).json as T;
const post = <T>(url: string, body?: unknown) =>
  json<T>(url, { method: "POST", body: body === undefined ? undefined : JSON.stringify(body) });

export const enterpriseFormsApi = {
  /** A city bureau's (or the department's) one-time code for an enterprise. */
  invite: (enterpriseId: Identifier) => post<InvitationAnswer>("/invitations", { enterpriseId }),
  /** Creates the enterprise's account and signs in (the session cookie is set by the answer). */
  acceptInvitation: (body: AcceptInvitationRequest) => post<Me>("/auth/accept-invitation", body),
  /** An enterprise's forms of the round: the user's own for an enterprise, `enterpriseId` for the staff. */
  overview: (enterpriseId?: Identifier) =>
    json<EnterpriseFormsAnswer>(
      `/enterprise-forms${enterpriseId === undefined ? "" : `?enterpriseId=${encodeURIComponent(String(enterpriseId))}`}`,
    ),
  /** The enterprises whose forms wait for the city's review. */
  submitted: () => json<SubmittedFormsRow[]>("/enterprise-forms/submitted"),
  submit: () => post<EnterpriseFormsAnswer>("/enterprise-forms/submit"),
  review: (body: FormReviewRequest) => post<EnterpriseFormsAnswer>("/enterprise-forms/review", body),
};

/** Who decides on a form (the server's reviewers); the read-only user only looks. */
export const canReviewForms = (p?: Me | null) => !!p && reviewsForms(p.user);

/** The react-query key of an enterprise's forms (undefined: the signed-in enterprise's own). */
export const formsKey = (enterpriseId?: Identifier) => ["enterpriseForms", enterpriseId ?? "mine"];
/** Where an enterprise user fills in and submits its forms, and the page that turns an invitation into an account. */
export { ACCEPT_PATH, MY_FORMS_PATH } from "../myForms/paths";
/** Where a city bureau reviews the enterprises' submitted forms (and one enterprise's at /enterprise-forms/:id). */
export const REVIEW_PATH = FORM_PAGES.review;

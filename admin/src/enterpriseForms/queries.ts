// The react-query keys of the review pages, and what a decision on a form refreshes.
import { useQueryClient } from "@tanstack/react-query";
import type { Identifier } from "react-admin";
import { ENTERPRISE_FORMS } from "../../../entities/enterpriseForms";
import { formsKey } from "./api";

/** Tried again only when the server did not answer: a refusal (a 404 for another city's enterprise) is final. */
export const retryUnanswered = (failures: number, error: unknown) =>
  failures < 2 && !((error as { status?: number })?.status ?? 0);

/** The enterprises whose forms wait for review (GET /api/enterprise-forms/submitted). */
export const SUBMITTED_KEY = ["enterpriseFormsSubmitted"];

/**
 * After a decision: the enterprise's forms, the list of those waiting, the 待办 (and the menu's counts,
 * which read it), and react-admin's cached records and lists of the forms' resources.
 */
export function useRefreshReview() {
  const client = useQueryClient();
  return (enterpriseId: Identifier) =>
    Promise.all([
      client.invalidateQueries({ queryKey: formsKey(enterpriseId) }),
      client.invalidateQueries({ queryKey: SUBMITTED_KEY }),
      client.invalidateQueries({ queryKey: ["todo"] }),
      ...Object.keys(ENTERPRISE_FORMS).map((r) => client.invalidateQueries({ queryKey: [r] })),
    ]);
}

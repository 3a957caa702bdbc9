// What the page sends: the parameters as typed, and the pins with their reasons.
import { SELECTION_DEFAULTS, type SelectionParams, type SelectionPin } from "../../../entities/selection";

/** The parameters as the form holds them (an empty limit is no limit). */
export interface ParameterForm {
  count: number | string;
  minReviews: number | string;
  maxPerCity: string;
  maxPerCategory: string;
}
export const DEFAULT_FORM: ParameterForm = {
  count: SELECTION_DEFAULTS.count,
  minReviews: SELECTION_DEFAULTS.minReviews,
  maxPerCity: "",
  maxPerCategory: "",
};

export type PinKind = "in" | "out";
/** Demand id → pinned in or out, with the reason. */
export type Pins = Record<number, { kind: PinKind; reason: string }>;

/** The request body of a dry run or a commit. */
export function selectionBody(form: ParameterForm, pins: Pins, dryRun: boolean): SelectionParams {
  const list = (kind: PinKind): SelectionPin[] =>
    Object.entries(pins)
      .filter(([, p]) => p.kind === kind)
      .map(([id, p]) => ({ id: Number(id), reason: p.reason }));
  return {
    count: Number(form.count),
    minReviews: Number(form.minReviews),
    dryRun,
    ...(form.maxPerCity ? { maxPerCity: Number(form.maxPerCity) } : {}),
    ...(form.maxPerCategory ? { maxPerCategory: Number(form.maxPerCategory) } : {}),
    pinnedIn: list("in"),
    pinnedOut: list("out"),
  };
}

// Who decides what, beyond write access to a resource's rows: read by the server's policy, which refuses
// the rest, and by the admin, which offers each user only the choices the server will accept.
// Browser-safe: no server code.
import type { CurrentUser } from "./api";
import type { ResourceDescription } from "./describe";
import { REGISTRATION_STATUS } from "./registration";

type Who = Pick<CurrentUser, "role" | "services">;
export interface Decision {
  fields: string[];
  roles: (p: Who) => boolean;
  /** The refusal, for the field's label; by default the providers' or the department's. */
  message?: (label: string) => string;
}

/**
 * Decisions that belong to others: a bureau fills in the forms, but admission and certificates are the
 * university's, a demand's status the tech-service firm's and the department's, a nomination's return
 * (and its reason) the department's.
 */
export const DECIDED_BY: Record<string, Decision> = {
  trainees: {
    fields: ["classId", "admissionStatus", "admissionNoticeNo", "certificateNo"],
    roles: (p) => p.role === "province" || p.services.includes("training"),
  },
  techDemands: { fields: ["status"], roles: (p) => p.role === "province" || p.services.includes("tech") },
  registrations: {
    fields: ["returnReason"],
    roles: (p) => p.role === "province",
    message: (label) => `${label}由省经信厅填写，市州经信局不能修改`,
  },
};

/** The states a role may put a record of a flow into itself (others' moves are decided by others). */
export const STATUS_SET_BY: Record<string, Partial<Record<Who["role"], { states: string[]; message: string }>>> = {
  registrations: {
    // A city nominates, withdraws, or nominates again after a return or a withdrawal; the department reviews.
    city: {
      states: [REGISTRATION_STATUS.nominated, REGISTRATION_STATUS.withdrawn],
      message: "市州经信局只能推荐或撤回，审核由省经信厅进行",
    },
  },
};

/** Whether the user may change `field` of the resource at all (null: may). */
export function decidedByOthers(p: Who, key: string, field: string): Decision | null {
  const d = DECIDED_BY[key];
  return d && d.fields.includes(field) && !d.roles(p) ? d : null;
}

/**
 * The states the user may move a record of the described flow to from `from` ("" or undefined: a new
 * record): the flow's transitions, less what others decide. The current state itself is not included.
 */
export function statusMoves(desc: ResourceDescription, p: Who, from: string | null | undefined): string[] {
  if (!desc.flow) return [];
  const { field, transitions } = desc.flow;
  let next = transitions[from ?? ""] ?? [];
  if (decidedByOthers(p, desc.key, field))
    // A new record starts in the described default; after that the state is someone else's to move.
    next = from ? [] : next.filter((s) => s === desc.fields[field].default);
  const only = STATUS_SET_BY[desc.key]?.[p.role];
  return only ? next.filter((s) => only.states.includes(s)) : next;
}

// The audit log: written in the same transaction as what it records.
import type { EntityManager } from "typeorm";
import { optionLabel, type ResourceDescription } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";
import type { Principal } from "../access/policy";
import { maskText, maskValue } from "./output";

type Rec = Record<string, any>;
export interface RequestContext {
  user: Principal;
  ip: string;
}
export interface Change {
  id: number;
  field: string;
  before: string | null;
  after: string | null;
}

const shown = (desc: ResourceDescription, field: string, v: unknown): string | null => {
  if (v === null || v === undefined || v === "") return null;
  const f = desc.fields[field];
  // Personal data is masked in the log for every reader (output.ts, no reader: always masked).
  if (f?.personal) return maskValue(f, String(v), null);
  if (typeof v === "string" && v.startsWith("data:")) return "（图片）";
  // As a person reads them: option labels, 是 / 否; ids stay ids.
  if (f?.type === "enum") return optionLabel(f, v);
  if (f?.type === "enums") return (v as string[]).map((x) => optionLabel(f, x)).join("、") || null;
  if (f?.type === "boolean") return v ? "是" : "否";
  const s = maskText(typeof v === "string" ? v : JSON.stringify(v), null);
  return s.length > 500 ? `${s.slice(0, 500)}…` : s;
};

/** The described fields that differ between two versions of a record (either may be missing). */
export function diff(desc: ResourceDescription, before: Rec | undefined, after: Rec | undefined): Change[] {
  const id = (after ?? before)!.id;
  const out: Change[] = [];
  for (const [k, f] of Object.entries(desc.fields)) {
    if (f.hidden || f.virtual) continue;
    if (JSON.stringify(before?.[k] ?? null) === JSON.stringify(after?.[k] ?? null)) continue;
    const b = shown(desc, k, before?.[k]);
    let a = shown(desc, k, after?.[k]);
    // A change inside the masked part still shows that something changed.
    if (a !== null && a === b) a = `${a}（已修改）`;
    out.push({ id, field: f.label, before: b, after: a });
  }
  return out;
}

export async function audit(
  m: EntityManager,
  ctx: RequestContext,
  entry: { action: string; resource?: string; recordIds?: number[]; changes?: Change[]; summary?: string },
) {
  await m.getRepository(resourceByKey.auditLogs.entity).insert({
    at: new Date().toISOString(),
    userId: ctx.user.id > 0 ? ctx.user.id : null,
    username: ctx.user.username,
    action: entry.action,
    resource: entry.resource ?? null,
    recordIds: entry.recordIds ?? [],
    changes: entry.changes ?? [],
    summary: entry.summary ?? null,
    ip: ctx.ip,
  });
}

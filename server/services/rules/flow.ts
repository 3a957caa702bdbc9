// A described status flow, enforced for every resource that has one.
import { optionLabel, type ResourceDescription } from "../../../entities/describe";

type Rec = Record<string, any>;

/** The error of a status change the flow does not allow, or null. */
export function flowProblem(
  desc: ResourceDescription,
  record: Rec,
  existing: Rec | undefined,
): Record<string, string> | null {
  if (!desc.flow) return null;
  const { field, transitions } = desc.flow;
  const from: string = existing?.[field] ?? "";
  const to: string = record[field];
  if (from === to || transitions[from]?.includes(to)) return null;
  const name = (s: string) => optionLabel(desc.fields[field], s);
  const allowed = transitions[from]?.map(name).join("、");
  return {
    [field]: from
      ? `${desc.fields[field].label}不能从“${name(from)}”改为“${name(to)}”${allowed ? `，只能改为：${allowed}` : ""}`
      : `新建时${desc.fields[field].label}只能为：${allowed}`,
  };
}

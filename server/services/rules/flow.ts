// A described status flow, enforced for every resource that has one.
import { optionLabel, type ResourceDescription } from "../../../entities/describe";
import { ValidationFailed } from "../../errors";

type Rec = Record<string, any>;

export function assertFlow(desc: ResourceDescription, record: Rec, existing: Rec | undefined) {
  if (!desc.flow) return;
  const { field, transitions } = desc.flow;
  const from: string = existing?.[field] ?? "";
  const to: string = record[field];
  if (from === to || transitions[from]?.includes(to)) return;
  const name = (s: string) => optionLabel(desc.fields[field], s);
  const allowed = transitions[from]?.map(name).join("、");
  throw new ValidationFailed({
    [field]: from ? `${desc.fields[field].label}不能从“${name(from)}”改为“${name(to)}”${allowed ? `，只能改为：${allowed}` : ""}` : `新建时${desc.fields[field].label}只能为：${allowed}`,
  });
}

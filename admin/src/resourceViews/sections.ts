// The description's sections, with every field not named in one gathered at the end.
import type { ResourceDescription } from "../../../entities/describe";

export function sectionsOf(desc: ResourceDescription, include: (name: string) => boolean) {
  const named = new Set((desc.sections ?? []).flatMap((s) => s.fields));
  const rest = Object.keys(desc.fields).filter((k) => !named.has(k));
  const sections = [
    ...(desc.sections ?? []),
    ...(rest.length ? [{ title: desc.sections?.length ? "其他" : "", fields: rest }] : []),
  ];
  const shown = (k: string) => !desc.fields[k].hidden && include(k);
  return sections.map((s) => ({ ...s, fields: s.fields.filter(shown) })).filter((s) => s.fields.length);
}

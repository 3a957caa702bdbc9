// Everything a <Resource> needs, generated from a description; a resource folder overrides parts.
import type { ComponentType } from "react";
import type { RaRecord } from "react-admin";
import type { ResourceDescription } from "../../../entities/describe";
import { makeCreate, makeEdit, type InputOverrides } from "./GeneratedForm";
import { makeList, type ListOptions } from "./GeneratedList";
import { makeShow, type ShowOptions } from "./GeneratedShow";

export interface ResourceViews {
  list: ComponentType;
  show: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  icon?: ComponentType;
  recordRepresentation: string | ((record: RaRecord) => string);
}

export function generateViews(
  desc: ResourceDescription,
  custom: Partial<ResourceViews> & { inputs?: InputOverrides; listOptions?: ListOptions; showOptions?: ShowOptions } = {},
): ResourceViews {
  const { inputs, listOptions, showOptions, ...views } = custom;
  return {
    list: makeList(desc, listOptions),
    show: makeShow(desc, showOptions),
    ...(desc.readOnlyResource ? {} : { edit: makeEdit(desc, inputs), create: makeCreate(desc, inputs) }),
    recordRepresentation: desc.title === "id" ? (r) => `编号 ${r.id}` : desc.title,
    ...views,
  };
}

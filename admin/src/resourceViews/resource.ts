// The views of a <Resource>, generated from a description; a resource folder overrides parts.
// (Its icon and how its records are named live in menu.ts, which the first screen loads.)
import type { ComponentType } from "react";
import type { ResourceDescription } from "../../../entities/describe";
import { makeCreate, makeEdit, type InputOverrides } from "./ResourceForm";
import { makeList, type ListOptions } from "./ResourceList";
import { makeShow, type ShowOptions } from "./ResourceShow";

export interface ResourceViews {
  list: ComponentType;
  show: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
}

export function generateViews(
  desc: ResourceDescription,
  custom: Partial<ResourceViews> & {
    inputs?: InputOverrides;
    listOptions?: ListOptions;
    showOptions?: ShowOptions;
  } = {},
): ResourceViews {
  const { inputs, listOptions, showOptions, ...views } = custom;
  return {
    list: makeList(desc, listOptions),
    show: makeShow(desc, showOptions),
    ...(desc.readOnlyResource ? {} : { edit: makeEdit(desc, inputs), create: makeCreate(desc, inputs) }),
    ...views,
  };
}

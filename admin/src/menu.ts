// The menu's resources (menuGroups.ts) with how each names its records, from its description (recordName):
// what the resources of the router use once the views are there (views.ts), which load the descriptions.
import type { RaRecord } from "react-admin";
import { recordName } from "../../entities/describe";
import { resourceByKey } from "./descriptions";
import { menuGroups, type MenuGroup, type MenuItem } from "./menuGroups";

export { MENU_GROUPS, OTHER_GROUP, WRITERS_ONLY, type MenuPage } from "./menuGroups";

export interface MenuEntry extends MenuItem {
  recordRepresentation: (record: RaRecord) => string;
}

/** Every resource of the registry, grouped in the menu's order, each with the name of its records. */
export const menu: MenuGroup<MenuEntry>[] = menuGroups.map((g) => ({
  ...g,
  resources: g.resources.map(({ key, icon }) => ({
    key,
    icon,
    recordRepresentation: (record: RaRecord) => recordName(resourceByKey[key], record),
  })),
}));

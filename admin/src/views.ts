// The views of every resource: made from its description, or taken from its folder where it adds
// something (admin/src/<key>/index.ts, found by its name: a folder cannot be forgotten here).
// Loaded lazily, after the first screen, so the login and the dashboard come up fast; with them come the
// descriptions (descriptions.ts) and how each resource names its records (menu.ts).
import type { RaRecord } from "react-admin";
import { resourceByKey } from "./descriptions";
import { menu } from "./menu";
import { generateViews, type ResourceViews } from "./resourceViews/resource";

const folders = import.meta.glob<{ default: ResourceViews }>(["./*/index.ts", "!./i18n/index.ts"], { eager: true });
const custom: Record<string, ResourceViews> = Object.fromEntries(
  Object.entries(folders).map(([path, module]) => [path.split("/")[1], module.default]),
);

export const views: Record<string, ResourceViews> = Object.fromEntries(
  Object.keys(resourceByKey).map((key) => [key, custom[key] ?? generateViews(resourceByKey[key])]),
);

/** How each resource's records are named (the resources' recordRepresentation). */
export const recordNames: Record<string, (record: RaRecord) => string> = Object.fromEntries(
  menu.flatMap((g) => g.resources).map((e) => [e.key, e.recordRepresentation]),
);

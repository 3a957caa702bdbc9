// Every resource has its place in the admin: a group of the menu with an icon (none left to 其他), and
// a name for its records from its description.
import { expect, it } from "vitest";
import { resources } from "../entities/registry";
import { MENU_GROUPS, menu, OTHER_GROUP } from "../admin/src/menu";

it("places every resource of the registry in one group of the menu", () => {
  const placed = MENU_GROUPS.flatMap((g) => Object.keys(g.resources));
  for (const r of resources)
    expect(
      placed.filter((k) => k === r.key),
      `${r.key}: add it to MENU_GROUPS`,
    ).toHaveLength(1);
  expect(menu.find((g) => g.group === OTHER_GROUP)).toBeUndefined();
  expect(placed.filter((k) => !resources.some((r) => r.key === k))).toEqual([]);
});

it("names records by their description", () => {
  const entry = (key: string) => menu.flatMap((g) => g.resources).find((e) => e.key === key)!;
  expect(entry("enterprises").recordRepresentation({ id: 3, name: "武汉某某科技有限公司" })).toBe(
    "武汉某某科技有限公司",
  );
  expect(entry("registrations").recordRepresentation({ id: 7, year: 2025, batch: 1 })).toBe(
    "2025年第1批报名（编号 7）",
  );
  expect(entry("diagnostics").recordRepresentation({ id: 9, kind: "quality" })).toMatch(/^质量诊断（编号 9）$/);
});

// The menu: 待办 (with how many things wait) and 工作进度 first, then the resources grouped as the work
// is (企业与报名, 人才培训, 诊断服务, 技术创新, 基础数据), each with the count of its records waiting.
import { Badge, ListSubheader } from "@mui/material";
import AssignmentLateIcon from "@mui/icons-material/AssignmentLate";
import InsightsIcon from "@mui/icons-material/Insights";
import { createElement, type ComponentType } from "react";
import { useGetResourceLabel, usePermissions, useSidebarState, useTranslate } from "react-admin";
import type { Permissions } from "../authProvider";
import { menuGroups, WRITERS_ONLY } from "../menuGroups";
import { countsByResource, useTodo } from "../todo/useTodo";
import { AppMenu, AppMenuItem } from "./MenuList";

/** An icon with a small count beside it (nothing when nothing waits). */
const counted = (icon: ComponentType, count: number | undefined, label: string) =>
  count ? (
    <Badge badgeContent={count} max={999} color="error" aria-label={label}>
      {createElement(icon)}
    </Badge>
  ) : (
    createElement(icon)
  );

export function GroupedMenu() {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { permissions } = usePermissions<Permissions>();
  const visible = (key: string) => {
    const access = permissions?.access[key] ?? "none";
    return access !== "none" && (!WRITERS_ONLY.includes(key) || access === "write");
  };
  const getLabel = useGetResourceLabel();
  const { data: todo } = useTodo();
  // An item worked on a page of the menu (企业报名表审核, 我的报名表) is counted there, not on its resource.
  const pagePaths = new Set(menuGroups.flatMap((g) => g.pages ?? []).map((p) => p.path));
  const onPage = (todo?.items ?? []).filter((i) => i.path && pagePaths.has(i.path));
  const waiting = countsByResource((todo?.items ?? []).filter((i) => !onPage.includes(i)));
  const waitingOn = (path: string) => onPage.filter((i) => i.path === path).reduce((a, i) => a + i.count, 0);
  const total = todo?.items.reduce((a, i) => a + i.count, 0);
  // An enterprise's home is 我的报名表 (its group's first page): the staff's 待办 and 工作进度 are not its.
  const staff = !!permissions && permissions.user.role !== "enterprise";
  return (
    <AppMenu>
      {staff ? (
        <AppMenuItem
          to="/"
          primaryText={translate("app.todo.menu")}
          leftIcon={counted(AssignmentLateIcon, total, translate("app.todo.waiting", { count: total ?? 0 }))}
        />
      ) : null}
      {staff ? (
        <AppMenuItem to="/progress" primaryText={translate("app.dashboard.menu")} leftIcon={<InsightsIcon />} />
      ) : null}
      {menuGroups
        .map(({ resources }) => resources.filter(({ key }) => visible(key)))
        .map((items, i) => ({
          items,
          pages: (menuGroups[i].pages ?? []).filter((p) => permissions && p.visible(permissions)),
        }))
        .map(({ items, pages }, i) =>
          items.length || pages.length ? (
            // A group of menu items named by its heading (the heading itself is not an item of the menu).
            <div key={menuGroups[i].group} role="group" aria-label={translate(menuGroups[i].group)}>
              {open ? (
                <ListSubheader
                  component="div"
                  aria-hidden="true"
                  sx={{ lineHeight: "32px", mt: 1, bgcolor: "transparent", fontWeight: 600 }}
                >
                  {translate(menuGroups[i].group)}
                </ListSubheader>
              ) : null}
              {items.map(({ key, icon }) => (
                <AppMenuItem
                  key={key}
                  to={`/${key}`}
                  primaryText={getLabel(key, 2)}
                  leftIcon={counted(icon, waiting[key], translate("app.todo.waiting", { count: waiting[key] ?? 0 }))}
                />
              ))}
              {pages.map((p) => (
                <AppMenuItem
                  key={p.path}
                  to={p.path}
                  primaryText={translate(p.label)}
                  leftIcon={counted(
                    p.icon,
                    waitingOn(p.path) || undefined,
                    translate("app.todo.waiting", { count: waitingOn(p.path) }),
                  )}
                />
              ))}
            </div>
          ) : null,
        )}
    </AppMenu>
  );
}

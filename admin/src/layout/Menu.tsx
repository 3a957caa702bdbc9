// The menu grouped as the work is: 企业与报名, 人才培训, 诊断服务, 技术创新, 基础数据.
import { ListSubheader } from "@mui/material";
import { Menu, usePermissions, useSidebarState, useTranslate } from "react-admin";
import type { Permissions } from "../authProvider";
import { menu } from "../menu";

export function GroupedMenu() {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { permissions } = usePermissions<Permissions>();
  const visible = (key: string) => (permissions?.access[key] ?? "none") !== "none";
  return (
    <Menu>
      <Menu.DashboardItem />
      {menu
        .map(({ resources }) => resources.filter(({ key }) => visible(key)))
        .map((items, i) =>
          items.length ? (
            <div key={menu[i].group}>
              {open ? (
                <ListSubheader sx={{ lineHeight: "32px", mt: 1, bgcolor: "transparent", fontWeight: 600 }}>
                  {translate(menu[i].group)}
                </ListSubheader>
              ) : null}
              {items.map(({ key }) => (
                <Menu.ResourceItem key={key} name={key} />
              ))}
            </div>
          ) : null,
        )}
    </Menu>
  );
}

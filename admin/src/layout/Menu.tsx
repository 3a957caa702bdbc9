// The menu grouped as the work is: 企业与报名, 人才培训, 诊断服务, 技术创新, 基础数据.
import { ListSubheader } from "@mui/material";
import { Menu, useSidebarState, useTranslate } from "react-admin";
import { menu } from "../resources";

export function GroupedMenu() {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <Menu>
      <Menu.DashboardItem />
      {menu.map(({ group, resources }) => (
        <div key={group}>
          {open ? <ListSubheader sx={{ lineHeight: "32px", mt: 1, bgcolor: "transparent", fontWeight: 600 }}>{translate(group)}</ListSubheader> : null}
          {resources.map(([key]) => <Menu.ResourceItem key={key} name={key} />)}
        </div>
      ))}
    </Menu>
  );
}

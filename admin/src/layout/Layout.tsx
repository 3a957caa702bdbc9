import type { ReactNode } from "react";
import {
  AppBar,
  Layout as RaLayout,
  LoadingIndicator,
  Logout,
  useGetIdentity,
  UserMenu,
  useTranslate,
} from "react-admin";
import { ChangePasswordItem } from "./ChangePassword";
import { GlobalSearch } from "./GlobalSearch";
import { GroupedMenu } from "./Menu";
import { NoticeBadge } from "./NoticeBadge";
import { RoundSwitcher } from "../rounds/RoundSwitcher";

/** Wide tables scroll inside the page instead of widening it. */
const fitToWindow = {
  minWidth: 0,
  "& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content": { minWidth: 0 },
};

/** The user's menu, named with the name it shows (the visible words are part of its accessible name). */
const AppUserMenu = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  return (
    <UserMenu label={`${identity?.fullName ?? ""} ${translate("ra.auth.user_menu")}`.trim()}>
      <ChangePasswordItem />
      <Logout />
    </UserMenu>
  );
};
const TopBar = () => (
  <AppBar
    userMenu={<AppUserMenu />}
    toolbar={
      <>
        <RoundSwitcher />
        <GlobalSearch />
        <NoticeBadge />
        <LoadingIndicator />
      </>
    }
  />
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={GroupedMenu} appBar={TopBar} sx={fitToWindow}>
    {children}
  </RaLayout>
);

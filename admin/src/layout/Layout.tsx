import { lazy, Suspense, type ReactNode } from "react";
import { Box } from "@mui/material";
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
import { GroupedMenu } from "./Menu";
import { NoticeBadge } from "./NoticeBadge";
import { RoundSwitcher } from "../rounds/RoundSwitcher";

// The search box (MUI's Autocomplete) comes in its own chunk, just after the app bar shows.
const GlobalSearch = lazy(() => import("./GlobalSearch").then((m) => ({ default: m.GlobalSearch })));
const searchWidth = { width: { xs: 160, sm: 240, md: 320 }, mx: 1 };

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
        <Suspense fallback={<Box sx={searchWidth} />}>
          <GlobalSearch />
        </Suspense>
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

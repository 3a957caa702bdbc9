// react-admin's <Layout> (skip link, app bar, sidebar and menu, the page in an error boundary) without its
// preferences inspector (nothing here is configurable) and with its error page loaded only when it shows.
import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from "react";
import { Box, styled } from "@mui/material";
import {
  AppBar,
  Loading,
  LoadingIndicator,
  Logout,
  Sidebar,
  SkipNavigationButton,
  useGetIdentity,
  UserMenu,
  useTranslate,
} from "react-admin";
import { ErrorPage } from "./Pages";
import { ChangePasswordItem } from "./ChangePassword";
import { GroupedMenu } from "./Menu";
import { NoticeBadge } from "./NoticeBadge";
import { RoundSwitcher } from "../rounds/RoundSwitcher";

// The search box (MUI's Autocomplete) comes in its own chunk, just after the app bar shows.
const GlobalSearch = lazy(() => import("./GlobalSearch").then((m) => ({ default: m.GlobalSearch })));
const searchWidth = { width: { xs: 160, sm: 240, md: 320 }, mx: 1 };

/**
 * The app bar's height at every width: the round select (MUI's small filled TextField, 48 px) with 6 px above
 * and below. react-admin's layout leaves its own bar's 48 px (56 px on a phone) under it; here the bar, the
 * frame below it and the sidebar's fixed part all take this one figure, so the menu starts below the bar, and
 * the bar does not grow when the select comes.
 */
const APP_BAR_HEIGHT = 60;

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
    sx={{ "& .RaAppBar-toolbar": { minHeight: APP_BAR_HEIGHT } }}
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

interface BoundaryState {
  error: Error | null;
  info?: ErrorInfo;
}
/** The page's error boundary: react-admin's error page (which resets it when the user goes elsewhere). */
class PageBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  state: BoundaryState = { error: null };
  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }
  componentDidCatch(_error: Error, info: ErrorInfo) {
    this.setState({ info });
  }
  reset = () => this.setState({ error: null, info: undefined });
  render() {
    const { error, info } = this.state;
    if (!error) return this.props.children;
    return <ErrorPage error={error} errorInfo={info} resetErrorBoundary={this.reset} />;
  }
}

/** react-admin's sidebar, whose fixed part and collapsing (as the bar hides on scroll) assume a 48 px bar. */
const sidebarBelowBar = {
  height: `calc(100vh - ${APP_BAR_HEIGHT}px)`,
  "& .RaSidebar-fixed": { height: `calc(100vh - ${APP_BAR_HEIGHT}px)` },
  "&.RaSidebar-appBarCollapsed": { marginTop: `${-APP_BAR_HEIGHT}px` },
};

// react-admin's layout classes and styles (RaLayout-appFrame…), so that its theme and ours still apply.
const PREFIX = "RaLayout";
const Frame = styled("div", { name: PREFIX, overridesResolver: (_props, styles) => styles.root })(({ theme }) => ({
  display: "flex",
  flexDirection: "column",
  zIndex: 1,
  minHeight: "100vh",
  backgroundColor: theme.palette.background.default,
  position: "relative",
  minWidth: "fit-content",
  width: "100%",
  [`& .${PREFIX}-appFrame`]: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    marginTop: APP_BAR_HEIGHT,
  },
  [`& .${PREFIX}-contentWithSidebar`]: {
    display: "flex",
    flexGrow: 1,
    transition: theme.transitions.create("margin", {
      easing: theme.transitions.easing.easeOut,
      duration: theme.transitions.duration.enteringScreen,
    }),
  },
  [`& .${PREFIX}-content`]: {
    backgroundColor: theme.palette.background.default,
    zIndex: 2,
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    flexBasis: 0,
    padding: 0,
    [theme.breakpoints.up("xs")]: { paddingRight: theme.spacing(1), paddingLeft: theme.spacing(1) },
  },
}));

export const Layout = ({ children }: { children: ReactNode }) => (
  <Frame className="layout" sx={fitToWindow}>
    <SkipNavigationButton />
    <div className={`${PREFIX}-appFrame`}>
      <TopBar />
      <main className={`${PREFIX}-contentWithSidebar`}>
        <Sidebar sx={sidebarBelowBar}>
          <GroupedMenu />
        </Sidebar>
        <div id="main-content" className={`${PREFIX}-content`}>
          <PageBoundary>
            <Suspense fallback={<Loading />}>{children}</Suspense>
          </PageBoundary>
        </div>
      </main>
    </div>
  </Frame>
);

// react-admin's <Menu> and <Menu.Item> (MenuItemLink) for GroupedMenu (Menu.tsx), without what the panel does not
// use and the first screen would carry: the default items of the resources and the dashboard, and the keyboard
// shortcuts of items (react-hotkeys-hook). Same classes and styles (RaMenu, RaMenuItemLink), so that the theme's
// still apply; the tooltip on an item while the sidebar is closed, and the sidebar closing on a small screen
// once an item is chosen, as react-admin's.
import { useCallback, type ReactElement, type ReactNode } from "react";
import {
  ListItemIcon,
  MenuItem,
  MenuList,
  styled,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from "@mui/material";
import { CLOSED_DRAWER_WIDTH, DRAWER_WIDTH, useBasename, useMatch, useSidebarState, useTranslate } from "react-admin";
import { Link } from "react-router-dom";

/** react-admin's theme may set the sidebar's widths. */
type SidebarTheme = Theme & { sidebar?: { width?: number; closedWidth?: number } };

const MENU = "RaMenu";
const Root = styled(MenuList, { name: MENU, overridesResolver: (_props, styles) => styles.root })(({ theme }) => ({
  display: "flex",
  flexDirection: "column",
  justifyContent: "flex-start",
  [theme.breakpoints.only("xs")]: { marginTop: 0 },
  transition: theme.transitions.create("width", {
    easing: theme.transitions.easing.sharp,
    duration: theme.transitions.duration.leavingScreen,
  }),
  [`&.${MENU}-open`]: { width: (theme as SidebarTheme).sidebar?.width ?? DRAWER_WIDTH },
  [`&.${MENU}-closed`]: { width: (theme as SidebarTheme).sidebar?.closedWidth ?? CLOSED_DRAWER_WIDTH },
}));

export function AppMenu({ children }: { children: ReactNode }) {
  const [open] = useSidebarState();
  return <Root className={open ? `${MENU}-open` : `${MENU}-closed`}>{children}</Root>;
}

const ITEM = "RaMenuItemLink";
const StyledMenuItem = styled(MenuItem, { name: ITEM, overridesResolver: (_props, styles) => styles.root })(
  ({ theme }) => ({
    color: (theme.vars || theme).palette.text.secondary,
    [`& .${ITEM}-icon`]: { color: (theme.vars || theme).palette.text.secondary, minWidth: theme.spacing(5) },
    [`&.${ITEM}-active`]: { color: (theme.vars || theme).palette.text.primary },
    [`.MuiList-dense > & > .${ITEM}-icon`]: { minWidth: theme.spacing(3.5) },
  }),
) as typeof MenuItem; // with MenuItem's own typing of `component`

export function AppMenuItem({
  to,
  primaryText,
  leftIcon,
}: {
  to: string;
  primaryText: string;
  leftIcon: ReactElement;
}) {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down("md"));
  const translate = useTranslate();
  const basename = useBasename();
  const [open, setOpen] = useSidebarState();
  const onClick = useCallback(() => {
    if (isSmall) setOpen(false);
  }, [isSmall, setOpen]);
  const match = useMatch({ path: to, end: to === `${basename}/` });
  const text = translate(primaryText, { _: primaryText });
  const item = (
    <StyledMenuItem
      className={match ? `${ITEM}-root ${ITEM}-active` : `${ITEM}-root`}
      component={Link}
      to={to}
      tabIndex={0}
      onClick={onClick}
    >
      <ListItemIcon className={`${ITEM}-icon`}>{leftIcon}</ListItemIcon>
      <Typography variant="inherit" noWrap sx={{ flexGrow: 1 }}>
        {text}
      </Typography>
    </StyledMenuItem>
  );
  return open ? (
    item
  ) : (
    <Tooltip title={text} placement="right">
      {item}
    </Tooltip>
  );
}

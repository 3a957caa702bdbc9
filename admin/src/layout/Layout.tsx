import type { ReactNode } from "react";
import { Layout as RaLayout } from "react-admin";
import { GroupedMenu } from "./Menu";

/** Wide tables scroll inside the page instead of widening it. */
const fitToWindow = { minWidth: 0, "& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content": { minWidth: 0 } };

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={GroupedMenu} sx={fitToWindow}>{children}</RaLayout>
);

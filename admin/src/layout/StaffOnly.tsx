// The staff's own pages (工作进度, the selection, the review of enterprises' forms, 签章件缺失清单): for an
// enterprise user they do not exist (页面不存在, with the way back to 我的报名表), as the server answers 404.
import type { ReactNode } from "react";
import { Loading, usePermissions } from "react-admin";
import type { Permissions } from "../authProvider";
import { NotFoundPage } from "./Pages";

export function StaffOnly({ children }: { children: ReactNode }) {
  const { permissions, isPending } = usePermissions<Permissions>();
  if (isPending) return <Loading />;
  return permissions?.user.role === "enterprise" ? <NotFoundPage /> : <>{children}</>;
}

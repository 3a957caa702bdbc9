// The app bar's 培育批次: every page shows the chosen round's records and figures; changing it reloads the
// page's data where the user is (their list, filters and record stay). Its code comes in its own chunks, off
// the first screen: the rounds (RoundControl.tsx) and, for the staff, the select (fetched alongside).
import { lazy, Suspense, useEffect } from "react";
import { usePermissions } from "react-admin";
import type { Permissions } from "../authProvider";

const loadSelect = () => import("./RoundSelect");
const RoundControl = lazy(() => import("./RoundControl"));

export function RoundSwitcher() {
  const { permissions } = usePermissions<Permissions>();
  const staff = permissions !== undefined && permissions.user.role !== "enterprise";
  useEffect(() => {
    if (staff) void loadSelect();
  }, [staff]);
  return (
    <Suspense fallback={null}>
      <RoundControl permissions={permissions} />
    </Suspense>
  );
}

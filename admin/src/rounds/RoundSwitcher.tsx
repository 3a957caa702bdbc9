// The app bar's 培育批次: every page shows the chosen round's records and figures; changing it reloads the
// page's data where the user is (their list, filters and record stay).
import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect } from "react";
import { usePermissions } from "react-admin";
import type { Permissions } from "../authProvider";
import { chooseRound, chosenRoundId } from "./chosenRound";
import { useRounds } from "./useRounds";

const loadSelect = () => import("./RoundSelect");
const RoundSelect = lazy(loadSelect);

export function RoundSwitcher() {
  const { permissions } = usePermissions<Permissions>();
  const queryClient = useQueryClient();
  const { rounds, current, chosen, isPending } = useRounds();
  // A round chosen before it was deleted: back to the current one.
  useEffect(() => {
    if (!isPending && chosenRoundId() !== null && !rounds.some((r) => r.id === chosenRoundId())) {
      chooseRound(null);
      void queryClient.invalidateQueries();
    }
  }, [isPending, rounds, queryClient]);
  // The select's chunk comes while the rounds are asked for.
  const staff = permissions !== undefined && permissions.user.role !== "enterprise";
  useEffect(() => {
    if (staff) void loadSelect();
  }, [staff]);
  // An enterprise fills in the current round's forms only.
  if (!chosen || permissions?.user.role === "enterprise") return null;
  return (
    <Suspense fallback={null}>
      <RoundSelect rounds={rounds} current={current} chosen={chosen} permissions={permissions} />
    </Suspense>
  );
}

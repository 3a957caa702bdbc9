// The app bar's 培育批次 once its code is there (RoundSwitcher.tsx): the rounds, a chosen round that was
// deleted since, and the select for the staff.
import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect } from "react";
import type { Permissions } from "../authProvider";
import { chooseRound, chosenRoundId } from "./chosenRound";
import { useRounds } from "./useRounds";

const RoundSelect = lazy(() => import("./RoundSelect"));

export default function RoundControl({ permissions }: { permissions: Permissions | undefined }) {
  const queryClient = useQueryClient();
  const { rounds, current, chosen, isPending } = useRounds();
  // A round chosen before it was deleted: back to the current one.
  useEffect(() => {
    if (!isPending && chosenRoundId() !== null && !rounds.some((r) => r.id === chosenRoundId())) {
      chooseRound(null);
      void queryClient.invalidateQueries();
    }
  }, [isPending, rounds, queryClient]);
  // An enterprise fills in the current round's forms only.
  if (!chosen || permissions?.user.role === "enterprise") return null;
  return (
    <Suspense fallback={null}>
      <RoundSelect rounds={rounds} current={current} chosen={chosen} permissions={permissions} />
    </Suspense>
  );
}

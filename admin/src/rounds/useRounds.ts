// The rounds (培育批次) as the app bar and the pages use them: all of them, the current one (the server's
// rule, entities/round.ts currentOf), and the one chosen in the app bar (else the current one).
import { useGetList, usePermissions } from "react-admin";
import { currentOf, ROUND_STATUS, type RoundRules } from "../../../entities/round";
import type { Permissions } from "../authProvider";
import { useSyncExternalStore } from "react";
import { chosenRoundId, onRoundChosen } from "./chosenRound";

export function useRounds() {
  const { data, isPending } = useGetList<RoundRules>(
    "rounds",
    { pagination: { page: 1, perPage: 200 }, sort: { field: "year", order: "DESC" } },
    { staleTime: 60_000 },
  );
  const chosenId = useSyncExternalStore(onRoundChosen, chosenRoundId);
  const rounds = data ?? [];
  const current = currentOf(rounds);
  const chosen = rounds.find((r) => r.id === chosenId) ?? current;
  return { rounds, current, chosen, isPending };
}

/**
 * Whether the user may no longer change a round's records (the server refuses it): the round (a record's,
 * else the app bar's) is 已结束 and the user is not the department.
 */
export function useRoundClosed() {
  const { permissions } = usePermissions<Permissions>();
  const { rounds, chosen } = useRounds();
  return (roundId?: number) =>
    permissions?.user.role !== "province" &&
    (roundId ? rounds.find((r) => r.id === roundId) : chosen)?.status === ROUND_STATUS.closed;
}

// The rounds (培育批次) as the app bar and the pages use them: all of them, the current one (the server's
// rule, entities/round.ts currentOf), and the one chosen in the app bar (else the current one).
import { useGetList } from "react-admin";
import { currentOf, type RoundRules } from "../../../entities/round";
import { chosenRoundId } from "./chosenRound";

export function useRounds() {
  const { data, isPending } = useGetList<RoundRules>(
    "rounds",
    { pagination: { page: 1, perPage: 200 }, sort: { field: "year", order: "DESC" } },
    { staleTime: 60_000 },
  );
  const rounds = data ?? [];
  const current = currentOf(rounds);
  const chosen = rounds.find((r) => r.id === chosenRoundId()) ?? current;
  return { rounds, current, chosen, isPending };
}

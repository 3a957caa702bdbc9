// The round as the server has it (read when the page opens), the last dry run or commit over it, and
// the calls that run, commit and reopen the selection.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useDataProvider, useNotify } from "react-admin";
import type { SelectionParams, SelectionResult } from "../../../entities/selection";
import type { AppDataProvider } from "../dataProvider";
import { useNotifyError } from "../layout/useNotifyError";

export function useSelection() {
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const fail = useNotifyError();
  const state = useQuery({
    queryKey: ["selection"],
    queryFn: () =>
      dp.selection().catch((e) => {
        fail(e);
        throw e;
      }),
    retry: false,
  });
  // A dry run or commit answers the ranking it made; it is shown until the round is read again.
  const [latest, setLatest] = useState<SelectionResult | null>(null);
  const run = (params: SelectionParams) =>
    dp.runSelection(params).then((r) => {
      setLatest(r);
      if (!params.dryRun)
        notify("app.selection.committed", {
          type: "success",
          messageArgs: { count: r.ranking.filter((d) => d.selected).length },
        });
    }, fail);
  const reopen = (reason: string) =>
    dp.reopenSelection(reason).then(async () => {
      await state.refetch();
      setLatest(null);
    }, fail);
  const result = latest ?? state.data ?? null;
  return { result, locked: result?.round.status === "locked", run, reopen };
}

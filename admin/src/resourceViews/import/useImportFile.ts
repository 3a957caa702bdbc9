// The import's state and its calls to the data provider: a preview as soon as a file is chosen, the
// error rows as a sheet, and the commit (all rows, or all but the error rows when asked).
import { useState } from "react";
import { useDataProvider, useNotify, useRefresh } from "react-admin";
import type { ImportKind } from "../../../../entities/imports";
import type { AppDataProvider, ImportResult } from "../../dataProvider";
import { useNotifyError } from "../../layout/useNotifyError";

export function useImportFile(kinds: ImportKind[], onCommitted: () => void) {
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const fail = useNotifyError();
  const refresh = useRefresh();
  const [kind, setKind] = useState(kinds[0]?.key ?? "");
  const [cityId, setCityId] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [skipErrors, setSkipErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = () => ({ ...(cityId ? { cityId } : {}), ...(skipErrors ? { skipErrors: "1" } : {}) });
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  /** Another kind: the file and its preview no longer apply. */
  const chooseKind = (key: string) => {
    setKind(key);
    setPreview(null);
    setFile(null);
  };
  /** A file is previewed at once; nothing is written. */
  const chooseFile = (f: File | null) => {
    setFile(f);
    setPreview(null);
    if (f) act(async () => setPreview(await dp.importFile(kind, f, fields())));
  };
  const commit = () =>
    act(async () => {
      const r = await dp.importFile(kind, file!, { ...fields(), commit: "1" });
      notify("app.import.done", { type: "success", messageArgs: { new: r.counts.new, update: r.counts.update } });
      onCommitted();
      setPreview(null);
      setFile(null);
      refresh();
    });
  const downloadErrors = () =>
    act(async () => {
      const blob = await dp.importErrors(kind, file!, fields());
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `错误行-${file!.name.replace(/\.\w+$/, "")}.xlsx`;
      a.click();
      URL.revokeObjectURL(a.href);
    });
  return {
    kind: kinds.find((k) => k.key === kind),
    chooseKind,
    cityId,
    setCityId,
    file,
    chooseFile,
    preview,
    skipErrors,
    setSkipErrors,
    busy,
    commit,
    downloadErrors,
  };
}

// Bulk actions: select every record matching the filter, change one field of all, delete all,
// each as one server request in one transaction.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import EditNoteIcon from "@mui/icons-material/EditNote";
import DeleteIcon from "@mui/icons-material/Delete";
import {
  Button,
  Form,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useResourceContext,
  useTranslate,
} from "react-admin";
import type { ResourceDescription } from "../../../entities/describe";
import type { AppDataProvider, BulkTarget } from "../dataProvider";
import { inputFor } from "./inputs";
import { useNotifyError } from "../layout/useNotifyError";

/** Whether the selection stands for every record matching the filter, not just the ticked ones. */
const AllMatching = createContext<[boolean, (v: boolean) => void]>([false, () => undefined]);

export function AllMatchingProvider({ children }: { children: ReactNode }) {
  const state = useState(false);
  return <AllMatching.Provider value={state}>{children}</AllMatching.Provider>;
}

/** The target of a bulk action and how many records it covers. */
export function useBulkTarget(): { target: BulkTarget; count: number } {
  const { selectedIds, filterValues, total } = useListContext();
  const [all] = useContext(AllMatching);
  return all
    ? { target: { filter: filterValues }, count: total ?? 0 }
    : { target: { ids: selectedIds }, count: selectedIds.length };
}

export function SelectAllMatching() {
  const { selectedIds, total, data } = useListContext();
  const [all, setAll] = useContext(AllMatching);
  const translate = useTranslate();
  const pageFull = !!data && data.length > 0 && data.every((r) => selectedIds.includes(r.id));
  useEffect(() => {
    if (!pageFull && all) setAll(false);
  }, [pageFull, all, setAll]);
  if (!pageFull || !total || total <= selectedIds.length) return null;
  return all ? (
    <Typography variant="body2" sx={{ mx: 1, color: "primary.main" }}>
      {translate("app.bulk.all_selected", { count: total })}
    </Typography>
  ) : (
    <Button label={translate("app.bulk.select_all", { count: total })} onClick={() => setAll(true)} />
  );
}

function useAfterBulk(messageKey: string) {
  const notify = useNotify();
  const refresh = useRefresh();
  const { onUnselectItems } = useListContext();
  const [, setAll] = useContext(AllMatching);
  return (count: number) => {
    notify(messageKey, { type: "success", messageArgs: { count } });
    setAll(false);
    onUnselectItems();
    refresh();
  };
}

/** Fields a whole selection can sensibly take the same value of. */
const bulkFields = (desc: ResourceDescription) =>
  Object.entries(desc.fields).filter(
    ([, f]) => !f.unique && !f.readOnly && ["enum", "boolean", "ref", "date", "enums"].includes(f.type) && f.filter,
  );

export function BulkUpdateFieldButton({ desc }: { desc: ResourceDescription }) {
  const translate = useTranslate();
  const resource = useResourceContext()!;
  const dp = useDataProvider<AppDataProvider>();
  const fail = useNotifyError();
  const { target, count } = useBulkTarget();
  const done = useAfterBulk("app.bulk.done");
  const fields = bulkFields(desc);
  const [open, setOpen] = useState(false);
  const [field, setField] = useState(fields[0]?.[0] ?? "");
  const [busy, setBusy] = useState(false);
  if (!fields.length) return null;
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      const { data } = await dp.bulkUpdate(resource, target, { [field]: values[field] ?? null });
      setOpen(false);
      done(data.length);
    } catch (e: any) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label={translate("app.bulk.update")} onClick={() => setOpen(true)}>
        <EditNoteIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} key={field}>
          <DialogTitle>{translate("app.bulk.update_title", { name: desc.label })}</DialogTitle>
          <DialogContent>
            <MuiTextField
              select
              fullWidth
              size="small"
              label={translate("app.bulk.field")}
              value={field}
              onChange={(e) => setField(e.target.value)}
              sx={{ my: 1 }}
            >
              {fields.map(([k, f]) => (
                <MenuItem key={k} value={k}>
                  {f.label}
                </MenuItem>
              ))}
            </MuiTextField>
            {inputFor(field, { ...desc.fields[field], showIf: undefined, help: undefined })}
            <Typography variant="body2" color="text.secondary">
              {translate("app.bulk.confirm", { count })}
            </Typography>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={busy}>
              {translate("ra.action.confirm")}
            </MuiButton>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}

export function BulkDeleteAllButton({ desc }: { desc: ResourceDescription }) {
  const translate = useTranslate();
  const resource = useResourceContext()!;
  const dp = useDataProvider<AppDataProvider>();
  const fail = useNotifyError();
  const { target, count } = useBulkTarget();
  const done = useAfterBulk("app.bulk.deleted");
  const [open, setOpen] = useState(false);
  const remove = async () => {
    try {
      const { data } = await dp.bulkDelete(resource, target);
      setOpen(false);
      done(data.length);
    } catch (e: any) {
      setOpen(false);
      fail(e);
    }
  };
  return (
    <>
      <Button label={translate("app.bulk.delete")} onClick={() => setOpen(true)} color="error">
        <DeleteIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate("ra.message.bulk_delete_title", { name: desc.label, smart_count: count })}</DialogTitle>
        <DialogContent>
          <Typography>{translate("app.bulk.delete_confirm", { count, name: desc.label })}</Typography>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</MuiButton>
          <MuiButton onClick={remove} color="error" variant="contained">
            {translate("ra.action.delete")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

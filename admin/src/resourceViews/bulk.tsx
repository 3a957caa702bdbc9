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
  usePermissions,
  useRefresh,
  useResourceContext,
  useTranslate,
} from "react-admin";
import { decidedByOthers } from "../../../entities/decisions";
import { optionLabel, type ResourceDescription } from "../../../entities/describe";
import type { Permissions } from "../authProvider";
import type { AppDataProvider, BulkTarget } from "../dataProvider";
import { bulkStates, inputFor } from "./inputs";
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

/**
 * What a bulk change did, as one sentence: how many changed, and how many already were so and were left
 * untouched. `keys` name the messages: `done` (n changed), `done_unchanged` (some already so), `none_changed`.
 */
export function bulkOutcome(
  translate: (key: string, args?: any) => string,
  keys: { done: string; done_unchanged: string; none_changed: string },
  answer: { data: unknown[]; unchanged?: unknown[] },
  args: Record<string, unknown> = {},
) {
  const count = answer.data.length;
  const unchanged = answer.unchanged?.length ?? 0;
  const key = !unchanged ? keys.done : count ? keys.done_unchanged : keys.none_changed;
  return translate(key, { ...args, count, unchanged });
}

export function useAfterBulk() {
  const notify = useNotify();
  const refresh = useRefresh();
  const { onUnselectItems } = useListContext();
  const [, setAll] = useContext(AllMatching);
  return (message: string) => {
    notify(message, { type: "success" });
    setAll(false);
    onUnselectItems();
    refresh();
  };
}

/** Fields a whole selection can sensibly take the same value of. */
const bulkFields = (desc: ResourceDescription, user?: Permissions["user"]) =>
  Object.entries(desc.fields).filter(
    ([k, f]) =>
      !f.unique &&
      !f.readOnly &&
      ["enum", "boolean", "ref", "date", "enums"].includes(f.type) &&
      f.filter &&
      // Not what others decide, nor a status this user can set to nothing.
      !(user && decidedByOthers(user, desc.key, k)) &&
      !(user && desc.flow?.field === k && bulkStates(desc.key, user).length === 0),
  );

export function BulkUpdateFieldButton({ desc }: { desc: ResourceDescription }) {
  const translate = useTranslate();
  const resource = useResourceContext()!;
  const dp = useDataProvider<AppDataProvider>();
  const fail = useNotifyError();
  const { target, count } = useBulkTarget();
  const done = useAfterBulk();
  const { permissions } = usePermissions<Permissions>();
  const fields = bulkFields(desc, permissions?.user);
  const [open, setOpen] = useState(false);
  const [chosen, setField] = useState("");
  const field = fields.some(([k]) => k === chosen) ? chosen : (fields[0]?.[0] ?? "");
  const [busy, setBusy] = useState(false);
  if (!fields.length) return null;
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      const value = values[field] ?? null;
      const answer = await dp.bulkUpdate(resource, target, { [field]: value });
      const f = desc.fields[field];
      const shown = f.type === "enum" && typeof value === "string" ? `“${optionLabel(f, value)}”` : "所选的值";
      setOpen(false);
      done(
        bulkOutcome(
          translate,
          { done: "app.bulk.done", done_unchanged: "app.bulk.done_unchanged", none_changed: "app.bulk.none_changed" },
          answer,
          { value: shown },
        ),
      );
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
            {inputFor(field, { ...desc.fields[field], showIf: undefined, help: undefined }, { bulk: true })}
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
  const done = useAfterBulk();
  const [open, setOpen] = useState(false);
  const remove = async () => {
    try {
      const { data } = await dp.bulkDelete(resource, target);
      setOpen(false);
      done(translate("app.bulk.deleted", { count: data.length }));
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

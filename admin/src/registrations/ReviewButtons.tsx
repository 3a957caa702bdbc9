// The department's review of nominations: approve, or return with a reason, many at once.
import { useState } from "react";
import CheckIcon from "@mui/icons-material/Check";
import UndoIcon from "@mui/icons-material/Undo";
import {
  Button,
  useDataProvider,
  useListContext,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from "react-admin";
import type { Permissions } from "../authProvider";
import type { AppDataProvider } from "../dataProvider";
import { bulkOutcome, useBulkTarget } from "../resourceViews/bulk";
import { ReasonDialog } from "../layout/ReasonDialog";
import { useNotifyError } from "../layout/useNotifyError";

export function ReviewButtons() {
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const fail = useNotifyError();
  const refresh = useRefresh();
  const { onUnselectItems } = useListContext();
  const { target, count } = useBulkTarget();
  const { permissions } = usePermissions<Permissions>();
  const [returning, setReturning] = useState(false);
  if (permissions?.user.role === "city") return null;
  const apply = async (data: { status: "approved" | "returned"; returnReason?: string }) => {
    try {
      const answer = await dp.bulkUpdate("registrations", target, data);
      const k = `app.review.${data.status}`;
      // "3 条已通过，2 条原已通过，未改动": what changed and what already was so.
      const message = bulkOutcome(
        translate,
        { done: `${k}.done`, done_unchanged: `${k}.done_unchanged`, none_changed: `${k}.none_changed` },
        answer,
      );
      notify(message, { type: "success" });
      setReturning(false);
      onUnselectItems();
      refresh();
    } catch (e: any) {
      fail(e);
    }
  };
  return (
    <>
      <Button label={translate("app.review.approve", { count })} onClick={() => apply({ status: "approved" })}>
        <CheckIcon />
      </Button>
      <Button label={translate("app.review.return")} onClick={() => setReturning(true)}>
        <UndoIcon />
      </Button>
      <ReasonDialog
        open={returning}
        title={translate("app.review.return_title", { count })}
        label={translate("resources.registrations.fields.returnReason")}
        onCancel={() => setReturning(false)}
        onConfirm={(returnReason) => apply({ status: "returned", returnReason })}
      />
    </>
  );
}

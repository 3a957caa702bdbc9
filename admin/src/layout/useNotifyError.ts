// The server's Chinese message of a failed call, as a notification.
import { useNotify } from "react-admin";

export function useNotifyError() {
  const notify = useNotify();
  return (e: any) => notify(e?.body?.message ?? e?.message ?? "ra.notification.http_error", { type: "error" });
}

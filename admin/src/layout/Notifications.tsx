// react-admin's notifications (MUI's Snackbar) in their own chunk: fetched once the first screen is up, and
// shown from the first notification on (it waits in react-admin's queue until then).
import { lazy, Suspense, useEffect, useState } from "react";
import { useNotificationContext } from "react-admin";

const load = () => import("./NotificationSnackbar");
const NotificationSnackbar = lazy(load);

export function Notifications() {
  const { notifications } = useNotificationContext();
  const [shown, setShown] = useState(false);
  useEffect(() => void load(), []);
  // Once there is something to say, react-admin's component stays (it takes the notifications one by one).
  if (notifications.length && !shown) setShown(true);
  return shown ? (
    <Suspense fallback={null}>
      <NotificationSnackbar />
    </Suspense>
  ) : null;
}

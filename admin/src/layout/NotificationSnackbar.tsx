// react-admin's <Notification>, loaded by Notifications.tsx.
import { Notification } from "react-admin";

export default Notification;

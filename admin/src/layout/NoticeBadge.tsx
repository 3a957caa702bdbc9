// The app bar's bell: how many of the user's 站内消息 are unread (asked again every minute); it opens the list.
import { Badge, IconButton, Tooltip } from "@mui/material";
import NotificationsIcon from "@mui/icons-material/Notifications";
import { useGetList, useTranslate } from "react-admin";
import { Link } from "react-router-dom";

export function NoticeBadge() {
  const translate = useTranslate();
  const { total } = useGetList(
    "notices",
    { filter: { read: false }, pagination: { page: 1, perPage: 1 }, sort: { field: "id", order: "DESC" } },
    { refetchInterval: 60_000 },
  );
  const label = translate("app.notices.badge", { count: total ?? 0 });
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" component={Link} to="/notices" aria-label={label}>
        <Badge badgeContent={total || undefined} max={99} color="error" slotProps={{ badge: { "aria-hidden": true } }}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}

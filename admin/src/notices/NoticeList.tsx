// 站内消息: the user's own notices, newest first, unread ones in bold. Clicking one marks it read and
// opens the page it is about; 全部标为已读 marks them all.
import { Box, Button, Chip, List as MuiList, ListItemButton, ListItemText, Stack, Typography } from "@mui/material";
import DoneAllIcon from "@mui/icons-material/DoneAll";
import {
  List,
  Pagination,
  TopToolbar,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  type RaRecord,
} from "react-admin";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { optionLabel } from "../../../entities/describe";
import { notice } from "../../../entities/notice";
import { markAllNoticesRead, markNoticeRead, routeOf } from "./markRead";

function ReadAllButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const readAll = async () => {
    try {
      const { count } = await markAllNoticesRead();
      notify("app.notices.readAllDone", { type: "success", messageArgs: { count } });
      refresh();
    } catch (e: any) {
      notify(e?.message ?? "ra.notification.http_error", { type: "error" });
    }
  };
  return (
    <Button size="small" startIcon={<DoneAllIcon />} onClick={readAll}>
      {translate("app.notices.readAll")}
    </Button>
  );
}

function NoticeRows() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const refresh = useRefresh();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data, isPending } = useListContext();
  if (isPending) return null;
  if (!data?.length)
    return (
      <Typography sx={{ p: 3 }} color="text.secondary">
        {translate("app.notices.empty")}
      </Typography>
    );
  const open = async (n: RaRecord) => {
    try {
      if (!n.read) {
        await markNoticeRead(n.id);
        // The list and the app bar's unread count.
        await queryClient.invalidateQueries({ queryKey: ["notices"] });
      }
    } catch (e: any) {
      notify(e?.message ?? "ra.notification.http_error", { type: "error" });
    }
    const route = routeOf(n.link);
    if (route) navigate(route);
    else refresh();
  };
  return (
    <MuiList disablePadding>
      {data.map((n) => (
        <ListItemButton key={n.id} divider onClick={() => open(n)} sx={{ alignItems: "flex-start", gap: 2 }}>
          <Box
            aria-hidden
            sx={{ mt: 1, width: 8, height: 8, borderRadius: "50%", flexShrink: 0 }}
            bgcolor={n.read ? "transparent" : "error.main"}
          />
          <ListItemText
            primary={
              <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                <Typography component="span" sx={{ fontWeight: n.read ? 400 : 700 }}>
                  {n.title}
                </Typography>
                <Chip size="small" variant="outlined" label={optionLabel(notice.fields.kind, n.kind)} />
                {n.read ? null : <Chip size="small" color="error" label={translate("app.notices.unread")} />}
              </Stack>
            }
            secondary={n.body}
          />
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: "nowrap", mt: 0.5 }}>
            {n.sentAt}
          </Typography>
        </ListItemButton>
      ))}
    </MuiList>
  );
}

export function NoticeList() {
  return (
    <List
      sort={{ field: "id", order: "DESC" }}
      perPage={25}
      exporter={false}
      actions={
        <TopToolbar>
          <ReadAllButton />
        </TopToolbar>
      }
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    >
      <NoticeRows />
    </List>
  );
}

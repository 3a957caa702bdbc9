// 待办: the landing page after login. What waits for this user, each item opening the list of exactly
// those records; a city also sees its deadline and the places left in its quota.
import { Alert, Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { Loading, Title, useTranslate } from "react-admin";
import type { DeadlineSummary, TodoItem } from "../../../entities/api";
import { todoLink, useTodo } from "./useTodo";

/** Read by screen readers, not shown: a link's name in the words the page's other links use. */
const visuallyHidden = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

function DeadlineCard({ d }: { d: DeadlineSummary }) {
  const translate = useTranslate();
  const days =
    d.daysLeft > 0
      ? translate("app.todo.days_left", { days: d.daysLeft })
      : d.daysLeft === 0
        ? translate("app.todo.today_deadline")
        : translate("app.todo.deadline_passed", { days: -d.daysLeft });
  return (
    <Alert severity={d.daysLeft < 0 ? "warning" : d.daysLeft <= 7 ? "info" : "success"} sx={{ mb: 2 }}>
      {translate("app.todo.deadline", { date: d.deadline, days })}
      {translate("app.todo.places", { quota: d.quota, nominated: d.nominated, left: d.placesLeft })}
    </Alert>
  );
}

function ItemCard({ item }: { item: TodoItem }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardActionArea component={Link} to={todoLink(item)}>
        <Box component="span" sx={visuallyHidden}>
          {[`${item.title}：${item.count}`, ...(item.details ?? [])].join("。")}
        </Box>
        <CardContent aria-hidden="true">
          <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
            <Chip label={item.count} color="primary" sx={{ fontWeight: 600, minWidth: 48 }} />
            <Box sx={{ flex: 1 }}>
              <Typography variant="subtitle1" component="h2">
                {item.title}
              </Typography>
              {item.details?.map((line) => (
                <Typography key={line} variant="body2" color="text.secondary">
                  {line}
                </Typography>
              ))}
            </Box>
            <Typography variant="body2" color="primary">
              {translate(item.path ? "app.todo.go" : "app.todo.open")}
            </Typography>
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/** Several items under one heading: a chip per item (a city and its count), each opening its own list. */
function GroupCard({ title, items }: { title: string; items: TodoItem[] }) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 1 }}>
          <Chip label={items.reduce((a, i) => a + i.count, 0)} color="primary" sx={{ fontWeight: 600, minWidth: 48 }} />
          <Typography variant="subtitle1" component="h2">
            {title}
          </Typography>
        </Stack>
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, pl: 8 }}>
          {items.map((item) => (
            <Chip
              key={item.key}
              component={Link}
              to={todoLink(item)}
              clickable
              variant="outlined"
              label={
                <>
                  <span aria-hidden="true">{`${item.label ?? item.title} ${item.count}`}</span>
                  <Box component="span" sx={visuallyHidden}>{`${item.title}：${item.count}`}</Box>
                </>
              }
            />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}

/** Items in order, those of a group gathered where the group first appears. */
function arrange(items: TodoItem[]) {
  const out: ({ group: string; items: TodoItem[] } | TodoItem)[] = [];
  for (const item of items) {
    const group = item.group ? out.find((o) => "group" in o && o.group === item.group && "items" in o) : undefined;
    if (group && "items" in group) group.items.push(item);
    else out.push(item.group ? { group: item.group, items: [item] } : item);
  }
  return out;
}

export function TodoPage() {
  const translate = useTranslate();
  const { data } = useTodo();
  if (!data) return <Loading />;
  return (
    <Box sx={{ my: 2, maxWidth: 960 }}>
      <Title title={translate("app.todo.title")} />
      <Typography variant="h6" component="h1" sx={{ mb: 2 }}>
        {translate("app.todo.heading", { today: data.today })}
      </Typography>
      {data.deadline ? <DeadlineCard d={data.deadline} /> : null}
      {data.items.length === 0 ? (
        <Typography color="text.secondary">{translate("app.todo.none")}</Typography>
      ) : (
        <Stack spacing={1.5}>
          {arrange(data.items).map((entry) =>
            "items" in entry ? (
              <GroupCard key={entry.group} title={entry.group} items={entry.items} />
            ) : (
              <ItemCard key={entry.key} item={entry} />
            ),
          )}
        </Stack>
      )}
    </Box>
  );
}

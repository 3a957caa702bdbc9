// 考勤登记: one session's days across, the class's trainees down; a cell, a whole row or a whole day at once.
// Edits stay in the page until 保存考勤, which is always in view; leaving with unsaved edits asks first.
import { useEffect, useState } from "react";
import {
  Button,
  ButtonGroup,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import {
  Confirm,
  useBlocker,
  useDataProvider,
  useNotify,
  useRecordContext,
  useResourceDefinition,
  useTranslate,
} from "react-admin";
import { ATTENDANCE_STATUSES } from "../../../entities/attendance";
import type { AppDataProvider } from "../dataProvider";
import { useNotifyError } from "../layout/useNotifyError";

const COLORS: Record<string, "success" | "warning" | "error"> = {
  present: "success",
  leave: "warning",
  absent: "error",
};
const short = (label: string) => label.slice(0, 1);

export function AttendanceGrid() {
  const record = useRecordContext();
  const dp = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const fail = useNotifyError();
  const translate = useTranslate();
  const { hasEdit } = useResourceDefinition({ resource: "attendances" });
  const { data, refetch } = useQuery({
    queryKey: ["attendanceGrid", record?.id],
    queryFn: () => dp.attendanceGrid(record!.id),
    enabled: !!record,
  });
  // What the user changed since the grid was read, over what the server holds.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const dirty = Object.keys(edits).length;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
  if (!data) return null;
  const cells = { ...Object.fromEntries(data.records.map((r) => [`${r.traineeId}|${r.date}`, r.status])), ...edits };
  const set = (pairs: [number, string][], status: string) =>
    setEdits((c) => ({ ...c, ...Object.fromEntries(pairs.map(([t, d]) => [`${t}|${d}`, status])) }));
  const save = async () => {
    const records = Object.entries(cells).map(([k, status]) => ({
      traineeId: Number(k.split("|")[0]),
      date: k.split("|")[1],
      status,
    }));
    try {
      const { changed } = await dp.saveAttendanceGrid(record!.id, records);
      notify("app.attendance.saved", { type: "success", messageArgs: { count: changed } });
      await refetch();
      setEdits({});
    } catch (e: any) {
      fail(e);
    }
  };
  const quick = (pairs: [number, string][]) => (
    <ButtonGroup size="small" variant="text">
      {ATTENDANCE_STATUSES.map((o) => (
        <Button key={o.value} color={COLORS[o.value]} onClick={() => set(pairs, o.value)} title={o.label}>
          {short(o.label)}
        </Button>
      ))}
    </ButtonGroup>
  );
  if (!data.trainees.length) return <Typography color="text.secondary">{translate("app.attendance.none")}</Typography>;
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {translate("app.attendance.hint")}
      </Typography>
      <Table size="small" sx={{ "& td, & th": { whiteSpace: "nowrap" } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("resources.trainees.fields.name")}</TableCell>
            <TableCell>{translate("resources.trainees.fields.enterpriseId")}</TableCell>
            {data.days.map((d) => (
              <TableCell key={d} align="center">
                {d.slice(5)}
                {hasEdit ? <div>{quick(data.trainees.map((t) => [t.id, d]))}</div> : null}
              </TableCell>
            ))}
            {hasEdit ? <TableCell>{translate("app.attendance.row")}</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.trainees.map((t) => (
            <TableRow key={t.id} hover>
              <TableCell>{t.name}</TableCell>
              <TableCell>{t.enterprise}</TableCell>
              {data.days.map((d) => {
                const status = cells[`${t.id}|${d}`];
                const next =
                  ATTENDANCE_STATUSES[
                    (ATTENDANCE_STATUSES.findIndex((o) => o.value === status) + 1) % ATTENDANCE_STATUSES.length
                  ].value;
                return (
                  <TableCell key={d} align="center">
                    <Button
                      size="small"
                      variant={status ? "contained" : "outlined"}
                      color={status ? COLORS[status] : "inherit"}
                      disabled={!hasEdit}
                      onClick={() => set([[t.id, d]], next)}
                      aria-label={`${t.name} ${d}`}
                      sx={{ minWidth: 40 }}
                    >
                      {status ? ATTENDANCE_STATUSES.find((o) => o.value === status)!.label : "—"}
                    </Button>
                  </TableCell>
                );
              })}
              {hasEdit ? <TableCell>{quick(data.days.map((d) => [t.id, d]))}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {hasEdit ? (
        // Floats at the window's bottom right, so it is in view however long the class's list is.
        <Paper
          elevation={6}
          component={Stack}
          direction="row"
          spacing={2}
          sx={{ position: "fixed", bottom: 16, right: 24, zIndex: 1200, px: 2, py: 1.5, alignItems: "center" }}
        >
          <Button variant="contained" onClick={save} disabled={!dirty}>
            {translate("app.attendance.save")}
          </Button>
          <Typography variant="body2" color={dirty ? "warning.main" : "text.secondary"} role="status">
            {dirty ? translate("app.attendance.unsaved", { count: dirty }) : translate("app.attendance.all_saved")}
          </Typography>
        </Paper>
      ) : null}
      <Confirm
        isOpen={blocker.state === "blocked"}
        title="app.attendance.leave_title"
        content="app.attendance.leave_content"
        translateOptions={{ count: dirty }}
        confirm="app.attendance.leave"
        cancel="app.attendance.stay"
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      />
    </Stack>
  );
}

// 签章件缺失清单 (#/stampedCopies): every form of the round's live nominations (附件1-1 推荐表, their
// trainees' 附件1-2 and demands' 附件1-3) whose signed and stamped scan is not in its record's 档案, as
// the server scopes it (a city bureau its own city). The department filters by city; each row opens the
// record's 档案 tab; 导出 Excel downloads the same rows.
import { useState } from "react";
import {
  Box,
  Button,
  Card,
  Link as MuiLink,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import DownloadIcon from "@mui/icons-material/Download";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { Loading, Title, useGetList, usePermissions, useTranslate } from "react-admin";
import { STAMPED_RESOURCES, stampedFormName } from "../../../entities/attachment";
import { useRounds } from "../rounds/useRounds";
import type { Permissions } from "../authProvider";
import { archivePath, stampedCopyApi } from "./api";

const PAGE_SIZES = [25, 50, 100];

export function MissingStampedCopiesPage() {
  const translate = useTranslate();
  const { chosen } = useRounds();
  const { permissions } = usePermissions<Permissions>();
  // A city bureau sees its own city only (the server's scope): no city filter for it.
  const byCity = !!permissions && permissions.user.role !== "city";
  const [cityId, setCityId] = useState("");
  const [form, setForm] = useState("");
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(PAGE_SIZES[1]);
  const { data: cities = [] } = useGetList(
    "cities",
    { pagination: { page: 1, perPage: 100 }, sort: { field: "code", order: "ASC" } },
    { enabled: byCity },
  );
  const { data, isPending, error } = useQuery({
    queryKey: ["missingStampedCopies", cityId],
    queryFn: () => stampedCopyApi.missing(cityId || undefined),
  });
  const rows = (data ?? []).filter((r) => !form || r.resource === form);
  const counts = STAMPED_RESOURCES.map((r) => ({
    resource: r,
    n: (data ?? []).filter((x) => x.resource === r).length,
  }));
  const shown = rows.slice(page * perPage, (page + 1) * perPage);
  const cell = { py: 0.75 };
  return (
    <Box sx={{ my: 2 }}>
      <Title title={translate("app.stampedCopies.title")} />
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, mb: 1, flexWrap: "wrap" }}>
        <Typography variant="h6" component="h1" sx={{ flex: 1, minWidth: 260 }}>
          {translate("app.stampedCopies.heading", { round: chosen?.name ?? "" })}
        </Typography>
        <Button
          variant="outlined"
          size="small"
          startIcon={<DownloadIcon />}
          href={stampedCopyApi.missingXlsx(cityId || undefined)}
        >
          {translate("app.stampedCopies.export")}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate("app.stampedCopies.explain")}
      </Typography>
      <Box sx={{ display: "flex", gap: 2, mb: 2, flexWrap: "wrap", alignItems: "center" }}>
        {byCity ? (
          <TextField
            select
            size="small"
            label={translate("app.stampedCopies.city")}
            value={cityId}
            onChange={(e) => {
              setCityId(e.target.value);
              setPage(0);
            }}
            sx={{ width: 200 }}
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
          >
            <MenuItem value="">{translate("app.stampedCopies.all_cities")}</MenuItem>
            {cities.map((c) => (
              <MenuItem key={c.id} value={String(c.id)}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        <TextField
          select
          size="small"
          label={translate("app.stampedCopies.form")}
          value={form}
          onChange={(e) => {
            setForm(e.target.value);
            setPage(0);
          }}
          sx={{ width: 260 }}
          slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
        >
          <MenuItem value="">{translate("app.stampedCopies.all_forms")}</MenuItem>
          {STAMPED_RESOURCES.map((r) => (
            <MenuItem key={r} value={r}>
              {stampedFormName(r)}
            </MenuItem>
          ))}
        </TextField>
        {data ? (
          <Typography variant="body2" role="status">
            {translate("app.stampedCopies.summary", {
              count: data.length,
              detail: counts.map((c) => `${stampedFormName(c.resource)} ${c.n} 份`).join("，"),
            })}
          </Typography>
        ) : null}
      </Box>
      {isPending ? (
        <Loading />
      ) : error ? (
        <Typography color="error">{(error as Error).message}</Typography>
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{translate("app.stampedCopies.none")}</Typography>
      ) : (
        <Card variant="outlined">
          <Table size="small" aria-label={translate("app.stampedCopies.title")}>
            <TableHead>
              <TableRow>
                {["city", "enterprise", "form", "record", "action"].map((k) => (
                  <TableCell key={k} sx={{ fontWeight: 600 }}>
                    {translate(`app.stampedCopies.col_${k}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((r) => (
                <TableRow key={`${r.resource}.${r.recordId}`} hover>
                  <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>{r.cityName}</TableCell>
                  <TableCell sx={cell}>
                    <MuiLink component={Link} to={`/enterprises/${r.enterpriseId}/show`}>
                      {r.enterpriseName}
                    </MuiLink>
                  </TableCell>
                  <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>{r.form}</TableCell>
                  <TableCell sx={cell}>{r.recordName}</TableCell>
                  <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>
                    <Button
                      component={Link}
                      to={archivePath(r.resource, r.recordId)}
                      size="small"
                      aria-label={`${translate("app.stampedCopies.open_archive")}：${r.enterpriseName} ${r.form}`}
                    >
                      {translate("app.stampedCopies.open_archive")}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={rows.length}
            page={page}
            onPageChange={(_e, p) => setPage(p)}
            rowsPerPage={perPage}
            rowsPerPageOptions={PAGE_SIZES}
            onRowsPerPageChange={(e) => {
              setPerPage(Number(e.target.value));
              setPage(0);
            }}
            labelRowsPerPage={translate("ra.navigation.page_rows_per_page")}
            labelDisplayedRows={({ from, to, count }) => `${from}–${to}，共 ${count} 项`}
            getItemAriaLabel={(type) => translate(`app.stampedCopies.${type}_page`)}
          />
        </Card>
      )}
    </Box>
  );
}

// 企业报名表审核 (#/enterprise-forms): the enterprises whose forms wait for the city bureau's review, as the
// server scopes them (a city bureau its own city; the department every city), the longest waiting first.
// Each row opens that enterprise's review (#/enterprise-forms/:enterpriseId).
import {
  Box,
  Button,
  Card,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { Loading, Title, usePermissions, useTranslate } from "react-admin";
import { beijingDateTime } from "../../../entities/dates";
import { useRounds } from "../rounds/useRounds";
import type { Permissions } from "../authProvider";
import { canReviewForms, enterpriseFormsApi, REVIEW_PATH } from "./api";
import { retryUnanswered, SUBMITTED_KEY } from "./queries";

export function SubmittedFormsPage() {
  const translate = useTranslate();
  const { chosen } = useRounds();
  const { permissions } = usePermissions<Permissions>();
  // A city bureau sees its own city only: no city column for it.
  const byCity = !!permissions && permissions.user.role !== "city";
  const reviews = canReviewForms(permissions);
  const { data, isPending, error } = useQuery({
    queryKey: SUBMITTED_KEY,
    queryFn: enterpriseFormsApi.submitted,
    retry: retryUnanswered,
  });
  const columns = ["enterprise", ...(byCity ? ["city"] : []), "count", "submitted_at", "action"];
  const cell = { py: 0.75 };
  return (
    <Box sx={{ my: 2 }}>
      <Title title={translate("app.enterpriseForms.title")} />
      <Typography variant="h6" component="h1" sx={{ mb: 1 }}>
        {translate("app.enterpriseForms.heading", { round: chosen?.name ?? "" })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 960 }}>
        {translate("app.enterpriseForms.explain")}
      </Typography>
      {isPending ? (
        <Loading />
      ) : error || !data ? (
        <Typography color="error">{(error as Error | null)?.message}</Typography>
      ) : data.length === 0 ? (
        <Typography color="text.secondary">{translate("app.enterpriseForms.none")}</Typography>
      ) : (
        <>
          <Typography variant="body2" role="status" sx={{ mb: 1 }}>
            {translate("app.enterpriseForms.summary", { count: data.length })}
          </Typography>
          <Card variant="outlined">
            <Table size="small" aria-label={translate("app.enterpriseForms.title")}>
              <TableHead>
                <TableRow>
                  {columns.map((k) => (
                    <TableCell key={k} sx={{ fontWeight: 600, whiteSpace: "nowrap" }}>
                      {translate(`app.enterpriseForms.col_${k}`)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((r) => {
                  const to = `${REVIEW_PATH}/${r.enterpriseId}`;
                  return (
                    <TableRow key={r.enterpriseId} hover>
                      <TableCell sx={cell}>
                        <MuiLink component={Link} to={to}>
                          {r.enterpriseName}
                        </MuiLink>
                      </TableCell>
                      {byCity ? <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>{r.cityName}</TableCell> : null}
                      <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>
                        {translate("app.enterpriseForms.count", { count: r.submitted })}
                      </TableCell>
                      <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>{beijingDateTime(r.submittedAt)}</TableCell>
                      <TableCell sx={{ ...cell, whiteSpace: "nowrap" }}>
                        <Button
                          component={Link}
                          to={to}
                          size="small"
                          variant={reviews ? "contained" : "text"}
                          aria-label={`${translate(`app.enterpriseForms.${reviews ? "open" : "view"}`)}：${r.enterpriseName}`}
                        >
                          {translate(`app.enterpriseForms.${reviews ? "open" : "view"}`)}
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Card>
        </>
      )}
    </Box>
  );
}

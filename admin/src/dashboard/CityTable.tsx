// The per-city figures, with totals.
import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import type { ProgrammeProgress } from "../../../entities/api";

const COLUMNS = [
  "validGiants",
  "quota",
  "nominated",
  "approved",
  "trainees",
  "diagnoses",
  "techDemands",
  "selectedProjects",
] as const;

export function CityTable({ data }: { data: ProgrammeProgress }) {
  const translate = useTranslate();
  const value = (r: ProgrammeProgress["cities"][number] | ProgrammeProgress["totals"], k: (typeof COLUMNS)[number]) =>
    k === "diagnoses" ? r.qualityDiagnoses + r.managementDiagnoses : r[k];
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate("app.dashboard.columns.name")}</TableCell>
          {COLUMNS.map((k) => (
            <TableCell key={k} align="right">
              {translate(`app.dashboard.columns.${k}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {data.cities.map((c) => (
          <TableRow key={c.id} hover>
            <TableCell>{c.name}</TableCell>
            {COLUMNS.map((k) => (
              <TableCell key={k} align="right">
                {value(c, k)}
              </TableCell>
            ))}
          </TableRow>
        ))}
        <TableRow sx={{ "& td": { fontWeight: 600 } }}>
          <TableCell>{translate("app.dashboard.total")}</TableCell>
          {COLUMNS.map((k) => (
            <TableCell key={k} align="right">
              {value(data.totals, k)}
            </TableCell>
          ))}
        </TableRow>
      </TableBody>
    </Table>
  );
}

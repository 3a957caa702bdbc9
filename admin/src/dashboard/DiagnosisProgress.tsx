// Diagnoses by provider and kind: how many in each state, against the 200 / 100 targets.
import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import { DIAGNOSIS_STATUSES } from "../../../entities/diagnostic";
import { DIAGNOSIS_KINDS } from "../../../entities/options";
import type { ProgrammeProgress } from "../../../entities/api";

export function DiagnosisProgress({ data }: { data: ProgrammeProgress }) {
  const translate = useTranslate();
  const groups = [...new Set(data.diagnoses.map((d) => `${d.kind}|${d.provider}`))];
  const target = (kind: string) =>
    kind === "quality" ? data.targets.qualityDiagnoses : data.targets.managementDiagnoses;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate("resources.diagnostics.fields.kind")}</TableCell>
          <TableCell>{translate("resources.diagnostics.fields.provider")}</TableCell>
          {DIAGNOSIS_STATUSES.map((s) => (
            <TableCell key={s.value} align="right">
              {s.label}
            </TableCell>
          ))}
          <TableCell align="right">{translate("app.dashboard.target")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {groups.map((g) => {
          const [kind, provider] = g.split("|");
          const n = (status: string) =>
            data.diagnoses.find((d) => d.kind === kind && d.provider === provider && d.status === status)?.count ?? 0;
          return (
            <TableRow key={g}>
              <TableCell>{DIAGNOSIS_KINDS.find((k) => k.value === kind)?.label}</TableCell>
              <TableCell>{provider}</TableCell>
              {DIAGNOSIS_STATUSES.map((s) => (
                <TableCell key={s.value} align="right">
                  {n(s.value)}
                </TableCell>
              ))}
              <TableCell align="right">{target(kind)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

// Home page: the 2025 programme against its targets, and each city's progress.
import { Box, Button, Card, CardContent, CardHeader, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Loading, Title, useDataProvider, useTranslate } from "react-admin";
import { fileUrls, type AppDataProvider } from "../dataProvider";
import { BarChart } from "./BarChart";
import { CityTable } from "./CityTable";
import { DiagnosisProgress } from "./DiagnosisProgress";
import { TargetCard } from "./TargetCard";

export function Dashboard() {
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const { data } = useQuery({ queryKey: ["dashboard"], queryFn: () => dp.dashboard() });
  if (!data) return <Loading />;
  const t = data.totals;
  const names = data.cities.map((c) => c.name);
  return (
    <Box sx={{ my: 2 }}>
      <Title title={translate("app.dashboard.title")} />
      <Box sx={{ display: "flex", alignItems: "center", mb: 1 }}>
        <Typography variant="h6" sx={{ flex: 1 }}>
          {translate("app.dashboard.year", { year: data.year })}
        </Typography>
        <Button variant="outlined" size="small" href={fileUrls.provinceSummary()}>
          {translate("app.reports.province")}
        </Button>
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, mb: 2 }}>
        <TargetCard
          title={translate("app.dashboard.nominations")}
          value={t.nominated}
          target={t.quota}
          hint={translate("app.dashboard.nominations_hint", { quota: t.quota, approved: t.approved })}
        />
        <TargetCard
          title={translate("app.dashboard.training")}
          value={t.trainedEnterprises}
          target={data.targets.trainedEnterprises}
          hint={translate("app.dashboard.training_hint", { valid: t.validGiants })}
        />
        <TargetCard
          title={translate("app.dashboard.quality")}
          value={t.qualityDiagnoses}
          target={data.targets.qualityDiagnoses}
          hint={translate("app.dashboard.reports", { count: data.reportsDelivered })}
        />
        <TargetCard
          title={translate("app.dashboard.management")}
          value={t.managementDiagnoses}
          target={data.targets.managementDiagnoses}
        />
        <TargetCard
          title={translate("app.dashboard.demands")}
          value={t.techDemands}
          target={data.targets.techDemands}
        />
        <TargetCard
          title={translate("app.dashboard.projects")}
          value={t.selectedProjects}
          target={data.targets.selectedProjects}
        />
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, mb: 2 }}>
        <Card sx={{ flex: "1 1 420px" }}>
          <CardHeader
            title={translate("app.dashboard.chart_nominations")}
            subheader={translate("app.dashboard.quota_rule")}
          />
          <CardContent>
            <BarChart
              title={translate("app.dashboard.chart_nominations")}
              categories={names}
              series={[
                {
                  label: translate("app.dashboard.columns.quota"),
                  color: "#90a4ae",
                  values: data.cities.map((c) => c.quota),
                },
                {
                  label: translate("app.dashboard.columns.nominated"),
                  color: "#1976d2",
                  values: data.cities.map((c) => c.nominated),
                },
                {
                  label: translate("app.dashboard.columns.approved"),
                  color: "#2e7d32",
                  values: data.cities.map((c) => c.approved),
                },
              ]}
            />
          </CardContent>
        </Card>
        <Card sx={{ flex: "1 1 420px" }}>
          <CardHeader title={translate("app.dashboard.chart_services")} />
          <CardContent>
            <BarChart
              title={translate("app.dashboard.chart_services")}
              categories={names}
              series={[
                {
                  label: translate("app.dashboard.columns.trainees"),
                  color: "#7b1fa2",
                  values: data.cities.map((c) => c.trainees),
                },
                {
                  label: translate("app.dashboard.columns.diagnoses"),
                  color: "#ef6c00",
                  values: data.cities.map((c) => c.qualityDiagnoses + c.managementDiagnoses),
                },
                {
                  label: translate("app.dashboard.columns.techDemands"),
                  color: "#00838f",
                  values: data.cities.map((c) => c.techDemands),
                },
              ]}
            />
          </CardContent>
        </Card>
      </Box>
      <Card sx={{ mb: 2 }}>
        <CardHeader title={translate("app.dashboard.by_provider")} />
        <CardContent sx={{ overflowX: "auto" }}>
          <DiagnosisProgress data={data} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader title={translate("app.dashboard.by_city")} />
        <CardContent sx={{ overflowX: "auto" }}>
          <CityTable data={data} />
        </CardContent>
      </Card>
    </Box>
  );
}

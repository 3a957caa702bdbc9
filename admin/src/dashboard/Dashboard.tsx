// 工作进度: the round against its targets (a city against its own), and each city's progress.
import { Box, Button, Card, CardContent, CardHeader, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { Loading, Title, useDataProvider, usePermissions, useTranslate } from "react-admin";
import type { Permissions } from "../authProvider";
import { fileUrls, type AppDataProvider } from "../dataProvider";
import { CityPdfButtons } from "../resourceViews/DocumentButtons";
import { BarChart } from "./BarChart";
import { CityTable } from "./CityTable";
import { DiagnosisProgress } from "./DiagnosisProgress";
import { TargetCard } from "./TargetCard";

/** Which cards a user sees: the department and read-only users all; a city its own; a provider its services'. */
function cardsFor(p: Permissions | undefined) {
  const all = ["nominations", "training", "quality", "management", "demands", "projects"];
  if (p?.user.role !== "provider") return all;
  const s = p.user.services;
  return all.filter(
    (c) =>
      (c === "training" && s.includes("training")) ||
      (c === "quality" && s.includes("quality")) ||
      (c === "management" && s.includes("management")) ||
      ((c === "demands" || c === "projects") && s.includes("tech")),
  );
}

export function Dashboard() {
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const { data } = useQuery({ queryKey: ["dashboard"], queryFn: () => dp.dashboard() });
  if (!data) return <Loading />;
  const t = data.totals;
  const names = data.cities.map((c) => c.name);
  const city = data.scope === "city" ? data.cities[0] : undefined;
  const cards = cardsFor(permissions);
  const provinceView = !city && permissions?.user.role !== "provider";
  return (
    <Box sx={{ my: 2 }}>
      <Title title={translate("app.dashboard.title")} />
      <Box sx={{ display: "flex", alignItems: "center", mb: 1 }}>
        <Typography variant="h6" component="h1" sx={{ flex: 1 }}>
          {translate(city ? "app.dashboard.city_round" : "app.dashboard.year", {
            round: data.roundName,
            city: city?.name ?? "",
          })}
        </Typography>
        {provinceView ? (
          <Button variant="outlined" size="small" href={fileUrls.provinceSummary()}>
            {translate("app.reports.province")}
          </Button>
        ) : null}
        {city ? (
          <Button variant="outlined" size="small" href={fileUrls.citySummary(city.id)}>
            {translate("app.city.summary")}
          </Button>
        ) : null}
        {city ? (
          <Box sx={{ display: "flex", gap: 1, ml: 1 }}>
            <CityPdfButtons cityId={city.id} />
          </Box>
        ) : null}
      </Box>
      <Box sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(180px, 1fr))", gap: 2, mb: 2 }}>
        {cards.includes("nominations") ? (
          <TargetCard
            title={translate(city ? "app.dashboard.city_nominations" : "app.dashboard.nominations")}
            value={t.nominated}
            target={data.targets.nominated}
            hint={translate("app.dashboard.nominations_hint", { approved: t.approved, returned: t.returned })}
          />
        ) : null}
        {cards.includes("training") ? (
          <TargetCard
            title={translate("app.dashboard.training")}
            value={t.trainedEnterprises}
            target={data.targets.trainedEnterprises}
            hint={translate(city ? "app.dashboard.city_training_hint" : "app.dashboard.training_hint", {
              valid: t.validGiants,
              share: data.trainingShare,
            })}
          />
        ) : null}
        {cards.includes("quality") ? (
          <TargetCard
            title={translate("app.dashboard.quality")}
            value={t.qualityDiagnoses}
            target={data.targets.qualityDiagnoses}
            hint={translate("app.dashboard.reports", { count: t.qualityReports })}
          />
        ) : null}
        {cards.includes("management") ? (
          <TargetCard
            title={translate("app.dashboard.management")}
            value={t.managementDiagnoses}
            target={data.targets.managementDiagnoses}
            hint={translate("app.dashboard.reports", { count: t.managementReports })}
          />
        ) : null}
        {cards.includes("demands") ? (
          <TargetCard
            title={translate("app.dashboard.demands")}
            value={t.techDemands}
            target={data.targets.techDemands}
          />
        ) : null}
        {cards.includes("projects") ? (
          <TargetCard
            title={translate("app.dashboard.projects")}
            value={t.selectedProjects}
            target={data.targets.selectedProjects}
          />
        ) : null}
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, mb: 2 }}>
        <Card sx={{ flex: "1 1 420px" }}>
          <CardHeader title={translate("app.dashboard.chart_nominations")} subheader={data.quotaRule} />
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

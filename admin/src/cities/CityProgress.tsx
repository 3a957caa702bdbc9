// A city's nominations against its quota, beside the city's record.
import { Button, Card, CardContent, LinearProgress, Stack, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useDataProvider, useRecordContext, useTranslate } from "react-admin";
import { fileUrls, type AppDataProvider } from "../dataProvider";
import { CityPdfButtons } from "../resourceViews/DocumentButtons";

export function CityProgress() {
  const record = useRecordContext();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ["dashboard"], queryFn: () => dp.dashboard() });
  const c = data?.cities.find((x) => x.id === record?.id);
  if (!c || !record) return null;
  const line = (key: string, value: number | string) => (
    <Stack direction="row" sx={{ justifyContent: "space-between" }}>
      <Typography variant="body2" color="text.secondary">
        {translate(key)}
      </Typography>
      <Typography variant="body2">{value}</Typography>
    </Stack>
  );
  return (
    <Card sx={{ width: 300, ml: 2, alignSelf: "flex-start" }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate("app.city.progress")}
        </Typography>
        {line("app.dashboard.columns.validGiants", c.validGiants)}
        {line("app.dashboard.columns.quota", c.quota)}
        <Typography variant="caption" color="text.secondary">
          {data?.quotaRule}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={c.quota ? Math.min(100, (c.nominated / c.quota) * 100) : 0}
          sx={{ my: 1, height: 8, borderRadius: 4 }}
        />
        {line("app.dashboard.columns.nominated", c.nominated)}
        {line("app.dashboard.columns.approved", c.approved)}
        {line("app.dashboard.columns.returned", c.returned)}
        {line("resources.cities.fields.deadline", record.deadline ?? "")}
        {line("app.dashboard.columns.trainees", c.trainees)}
        {line("app.dashboard.columns.diagnoses", c.qualityDiagnoses + c.managementDiagnoses)}
        {line("app.dashboard.columns.techDemands", c.techDemands)}
        <Stack spacing={1} sx={{ mt: 2, alignItems: "flex-start" }}>
          <Button variant="outlined" size="small" href={fileUrls.citySummary(record.id)}>
            {translate("app.city.summary")}
          </Button>
          <CityPdfButtons cityId={record.id} />
        </Stack>
      </CardContent>
    </Card>
  );
}

// The menu grouped as the work is, with each resource's icon and how a record is named elsewhere.
// Light on purpose: the views themselves load lazily (views.ts).
import type { ComponentType } from "react";
import AssignmentIcon from "@mui/icons-material/Assignment";
import ClassIcon from "@mui/icons-material/Class";
import EventIcon from "@mui/icons-material/Event";
import FactCheckIcon from "@mui/icons-material/FactCheck";
import FactoryIcon from "@mui/icons-material/Factory";
import FlagIcon from "@mui/icons-material/Flag";
import HistoryIcon from "@mui/icons-material/History";
import LightbulbIcon from "@mui/icons-material/Lightbulb";
import LocationCityIcon from "@mui/icons-material/LocationCity";
import MedicalServicesIcon from "@mui/icons-material/MedicalServices";
import PeopleIcon from "@mui/icons-material/People";
import RateReviewIcon from "@mui/icons-material/RateReview";
import RuleIcon from "@mui/icons-material/Rule";
import SchoolIcon from "@mui/icons-material/School";
import StairsIcon from "@mui/icons-material/Stairs";
import SupportAgentIcon from "@mui/icons-material/SupportAgent";
import TuneIcon from "@mui/icons-material/Tune";
import type { RaRecord } from "react-admin";
import { optionLabel } from "../../entities/describe";
import { resourceByKey } from "../../entities/registry";

export interface MenuEntry {
  key: string;
  icon: ComponentType;
  recordRepresentation: string | ((record: RaRecord) => string);
}

const entry = (key: string, icon: ComponentType, represent?: (r: RaRecord) => string): MenuEntry => ({
  key,
  icon,
  recordRepresentation:
    represent ?? (resourceByKey[key].title === "id" ? (r: RaRecord) => `编号 ${r.id}` : resourceByKey[key].title),
});
const kindOf = (r: RaRecord) => optionLabel(resourceByKey.diagnostics.fields.kind, r.kind);

export const menu: { group: string; resources: MenuEntry[] }[] = [
  {
    group: "app.menu.enterprise",
    resources: [
      entry("enterprises", FactoryIcon),
      entry("registrations", AssignmentIcon, (r) => `${r.year}年第${r.batch}批报名（编号 ${r.id}）`),
      entry("followUps", SupportAgentIcon),
    ],
  },
  {
    group: "app.menu.training",
    resources: [
      entry("trainingClasses", ClassIcon),
      entry("classSessions", EventIcon, (r) => `第${r.seq}次：${r.topic}`),
      entry("trainees", SchoolIcon),
      entry("attendances", FactCheckIcon),
    ],
  },
  {
    group: "app.menu.diagnosis",
    resources: [entry("diagnostics", MedicalServicesIcon, (r) => `${kindOf(r)}（编号 ${r.id}）`)],
  },
  {
    group: "app.menu.tech",
    resources: [
      entry("techDemands", LightbulbIcon),
      entry("demandReviews", RateReviewIcon),
      entry("selectedProjects", FlagIcon),
    ],
  },
  {
    group: "app.menu.reference",
    resources: [
      entry("cities", LocationCityIcon),
      entry("diagnosisDimensions", TuneIcon),
      entry("maturityLevels", StairsIcon),
      entry("reviewCriteria", RuleIcon),
    ],
  },
  {
    group: "app.menu.system",
    resources: [entry("users", PeopleIcon), entry("auditLogs", HistoryIcon, (r) => `操作日志 ${r.id}`)],
  },
];

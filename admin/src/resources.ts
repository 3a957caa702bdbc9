// Every resource in the menu's groups, with its views: generated, or from its folder where it adds something.
import type { ComponentType } from "react";
import FactCheckIcon from "@mui/icons-material/FactCheck";
import HistoryIcon from "@mui/icons-material/History";
import PeopleIcon from "@mui/icons-material/People";
import SupportAgentIcon from "@mui/icons-material/SupportAgent";
import MedicalServicesIcon from "@mui/icons-material/MedicalServices";
import RateReviewIcon from "@mui/icons-material/RateReview";
import RuleIcon from "@mui/icons-material/Rule";
import StairsIcon from "@mui/icons-material/Stairs";
import TuneIcon from "@mui/icons-material/Tune";
import type { RaRecord } from "react-admin";
import { optionLabel } from "../../entities/describe";
import { resourceByKey } from "../../entities/fields";
import cities from "./cities";
import classSessions from "./classSessions";
import enterprises from "./enterprises";
import registrations from "./registrations";
import selectedProjects from "./selectedProjects";
import techDemands from "./techDemands";
import trainingClasses from "./trainingClasses";
import { generateViews, type ResourceViews } from "./generated/resource";
import trainees from "./trainees";

const generated = (key: string, icon: ComponentType, recordRepresentation?: (r: RaRecord) => string) =>
  generateViews(resourceByKey[key], { icon, ...(recordRepresentation ? { recordRepresentation } : {}) });

const kindOf = (r: RaRecord) => optionLabel(resourceByKey.diagnostics.fields.kind, r.kind);

export const menu: { group: string; resources: [string, ResourceViews][] }[] = [
  {
    group: "app.menu.enterprise",
    resources: [
      ["enterprises", enterprises],
      ["registrations", registrations],
      ["followUps", generated("followUps", SupportAgentIcon)],
    ],
  },
  {
    group: "app.menu.training",
    resources: [
      ["trainingClasses", trainingClasses],
      ["classSessions", classSessions],
      ["trainees", trainees],
      ["attendances", generated("attendances", FactCheckIcon)],
    ],
  },
  {
    group: "app.menu.diagnosis",
    resources: [["diagnostics", generated("diagnostics", MedicalServicesIcon, (r) => `${kindOf(r)}（编号 ${r.id}）`)]],
  },
  {
    group: "app.menu.tech",
    resources: [
      ["techDemands", techDemands],
      ["demandReviews", generated("demandReviews", RateReviewIcon)],
      ["selectedProjects", selectedProjects],
    ],
  },
  {
    group: "app.menu.reference",
    resources: [
      ["cities", cities],
      ["diagnosisDimensions", generated("diagnosisDimensions", TuneIcon)],
      ["maturityLevels", generated("maturityLevels", StairsIcon)],
      ["reviewCriteria", generated("reviewCriteria", RuleIcon)],
    ],
  },
  {
    group: "app.menu.system",
    resources: [
      ["users", generated("users", PeopleIcon)],
      ["auditLogs", generated("auditLogs", HistoryIcon, (r) => `操作日志 ${r.id}`)],
    ],
  },
];

// The menu grouped as the work is, with each resource's icon: what the first screen (the sidebar, the
// resources of the router) needs, from the labels of the descriptions (entities/labels.ts), not the
// descriptions themselves. Every resource of the registry is in it by construction (one the groups do not
// name goes under 其他, and a test fails until it is placed). menu.ts adds how a record is named.
import type { ComponentType } from "react";
import AssignmentIcon from "@mui/icons-material/Assignment";
import DateRangeIcon from "@mui/icons-material/DateRange";
import ClassIcon from "@mui/icons-material/Class";
import EventIcon from "@mui/icons-material/Event";
import FactCheckIcon from "@mui/icons-material/FactCheck";
import FactoryIcon from "@mui/icons-material/Factory";
import FlagIcon from "@mui/icons-material/Flag";
import HistoryIcon from "@mui/icons-material/History";
import LightbulbIcon from "@mui/icons-material/Lightbulb";
import ListIcon from "@mui/icons-material/List";
import PlaylistAddIcon from "@mui/icons-material/PlaylistAdd";
import LocationCityIcon from "@mui/icons-material/LocationCity";
import MedicalServicesIcon from "@mui/icons-material/MedicalServices";
import NotificationsIcon from "@mui/icons-material/Notifications";
import PeopleIcon from "@mui/icons-material/People";
import RateReviewIcon from "@mui/icons-material/RateReview";
import RuleIcon from "@mui/icons-material/Rule";
import SchoolIcon from "@mui/icons-material/School";
import StairsIcon from "@mui/icons-material/Stairs";
import SupportAgentIcon from "@mui/icons-material/SupportAgent";
import TuneIcon from "@mui/icons-material/Tune";
import type { Me } from "../../entities/api";
import { resourceLabels } from "../../entities/labels";
import { enterpriseFormsPage } from "./enterpriseForms/menuPage";
import { myFormsPage } from "./myForms/menuPage";
import { stampedCopiesPage } from "./stampedCopies/menuPage";

/** A page of its own (not a resource's list) in a group of the menu, for the users it is `visible` to. */
export interface MenuPage {
  path: string;
  /** A message key. */
  label: string;
  icon: ComponentType;
  visible: (permissions: Me) => boolean;
}

/** The groups of the menu, in order, with the resources of each (by key) and their icons, then their pages. */
export const MENU_GROUPS: { group: string; resources: Record<string, ComponentType>; pages?: MenuPage[] }[] = [
  {
    group: "app.menu.enterprise",
    resources: { enterprises: FactoryIcon, registrations: AssignmentIcon, followUps: SupportAgentIcon },
    pages: [myFormsPage, enterpriseFormsPage, stampedCopiesPage],
  },
  {
    group: "app.menu.training",
    resources: {
      trainingClasses: ClassIcon,
      classSessions: EventIcon,
      trainees: SchoolIcon,
      attendances: FactCheckIcon,
    },
  },
  { group: "app.menu.diagnosis", resources: { diagnostics: MedicalServicesIcon } },
  {
    group: "app.menu.tech",
    resources: { techDemands: LightbulbIcon, demandReviews: RateReviewIcon, selectedProjects: FlagIcon },
  },
  {
    group: "app.menu.reference",
    resources: {
      rounds: DateRangeIcon,
      cities: LocationCityIcon,
      diagnosisDimensions: TuneIcon,
      maturityLevels: StairsIcon,
      reviewCriteria: RuleIcon,
    },
  },
  {
    group: "app.menu.system",
    resources: {
      notices: NotificationsIcon,
      customFields: PlaylistAddIcon,
      users: PeopleIcon,
      auditLogs: HistoryIcon,
    },
  },
];
/** Listed in the menu only for who writes them; the others meet them in the forms (自定义字段: the department's). */
export const WRITERS_ONLY = ["customFields"];

/** Where a resource that no group names goes, so that it is never missing from the menu. */
export const OTHER_GROUP = "app.menu.other";

/** A resource in the menu: its key and icon. */
export interface MenuItem {
  key: string;
  icon: ComponentType;
}
export interface MenuGroup<E extends MenuItem = MenuItem> {
  group: string;
  resources: E[];
  pages?: MenuPage[];
}

const known = new Set(resourceLabels.map((r) => r.key));
const unplaced = resourceLabels.filter((r) => !MENU_GROUPS.some((g) => r.key in g.resources));

/** Every resource of the registry, grouped in the menu's order. */
export const menuGroups: MenuGroup[] = [
  ...MENU_GROUPS.map(({ group, resources: icons, pages }) => ({
    group,
    resources: Object.entries(icons)
      .filter(([key]) => known.has(key))
      .map(([key, icon]) => ({ key, icon })),
    pages,
  })),
  { group: OTHER_GROUP, resources: unplaced.map((r) => ({ key: r.key, icon: ListIcon })) },
].filter((g) => g.resources.length > 0);

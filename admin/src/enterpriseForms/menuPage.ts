// 企业报名表审核's place in the menu (企业与报名): the city bureaus and the department, who review the
// forms the enterprises submitted, and the read-only user, who sees them without the buttons.
import AssignmentTurnedInOutlinedIcon from "@mui/icons-material/AssignmentTurnedInOutlined";
import type { Me } from "../../../entities/api";
import { FORM_PAGES } from "../../../entities/labels";
import type { MenuPage } from "../menuGroups";

/** Where a city bureau reviews the enterprises' submitted forms (entities/enterpriseForms.ts FORM_PAGES). */
export const REVIEW_PAGE_PATH = FORM_PAGES.review;

export const enterpriseFormsPage: MenuPage = {
  path: REVIEW_PAGE_PATH,
  label: "app.enterpriseForms.menu",
  icon: AssignmentTurnedInOutlinedIcon,
  visible: (p: Me) => ["province", "city", "viewer"].includes(p.user.role),
};

// 我的报名表's place in the menu (企业与报名): an enterprise user's own forms, first.
import AssignmentIndIcon from "@mui/icons-material/AssignmentInd";
import type { Me } from "../../../entities/api";
import type { MenuPage } from "../menuGroups";
import { MY_FORMS_PATH } from "./paths";

export const myFormsPage: MenuPage = {
  path: MY_FORMS_PATH,
  label: "app.myForms.title",
  icon: AssignmentIndIcon,
  visible: (p: Me) => p.user.role === "enterprise",
};

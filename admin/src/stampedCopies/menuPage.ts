// 签章件缺失清单's place in the menu (企业与报名): for the department, the city bureaus and the read-only
// user — who read all three forms' records, as the server asks of the report.
import FactCheckOutlinedIcon from "@mui/icons-material/FactCheckOutlined";
import type { Me } from "../../../entities/api";
import { resourceLabels } from "../../../entities/labels";
import type { MenuPage } from "../menuGroups";

export const STAMPED_COPIES_PATH = "/stampedCopies";
/** The forms that are signed and stamped (entities/attachment.ts STAMPED_FORMS). */
const STAMPED_RESOURCES = resourceLabels.filter((r) => r.stampedCopy).map((r) => r.key);

export const stampedCopiesPage: MenuPage = {
  path: STAMPED_COPIES_PATH,
  label: "app.stampedCopies.menu",
  icon: FactCheckOutlinedIcon,
  visible: (p: Me) =>
    ["province", "city", "viewer"].includes(p.user.role) &&
    STAMPED_RESOURCES.every((r) => (p.access[r] ?? "none") !== "none"),
};

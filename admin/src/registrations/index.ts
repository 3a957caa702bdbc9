import { createElement } from "react";
import AssignmentIcon from "@mui/icons-material/Assignment";
import { registration } from "../../../entities/registration";
import { generateViews } from "../generated/resource";
import { ReviewButtons } from "./ReviewButtons";

export default generateViews(registration, {
  icon: AssignmentIcon,
  recordRepresentation: (r) => `${r.year}年第${r.batch}批报名（编号 ${r.id}）`,
  listOptions: { bulkActions: createElement(ReviewButtons) },
});

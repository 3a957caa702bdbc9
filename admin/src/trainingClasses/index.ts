import { createElement } from "react";
import ClassIcon from "@mui/icons-material/Class";
import { trainingClass } from "../../../entities/trainingClass";
import { generateViews } from "../generated/resource";
import { ClassReport } from "./ClassReport";

export default generateViews(trainingClass, {
  icon: ClassIcon,
  showOptions: { tabs: [{ label: "app.report.tab", path: "report", content: createElement(ClassReport) }] },
});

import { createElement } from "react";
import { trainingClass } from "../../../entities/trainingClass";
import { generateViews } from "../resourceViews/resource";
import { ClassReport } from "./ClassReport";

export default generateViews(trainingClass, {
  showOptions: { tabs: [{ label: "app.report.tab", path: "report", content: createElement(ClassReport) }] },
});

import { createElement } from "react";
import { classSession } from "../../../entities/classSession";
import { generateViews } from "../resourceViews/resource";
import { AttendanceGrid } from "./AttendanceGrid";

export default generateViews(classSession, {
  showOptions: { tabs: [{ label: "app.attendance.tab", path: "attendance", content: createElement(AttendanceGrid) }] },
});

import { createElement } from "react";
import EventIcon from "@mui/icons-material/Event";
import { classSession } from "../../../entities/classSession";
import { generateViews } from "../generated/resource";
import { AttendanceGrid } from "./AttendanceGrid";

export default generateViews(classSession, {
  icon: EventIcon,
  recordRepresentation: (r) => `第${r.seq}次：${r.topic}`,
  showOptions: { tabs: [{ label: "app.attendance.tab", path: "attendance", content: createElement(AttendanceGrid) }] },
});

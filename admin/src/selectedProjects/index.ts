import { createElement } from "react";
import FlagIcon from "@mui/icons-material/Flag";
import { selectedProject } from "../../../entities/selectedProject";
import { fileUrls } from "../dataProvider";
import { generateViews } from "../generated/resource";
import { LinkButton } from "../layout/LinkButton";

export default generateViews(selectedProject, {
  icon: FlagIcon,
  listOptions: { actions: createElement(LinkButton, { href: fileUrls.selectedProjects(), label: "app.reports.projects" }) },
});

import { createElement } from "react";
import { selectedProject } from "../../../entities/selectedProject";
import { fileUrls } from "../dataProvider";
import { generateViews } from "../resourceViews/resource";
import { LinkButton } from "../layout/LinkButton";

export default generateViews(selectedProject, {
  listOptions: {
    actions: createElement(LinkButton, { href: fileUrls.selectedProjects(), label: "app.reports.projects" }),
  },
});

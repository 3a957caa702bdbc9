import { createElement } from "react";
import { techDemand } from "../../../entities/techDemand";
import { generateViews } from "../resourceViews/resource";
import { LinkButton } from "../layout/LinkButton";

export default generateViews(techDemand, {
  listOptions: {
    actions: createElement(LinkButton, { to: "/selection", label: "app.selection.open", needs: "selection" }),
  },
});

import { createElement } from "react";
import { enterprise } from "../../../entities/enterprise";
import { InviteButton } from "../enterpriseForms/InviteButton";
import { generateViews } from "../resourceViews/resource";
import { NominateButton } from "./NominateButton";
import { ValidityFilter } from "./ValidityFilter";

export default generateViews(enterprise, {
  listOptions: { sidebar: createElement(ValidityFilter), bulkActions: createElement(NominateButton) },
  showOptions: { actions: createElement(InviteButton) },
});

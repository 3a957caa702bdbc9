import { createElement } from "react";
import { registration } from "../../../entities/registration";
import { generateViews } from "../resourceViews/resource";
import { EnterpriseWithBasics } from "./EnterpriseBasics";
import { ReviewButtons } from "./ReviewButtons";

export default generateViews(registration, {
  listOptions: { bulkActions: createElement(ReviewButtons) },
  inputs: { enterpriseId: createElement(EnterpriseWithBasics) },
});

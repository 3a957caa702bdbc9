import { createElement } from "react";
import { registration } from "../../../entities/registration";
import { generateViews } from "../generated/resource";
import { ReviewButtons } from "./ReviewButtons";

export default generateViews(registration, {
  listOptions: { bulkActions: createElement(ReviewButtons) },
});

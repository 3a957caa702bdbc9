import { createElement } from "react";
import { registration } from "../../../entities/registration";
import { generateViews } from "../resourceViews/resource";
import { ReviewButtons } from "./ReviewButtons";

export default generateViews(registration, {
  listOptions: { bulkActions: createElement(ReviewButtons) },
});

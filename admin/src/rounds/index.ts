import { createElement } from "react";
import { round } from "../../../entities/round";
import { generateViews } from "../resourceViews/resource";
import { NewRoundButton } from "./NewRoundButton";

export default generateViews(round, { listOptions: { actions: createElement(NewRoundButton) } });

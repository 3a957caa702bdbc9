import { createElement } from "react";
import FactoryIcon from "@mui/icons-material/Factory";
import { enterprise } from "../../../entities/enterprise";
import { generateViews } from "../generated/resource";
import { ValidityFilter } from "./ValidityFilter";

export default generateViews(enterprise, { icon: FactoryIcon, listOptions: { sidebar: createElement(ValidityFilter) } });

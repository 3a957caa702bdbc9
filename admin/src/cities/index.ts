import { createElement } from "react";
import { city } from "../../../entities/city";
import { generateViews } from "../resourceViews/resource";
import { CityProgress } from "./CityProgress";

export default generateViews(city, { showOptions: { aside: createElement(CityProgress) } });

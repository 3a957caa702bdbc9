import { createElement } from "react";
import LocationCityIcon from "@mui/icons-material/LocationCity";
import { city } from "../../../entities/city";
import { generateViews } from "../generated/resource";
import { CityProgress } from "./CityProgress";

export default generateViews(city, { icon: LocationCityIcon, showOptions: { aside: createElement(CityProgress) } });

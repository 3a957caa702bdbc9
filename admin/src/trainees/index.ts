import { createElement } from "react";
import SchoolIcon from "@mui/icons-material/School";
import { trainee } from "../../../entities/trainee";
import { generateViews } from "../generated/resource";
import { PhotoInput } from "./PhotoInput";

export default generateViews(trainee, { icon: SchoolIcon, inputs: { photo: createElement(PhotoInput, { source: "photo" }) } });

import { createElement } from "react";
import { trainee } from "../../../entities/trainee";
import { generateViews } from "../resourceViews/resource";
import { PhotoInput } from "./PhotoInput";

export default generateViews(trainee, { inputs: { photo: createElement(PhotoInput, { source: "photo" }) } });

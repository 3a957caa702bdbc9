import { createElement } from "react";
import { trainee } from "../../../entities/trainee";
import { generateViews } from "../resourceViews/resource";
import { PhotoInput } from "./PhotoInput";
import { PhotoAside } from "./TraineePhoto";

// The photo lives in the trainee's archive: beside the record, and in the form where 附件1-2 has it.
export default generateViews(trainee, {
  inputs: { photo: createElement(PhotoInput) },
  showOptions: { aside: createElement(PhotoAside) },
});

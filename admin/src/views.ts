// The views of every resource: generated from its description, or from its folder where it adds
// something. Loaded lazily, after the first screen, so the login and the dashboard come up fast.
import { resourceByKey } from "../../entities/registry";
import cities from "./cities";
import classSessions from "./classSessions";
import enterprises from "./enterprises";
import { generateViews, type ResourceViews } from "./resourceViews/resource";
import registrations from "./registrations";
import selectedProjects from "./selectedProjects";
import techDemands from "./techDemands";
import trainees from "./trainees";
import trainingClasses from "./trainingClasses";

const custom: Record<string, ResourceViews> = {
  cities,
  classSessions,
  enterprises,
  registrations,
  selectedProjects,
  techDemands,
  trainees,
  trainingClasses,
};

export const views: Record<string, ResourceViews> = Object.fromEntries(
  Object.keys(resourceByKey).map((key) => [key, custom[key] ?? generateViews(resourceByKey[key])]),
);

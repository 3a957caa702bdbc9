// Every migration, in order. `npm run migration:generate -- Name` writes a new one and adds it here.
import { Initial1795831031154 } from "./1795831031154-Initial";
export const migrations: Function[] = [Initial1795831031154];

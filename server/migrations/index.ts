// Every migration, in order. `npm run migration:generate -- Name` writes a new one and adds it here.
import { Initial1795828726326 } from "./1795828726326-Initial";
export const migrations: Function[] = [Initial1795828726326];

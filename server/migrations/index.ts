// Every migration, in order. `npm run migration:generate -- Name` writes a new one and adds it here.
import { Initial1795827543534 } from "./1795827543534-Initial";
export const migrations: Function[] = [Initial1795827543534];

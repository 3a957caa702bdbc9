// Every migration, in order. `npm run migration:generate -- Name` writes a new one and adds it here.
import { Initial1795829228627 } from "./1795829228627-Initial";
export const migrations: Function[] = [Initial1795829228627];

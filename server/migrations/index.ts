// Every migration, in order. `npm run migration:generate -- Name` writes a new one and adds it here.
import { Initial1795831031154 } from "./1795831031154-Initial";
import { SearchIndex1795831032154 } from "./1795831032154-SearchIndex";
export const migrations: Function[] = [Initial1795831031154, SearchIndex1795831032154];

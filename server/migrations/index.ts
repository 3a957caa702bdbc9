// Every migration, in order. `npm run migration:generate -- Name` writes a new one and adds it here.
import { Initial1795830268743 } from "./1795830268743-Initial";
export const migrations: Function[] = [Initial1795830268743];

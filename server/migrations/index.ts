// Every migration, in order, for each kind of database. `npm run migration:generate -- Name`
// writes a new one for SQLite (and, with DATABASE_URL=postgres://…, for PostgreSQL) and adds it here.
import type { MigrationInterface } from "typeorm";
import { Initial1795831031154 } from "./sqlite/1795831031154-Initial";
import { SearchIndex1795831032154 } from "./sqlite/1795831032154-SearchIndex";
import { Initial1795835356057 } from "./postgres/1795835356057-Initial";
import { SearchIndex1795835357057 } from "./postgres/1795835357057-SearchIndex";
import { AttachmentContent1795840853752 } from "./sqlite/1795840853752-AttachmentContent";
import { AttachmentContent1795840855324 } from "./postgres/1795840855324-AttachmentContent";
import { Notices1795967945414 } from "./sqlite/1795967945414-Notices";
import { Notices1795967949275 } from "./postgres/1795967949275-Notices";
import { TraineePhotos1795969690693 } from "./sqlite/1795969690693-TraineePhotos";
import { TraineePhotos1795969696097 } from "./postgres/1795969696097-TraineePhotos";
import { NameSortKeys1795970497605 } from "./sqlite/1795970497605-NameSortKeys";
import { NameSortKeys1795970503178 } from "./postgres/1795970503178-NameSortKeys";
import { EnterpriseForms1795976425162 } from "./sqlite/1795976425162-EnterpriseForms";
import { EnterpriseForms1795976427203 } from "./postgres/1795976427203-EnterpriseForms";
/** Each database's migrations, oldest first. */
import { Rounds1796472451340 } from "./sqlite/1796472451340-Rounds";
import { Rounds1796472465209 } from "./postgres/1796472465209-Rounds";
import { CustomFields1796474811677 } from "./sqlite/1796474811677-CustomFields";
import { CustomFields1796474838643 } from "./postgres/1796474838643-CustomFields";
export const migrations: Record<"sqlite" | "postgres", (new () => MigrationInterface)[]> = {
  sqlite: [
    Initial1795831031154,
    SearchIndex1795831032154,
    AttachmentContent1795840853752,
    Notices1795967945414,
    TraineePhotos1795969690693,
    NameSortKeys1795970497605,
    EnterpriseForms1795976425162,
    Rounds1796472451340,
    CustomFields1796474811677,
  ],
  postgres: [
    Initial1795835356057,
    SearchIndex1795835357057,
    AttachmentContent1795840855324,
    Notices1795967949275,
    TraineePhotos1795969696097,
    NameSortKeys1795970503178,
    EnterpriseForms1795976427203,
    Rounds1796472465209,
    CustomFields1796474838643,
  ],
};

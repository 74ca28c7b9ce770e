/**
 * The database's types. `schema.generated.ts` is derived from the migrations by
 * `npm run db:types` (never edit it by hand); this file names what the rest of
 * the code imports.
 */
import type { Insertable, Selectable, Updateable } from "kysely";
import type { DB } from "./schema.generated";

export type Database = DB;
export type TableName = keyof Database;
export type Row<T extends TableName> = Selectable<Database[T]>;
export type NewRow<T extends TableName> = Insertable<Database[T]>;
export type RowUpdate<T extends TableName> = Updateable<Database[T]>;

import type { PagewiseDatabase } from "@pagewise/db";

/** What every procedure can reach. Built once per request by the server. */
export interface Context {
  db: PagewiseDatabase["db"];
  /** Which driver the database runs on, for `health`. */
  databaseDriver: PagewiseDatabase["driver"];
}

export interface ContextDependencies {
  database: Pick<PagewiseDatabase, "db" | "driver">;
}

export function createContext({ database }: ContextDependencies): Context {
  return { db: database.db, databaseDriver: database.driver };
}

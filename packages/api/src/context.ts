import type { Auth } from "@pagewise/auth";
import type { PagewiseDatabase } from "@pagewise/db";

/** The signed-in reader and their session, as Better Auth returns it. */
export type AuthSession = Auth["$Infer"]["Session"];

/** What every procedure can reach. Built once per request by the server. */
export interface Context {
  db: PagewiseDatabase["db"];
  /** Which driver the database runs on, for `health`. */
  databaseDriver: PagewiseDatabase["driver"];
  /** The caller's session, read once per request (batched calls share it); null when signed out. */
  session: AuthSession | null;
}

export interface ContextDependencies {
  database: Pick<PagewiseDatabase, "db" | "driver">;
  session?: AuthSession | null;
}

export function createContext({ database, session = null }: ContextDependencies): Context {
  return { db: database.db, databaseDriver: database.driver, session };
}

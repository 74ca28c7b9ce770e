import type { Auth } from "@pagewise/auth";
import type { PagewiseDatabase } from "@pagewise/db";
import type { BookOverrides, RagRuntime } from "@pagewise/rag";

/** The signed-in reader and their session, as Better Auth returns it. */
export type AuthSession = Auth["$Infer"]["Session"];

/** What every procedure can reach. Built once per request by the server. */
export interface Context {
  db: PagewiseDatabase["db"];
  /** Which driver the database runs on, for `health`. */
  databaseDriver: PagewiseDatabase["driver"];
  /** The caller's session, read once per request (batched calls share it); null when signed out. */
  session: AuthSession | null;
  /** Better Auth, for procedures that act through it on the caller's behalf (revoking sessions, admin). */
  auth: Auth | undefined;
  /** The request's headers: Better Auth's own API authorises calls by the caller's cookie. */
  headers: Headers;
  /** The assistant's LLM and embeddings endpoints (from ragRuntimeFromEnv); undefined: extractive, full-text only. */
  rag: RagRuntime | undefined;
  /** BOOK_TITLE / BOOK_QUESTIONS from the server's configuration. */
  book: BookOverrides;
  /** The request's id (X-Request-Id): an unexpected error's answer quotes it, the server log has the detail. */
  requestId: string | undefined;
}

export interface ContextDependencies {
  database: Pick<PagewiseDatabase, "db" | "driver">;
  session?: AuthSession | null;
  auth?: Auth;
  headers?: Headers;
  rag?: RagRuntime;
  book?: BookOverrides;
  requestId?: string | undefined;
}

export function createContext({
  database,
  session = null,
  auth,
  headers = new Headers(),
  rag,
  book = {},
  requestId,
}: ContextDependencies): Context {
  return { db: database.db, databaseDriver: database.driver, session, auth, headers, rag, book, requestId };
}

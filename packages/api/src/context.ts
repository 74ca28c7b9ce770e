import type { Auth } from "@pagewise/auth";
import type { DocsSite } from "@pagewise/book";
import type { PagewiseDatabase } from "@pagewise/db";
import type { BookOverrides, RagRuntime } from "@pagewise/rag";
import { type AssistantObserver, silentAssistantObserver } from "./assistant/assistant-observer";
import { type AskedBackground, DEFAULT_PROFILE_BACKGROUNDS } from "./profile/profile-backgrounds";

/** How long questions are kept when the server does not say (QUESTION_RETENTION_DAYS' default). */
export const DEFAULT_QUESTION_RETENTION_DAYS = 30;

type BetterAuthSession = Auth["$Infer"]["Session"];

/**
 * The signed-in reader and their session, as Better Auth returns it. An interface, so declarations
 * that mention it (the procedures' context in dist/types) name it instead of spelling it out.
 */
export interface AuthSession extends BetterAuthSession {}

/** What every procedure can reach. Built once per request by the server. */
export interface Context {
  db: PagewiseDatabase["db"];
  /** Which driver the database runs on, for `health`. */
  databaseDriver: PagewiseDatabase["driver"];
  /**
   * The caller's session, read once per request (batched calls share it); null when signed out.
   * It may come from Better Auth's signed cookie cache, so it can outlive a sign-out by up to a
   * minute: good enough for personalising public answers, never for protected data.
   */
  session: AuthSession | null;
  /**
   * The session checked against the session store, past the cookie cache, once per request:
   * what protected and admin procedures go by, so sign-out, revocation, a ban or a role change
   * take effect at once.
   */
  verifiedSession: () => Promise<AuthSession | null>;
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
  /**
   * A keyed hash of the day and the client's address and browser, computed by the server: what
   * the question log and votes keep instead of a user id or an IP. Undefined for in-process calls.
   */
  visitorKey: string | undefined;
  /**
   * A keyed hash of the day and the signed-in account, else the client's network (not its
   * browser), computed by the server: what a vote is keyed by, one per voter and answer.
   */
  voterKey: string | undefined;
  /** Told of every answer and vote (for /metrics) and of logging failures. */
  assistant: AssistantObserver;
  /** QUESTION_RETENTION_DAYS, for the privacy text. */
  questionRetentionDays: number;
  /** PROFILE_BACKGROUNDS: the backgrounds the profile asks about, in order (the software one by default). */
  profileBackgrounds: readonly AskedBackground[];
  /** Where the docs are published (DOCS_SITE_URL, else the site's config), for citations' `siteUrl`. */
  docsSite: DocsSite | undefined;
}

export interface ContextDependencies {
  database: Pick<PagewiseDatabase, "db" | "driver">;
  session?: AuthSession | null;
  /** Reads the session past the cookie cache; without it, `session` is taken as already verified. */
  verifySession?: () => Promise<AuthSession | null>;
  auth?: Auth;
  headers?: Headers;
  rag?: RagRuntime;
  book?: BookOverrides;
  requestId?: string | undefined;
  visitorKey?: string | undefined;
  voterKey?: string | undefined;
  assistant?: AssistantObserver;
  questionRetentionDays?: number;
  profileBackgrounds?: readonly AskedBackground[];
  docsSite?: DocsSite | undefined;
}

export function createContext({
  database,
  session = null,
  verifySession,
  auth,
  headers = new Headers(),
  rag,
  book = {},
  requestId,
  visitorKey,
  voterKey,
  assistant = silentAssistantObserver,
  questionRetentionDays = DEFAULT_QUESTION_RETENTION_DAYS,
  profileBackgrounds = DEFAULT_PROFILE_BACKGROUNDS,
  docsSite,
}: ContextDependencies): Context {
  return {
    db: database.db,
    databaseDriver: database.driver,
    session,
    verifiedSession: once(verifySession ?? (async () => session)),
    auth,
    headers,
    rag,
    book,
    requestId,
    visitorKey,
    voterKey,
    assistant,
    questionRetentionDays,
    profileBackgrounds,
    docsSite,
  };
}

/** `read`'s answer, asked for on the first call only (batched calls share one request's context). */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= read();
    return pending;
  };
}

import { isSessionStoreUnavailable } from "@pagewise/auth";
import { isDatabaseUnavailable } from "@pagewise/db";

/**
 * What to tell a client when a backing service is down. These are the
 * server's troubles, never the client's: they answer 503, the process stays
 * up, and the next request after the service returns succeeds.
 */
export const OUTAGE_MESSAGES = {
  database: "The database is unavailable right now. Try again in a moment.",
  sessionStore: "Sessions are unavailable right now: the session store cannot be reached. Try again in a moment.",
} as const;

/** The message for an error caused by an outage, or undefined for any other error. */
export function outageMessage(error: unknown): string | undefined {
  if (isDatabaseUnavailable(error)) return OUTAGE_MESSAGES.database;
  if (isSessionStoreUnavailable(error)) return OUTAGE_MESSAGES.sessionStore;
  return undefined;
}

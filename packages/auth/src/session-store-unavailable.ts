/**
 * Redis, where Better Auth keeps sessions and rate-limit counters when
 * REDIS_URL is set, could not answer. Like a database outage this is the
 * server's trouble, not the client's: it answers 503 and heals by itself when
 * Redis returns.
 */
export class SessionStoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The session store (Redis) cannot be reached", { cause });
    this.name = "SessionStoreUnavailableError";
  }
}

/** Whether an error, or any error it wraps, is a session store outage. */
export function isSessionStoreUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof SessionStoreUnavailableError) return true;
    current = current.cause;
  }
  return false;
}

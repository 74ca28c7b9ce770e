/**
 * Whether an error means "the database cannot be reached right now" (refused
 * or dropped connections, a server shutting down or starting up), as opposed
 * to a bad query. Such failures answer 503 and heal by themselves when the
 * database returns; the pools reconnect on the next request.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    if (typeof current !== "object") return false;
    const code = "code" in current ? String(current.code) : "";
    if (NETWORK_CODES.has(code) || code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03") {
      return true;
    }
    const message = "message" in current ? String(current.message) : "";
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = "cause" in current ? current.cause : undefined;
  }
  return false;
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /connect ECONNREFUSED/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down)/i,
  /PGlite is closed/i,
];

/** Where Better Auth's own log lines go: one structured entry each (apps/server sends them to pino). */
export type AuthLogSink = (
  level: "debug" | "info" | "warn" | "error",
  message: string,
  details: AuthLogDetails,
) => void;

export interface AuthLogDetails {
  /** The error Better Auth reported, reduced to its kind: never its query, parameters or detail. */
  err?: { name: string; code?: string; message: string };
  /** Other text arguments, with email addresses masked. */
  args?: string[];
}

const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[^\s@"'<>()]+/g;

/** Messages that describe what a client sent (a foreign origin or callback URL): not a server error. */
const CLIENT_ERRORS = [
  /^Invalid (origin|callbackURL|redirectURL|errorCallbackURL|newUserCallbackURL)\b/i,
  /^Blocked cross-site/,
];
const CLIENT_HINTS = [/^If it's a valid URL, please add/];

/**
 * Adapts a sink to Better Auth's `logger.log`. Better Auth passes driver error
 * objects (with the SQL and its parameters, hence emails) and prints coloured
 * multi-line text; here every entry is reduced to a message, an error's name,
 * code and message, and masked strings. Refused origins and URLs, which any
 * client can cause, are warnings, and the hint that follows them is debug.
 */
export function betterAuthLogger(sink: AuthLogSink) {
  return {
    // As before: its warnings name why a sign-in failed, which the auth log records without that detail.
    level: "error" as const,
    disableColors: true,
    log(level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]) {
      const text = maskEmails(String(message)).trim();
      const effective = CLIENT_HINTS.some((pattern) => pattern.test(text))
        ? "debug"
        : level === "error" && CLIENT_ERRORS.some((pattern) => pattern.test(text))
          ? "warn"
          : level;
      sink(effective, text, describe(args));
    },
  };
}

/**
 * Better Auth's `onAPIError.onError`: every error an endpoint ended with. Its
 * default handler prints them to the console (colour codes, the error object
 * with the query's parameters); here the server's own failures are errors,
 * and what a client caused (a 4xx: a refused origin, a wrong password) is
 * debug, so no client can fill the error log.
 */
export function betterAuthErrorHandler(sink: AuthLogSink) {
  return (error: unknown) => {
    const status = statusOf(error);
    if (status === "FOUND") return;
    const clientError = status !== undefined && status !== "INTERNAL_SERVER_ERROR";
    const message = error instanceof Error ? maskEmails(error.message) : "Better Auth endpoint failed";
    sink(
      clientError ? "debug" : "error",
      clientError ? `refused: ${message}` : "Better Auth endpoint failed",
      describe([error]),
    );
  };
}

/** An APIError's status ("FORBIDDEN", "INTERNAL_SERVER_ERROR"…); undefined for any other error. */
function statusOf(error: unknown): string | undefined {
  if (!(error instanceof Error) || error.name !== "APIError" || !("status" in error)) return undefined;
  return typeof error.status === "string" ? error.status : undefined;
}

function describe(args: unknown[]): AuthLogDetails {
  const details: AuthLogDetails = {};
  const texts: string[] = [];
  for (const arg of args) {
    if (arg instanceof Error) {
      const code = "code" in arg && typeof arg.code === "string" ? arg.code : undefined;
      details.err = { name: arg.name, ...(code && { code }), message: maskEmails(arg.message) };
    } else if (typeof arg === "string" || typeof arg === "number" || typeof arg === "boolean") {
      texts.push(maskEmails(String(arg)));
    }
    // Anything else (objects, arrays) may carry request data: left out.
  }
  if (texts.length > 0) details.args = texts;
  return details;
}

function maskEmails(text: string): string {
  return text.replace(EMAIL, "[email]");
}

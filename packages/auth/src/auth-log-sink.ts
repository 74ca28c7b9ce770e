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

/**
 * Messages that describe what a client sent (a foreign origin or callback URL, an OAuth callback
 * with a made-up or stale state): not a server error, and anyone can cause them.
 */
const CLIENT_ERRORS = [
  /^Invalid (origin|callbackURL|redirectURL|errorCallbackURL|newUserCallbackURL)\b/i,
  /^Blocked cross-site/,
  /^Failed to parse state\b/,
  /^State (not found|mismatch|invalid)\b/i,
  /^INVALID_CALLBACK_REQUEST\b/,
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

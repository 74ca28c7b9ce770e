import { TRPCClientError } from "@trpc/client";

/**
 * A sentence to show for a failed tRPC call. Errors the server sent (validation, consent, not
 * found) carry a message written for the reader; a failure without a server answer means the
 * request never got through, and the client's raw text ("Failed to fetch") would mean nothing.
 */
export function requestErrorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const code = serverCode(error);
    if (code === undefined) return "The server could not be reached. Check your connection, then try again.";
    if (code === "UNAUTHORIZED") return "Your session has ended: sign in again.";
    if (code === "FORBIDDEN") return "You are not allowed to do that.";
    if (code === "TOO_MANY_REQUESTS") return "Too many requests: wait a moment, then try again.";
    if (code === "INTERNAL_SERVER_ERROR") return "The server had a problem. Try again in a moment.";
    return error.message;
  }
  return error instanceof Error ? error.message : "Something went wrong.";
}

/** The tRPC error code the server answered with ("BAD_REQUEST", "NOT_FOUND", …), if it answered. */
export function serverCode(error: unknown): string | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  if (typeof data !== "object" || data === null || !("code" in data)) return undefined;
  return typeof data.code === "string" ? data.code : undefined;
}

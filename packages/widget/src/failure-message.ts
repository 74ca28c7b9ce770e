import { pagewiseErrorCode } from "@pagewise/client";

/** What a reader is told when a call fails: the server's own words, or why it could not be reached. */
export function failureMessage(error: unknown): string {
  const code = pagewiseErrorCode(error);
  if (code === "TOO_MANY_REQUESTS") return "Too many questions at once. Wait a minute, then ask again.";
  if (code !== undefined && error instanceof Error && error.message !== "") return error.message;
  // No answer at all: the network, or a server that does not trust this site (CORS).
  return "The assistant could not be reached from this site. Try again later.";
}

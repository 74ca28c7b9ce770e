import { createHmac } from "node:crypto";

/**
 * The key the question log and readers' votes keep instead of an identity: a
 * keyed hash of today's salt (itself a keyed hash of the server's secret and
 * the UTC date) and the client's address and browser. The same reader gets
 * the same key all day, so they cannot vote a hundred times on one answer;
 * tomorrow's key is unrelated to today's, and without the secret neither can
 * be traced back to an address.
 */
export function createVisitorKeys(secret: string, now: () => Date = () => new Date()) {
  let saltDay = "";
  let salt = "";
  return (ip: string | undefined, userAgent: string | undefined): string => {
    const day = now().toISOString().slice(0, 10);
    // One salt per day, computed once: this runs on every API request.
    if (day !== saltDay) {
      saltDay = day;
      salt = createHmac("sha256", secret).update(`pagewise visitor salt ${day}`).digest("base64url");
    }
    return createHmac("sha256", salt)
      .update(`${ip ?? "no-ip"}\n${userAgent ?? ""}`)
      .digest("base64url")
      .slice(0, 32);
  };
}

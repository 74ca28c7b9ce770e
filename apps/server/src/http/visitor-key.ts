import { createHmac } from "node:crypto";
import { rememberRecent } from "./remember-recent";

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
  // This runs on every API request: a returning reader's key is remembered until the day changes.
  const keyOf = rememberRecent((client) => createHmac("sha256", salt).update(client).digest("base64url").slice(0, 32));
  return (ip: string | undefined, userAgent: string | undefined): string => {
    const day = now().toISOString().slice(0, 10);
    if (day !== saltDay) {
      saltDay = day;
      salt = createHmac("sha256", secret).update(`pagewise visitor salt ${day}`).digest("base64url");
      keyOf.forget();
    }
    return keyOf(`${ip ?? "no-ip"}\n${userAgent ?? ""}`);
  };
}

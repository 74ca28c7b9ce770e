import { createHmac } from "node:crypto";
import { rateLimitSubject } from "./rate-limit-subject";
import { rememberRecent } from "./remember-recent";

export interface VisitorKeys {
  /** The question log's key: the client's address and browser, for today. */
  visitor(ip: string | undefined, userAgent: string | undefined): string;
  /**
   * A vote's key: the signed-in account, else the client's network (its address, an IPv6
   * address by its /64), for today. Not the browser: a changing User-Agent must not buy a
   * second vote. Readers behind one shared address vote once between them unless signed in.
   */
  voter(ip: string | undefined, userId: string | undefined): string;
}

/**
 * The keys the question log and readers' votes keep instead of an identity: keyed
 * hashes of today's salt (itself a keyed hash of the server's secret and the UTC
 * date) and who is asking. The same reader gets the same key all day, so they cannot
 * vote a hundred times on one answer; tomorrow's key is unrelated to today's, and
 * without the secret neither can be traced back to an address or an account.
 */
export function createVisitorKeys(secret: string, now: () => Date = () => new Date()): VisitorKeys {
  let saltDay = "";
  let salt = "";
  // This runs on every API request: a returning reader's key is remembered until the day changes.
  const keyOf = rememberRecent((client) => createHmac("sha256", salt).update(client).digest("base64url").slice(0, 32));
  const daily = (who: string): string => {
    const day = now().toISOString().slice(0, 10);
    if (day !== saltDay) {
      saltDay = day;
      salt = createHmac("sha256", secret).update(`pagewise visitor salt ${day}`).digest("base64url");
      keyOf.forget();
    }
    return keyOf(who);
  };
  return {
    visitor: (ip, userAgent) => daily(`${ip ?? "no-ip"}\n${userAgent ?? ""}`),
    voter: (ip, userId) =>
      daily(
        userId === undefined ? `network\n${ip === undefined ? "no-ip" : rateLimitSubject(ip)}` : `account\n${userId}`,
      ),
  };
}

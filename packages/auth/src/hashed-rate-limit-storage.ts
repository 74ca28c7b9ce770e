import { randomUUID } from "node:crypto";
import type { PagewiseDatabase } from "@pagewise/db";
import type { SecondaryStorage } from "better-auth";
import { sql } from "kysely";
import { hashIp } from "./events/privacy";

/** A Better Auth rate-limit rule; exported so createAuth's declaration (in @pagewise/api's dist/types) can name it. */
export interface Rule {
  window: number;
  max: number;
}

/**
 * Better Auth's rate-limit counters, keyed by the same keyed IP hash as the
 * auth log instead of the raw address (Better Auth's own storage keeps
 * `<ip>|<path>` as is). In Redis the counters expire with their window; in
 * the `rateLimit` table the window start is kept in `lastRequest` and rows
 * quiet for ten minutes are deleted now and then.
 */
export function hashedRateLimitStorage(
  db: PagewiseDatabase["db"],
  secret: string,
  secondaryStorage: SecondaryStorage | undefined,
) {
  const hashedKey = (key: string) => {
    const separator = key.indexOf("|");
    const ip = separator < 0 ? key : key.slice(0, separator);
    const path = separator < 0 ? "" : key.slice(separator);
    return `${hashIp(ip, secret) ?? "no-ip"}${path}`;
  };

  return {
    async consume(key: string, rule: Rule): Promise<{ allowed: boolean; retryAfter: number | null }> {
      const counter = hashedKey(key);
      if (secondaryStorage?.increment) {
        const count = await secondaryStorage.increment(`rate:${counter}`, rule.window);
        return count <= rule.max ? { allowed: true, retryAfter: null } : { allowed: false, retryAfter: rule.window };
      }
      const now = Date.now();
      const windowMs = rule.window * 1000;
      const row = await db
        .insertInto("rateLimit")
        .values({ id: randomUUID(), key: counter, count: 1, lastRequest: now })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            count: sql<number>`case when "rateLimit"."lastRequest" > ${now - windowMs} then "rateLimit"."count" + 1 else 1 end`,
            lastRequest: sql<string>`case when "rateLimit"."lastRequest" > ${now - windowMs} then "rateLimit"."lastRequest" else ${now} end`,
          }),
        )
        .returning(["count", "lastRequest"])
        .executeTakeFirstOrThrow();
      if (Math.random() < 0.01) {
        await db
          .deleteFrom("rateLimit")
          .where("lastRequest", "<", String(now - 10 * 60_000))
          .execute();
      }
      if (row.count <= rule.max) return { allowed: true, retryAfter: null };
      const retryAfter = Math.max(1, Math.ceil((Number(row.lastRequest) + windowMs - now) / 1000));
      return { allowed: false, retryAfter };
    },
  };
}

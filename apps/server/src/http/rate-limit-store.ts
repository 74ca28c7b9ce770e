import { createRedisClient } from "@pagewise/auth";
import type { PagewiseDatabase } from "@pagewise/db";
import { sql } from "kysely";

/** Counts requests per key in fixed windows, shared by every server process. */
export interface RateLimitStore {
  /** Counts `amount` units (1 by default); returns the count in the current window and when the window ends (ms). */
  hit(key: string, windowMs: number, amount?: number): Promise<{ count: number; resetAt: number }>;
  close(): Promise<void>;
}

/** Counters in the `request_rate` table: one atomic upsert per request. */
export function databaseRateLimitStore(db: PagewiseDatabase["db"]): RateLimitStore {
  return {
    async hit(key, windowMs, amount = 1) {
      const windowStart = Math.floor(Date.now() / windowMs) * windowMs;
      const row = await db
        .insertInto("request_rate")
        .values({ key, window_start: windowStart, count: amount })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            count: sql<number>`case when request_rate.window_start = excluded.window_start then request_rate.count + excluded.count else excluded.count end`,
            window_start: sql<string>`excluded.window_start`,
          }),
        )
        .returning("count")
        .executeTakeFirstOrThrow();
      // Now and then, forget clients that have gone quiet, so the table stays small.
      if (Math.random() < 0.01) {
        await db
          .deleteFrom("request_rate")
          .where("window_start", "<", String(windowStart - 10 * windowMs))
          .execute();
      }
      return { count: row.count, resetAt: windowStart + windowMs };
    },
    async close() {},
  };
}

/** Counters in Redis (REDIS_URL): INCR plus an expiry set with the window's first request. */
export function redisRateLimitStore(url: string, prefix: string): RateLimitStore {
  const redis = createRedisClient(url, prefix);
  return {
    async hit(key, windowMs, amount = 1) {
      const windowStart = Math.floor(Date.now() / windowMs) * windowMs;
      const results = await redis
        .multi()
        .incrby(`${key}:${windowStart}`, amount)
        .pexpire(`${key}:${windowStart}`, windowMs, "NX")
        .exec();
      const [incr] = results ?? [];
      if (!incr || incr[0]) throw incr?.[0] ?? new Error("Redis did not count the request");
      return { count: Number(incr[1]), resetAt: windowStart + windowMs };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

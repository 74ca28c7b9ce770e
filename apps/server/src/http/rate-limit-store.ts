import { createRedisClient } from "@pagewise/auth";
import type { PagewiseDatabase } from "@pagewise/db";
import { sql } from "kysely";

/**
 * Counts requests per key in a sliding window, shared by every server process.
 * The window slides by weighting the previous fixed window's count by how
 * much of it still overlaps the last `windowMs`: unlike plain fixed windows,
 * a burst at the end of one window and another at the start of the next
 * cannot add up to twice the limit.
 */
export interface RateLimitStore {
  /** Counts `amount` units (1 by default); returns the sliding count and when the current window ends (ms). */
  hit(key: string, windowMs: number, amount?: number): Promise<{ count: number; resetAt: number }>;
  close(): Promise<void>;
}

/** The sliding estimate from the previous and current fixed windows' counts. */
export function slidingCount(previous: number, current: number, windowStart: number, windowMs: number, now: number) {
  const overlap = 1 - (now - windowStart) / windowMs;
  return Math.floor(previous * overlap) + current;
}

/** Counters in the `request_rate` table, one row per key and fixed window: one atomic upsert and one read. */
export function databaseRateLimitStore(db: PagewiseDatabase["db"]): RateLimitStore {
  return {
    async hit(key, windowMs, amount = 1) {
      const now = Date.now();
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const [row, previous] = await Promise.all([
        db
          .insertInto("request_rate")
          .values({ key: `${key}@${windowStart}`, window_start: windowStart, count: amount })
          .onConflict((oc) => oc.column("key").doUpdateSet({ count: sql<number>`request_rate.count + excluded.count` }))
          .returning("count")
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("request_rate")
          .select("count")
          .where("key", "=", `${key}@${windowStart - windowMs}`)
          .executeTakeFirst(),
      ]);
      // Now and then, forget clients that have gone quiet, so the table stays small.
      if (Math.random() < 0.01) {
        await db
          .deleteFrom("request_rate")
          .where("window_start", "<", String(windowStart - 10 * windowMs))
          .execute();
      }
      return {
        count: slidingCount(previous?.count ?? 0, row.count, windowStart, windowMs, now),
        resetAt: windowStart + windowMs,
      };
    },
    async close() {},
  };
}

/** Counters in Redis (REDIS_URL): INCRBY on the current window's key, which expires after two windows. */
export function redisRateLimitStore(url: string, prefix: string): RateLimitStore {
  const redis = createRedisClient(url, prefix);
  return {
    async hit(key, windowMs, amount = 1) {
      const now = Date.now();
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const results = await redis
        .multi()
        .incrby(`${key}:${windowStart}`, amount)
        .pexpire(`${key}:${windowStart}`, 2 * windowMs, "NX")
        .get(`${key}:${windowStart - windowMs}`)
        .exec();
      const [incr, , previous] = results ?? [];
      if (!incr || incr[0]) throw incr?.[0] ?? new Error("Redis did not count the request");
      return {
        count: slidingCount(Number(previous?.[1] ?? 0), Number(incr[1]), windowStart, windowMs, now),
        resetAt: windowStart + windowMs,
      };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * Counters in this process's memory: the store with the embedded database
 * (which only this process can open), and the fallback while a shared store is
 * down, so the limit still holds per process instead of letting everything
 * through. Bounded: the oldest keys go first past `maxKeys`.
 */
export function memoryRateLimitStore(maxKeys = 10_000): RateLimitStore {
  const counts = new Map<string, number>();
  return {
    async hit(key, windowMs, amount = 1) {
      const now = Date.now();
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const currentKey = `${key}@${windowStart}`;
      const current = (counts.get(currentKey) ?? 0) + amount;
      counts.delete(currentKey);
      counts.set(currentKey, current);
      while (counts.size > maxKeys) {
        const oldest = counts.keys().next().value;
        if (oldest === undefined) break;
        counts.delete(oldest);
      }
      const previous = counts.get(`${key}@${windowStart - windowMs}`) ?? 0;
      return { count: slidingCount(previous, current, windowStart, windowMs, now), resetAt: windowStart + windowMs };
    },
    async close() {},
  };
}

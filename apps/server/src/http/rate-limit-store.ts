import { createRedisClient } from "@pagewise/auth";
import { groupWrites, type PagewiseDatabase } from "@pagewise/db";
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

interface DatabaseHit {
  key: string;
  windowMs: number;
  amount: number;
  now: number;
}

/**
 * Counters in the `request_rate` table, one row per key and fixed window. Hits
 * are written in groups (groupWrites): one statement adds every hit that
 * arrived while the previous one ran, one upsert per key, and reads the
 * previous windows' counts. Each hit still gets its own exact count: its
 * key's count before the statement plus the hits up to and including its own.
 */
export function databaseRateLimitStore(db: PagewiseDatabase["db"]): RateLimitStore {
  const count = groupWrites(async (hits: DatabaseHit[]) => {
    const slots = hits.map((hit) => {
      const windowStart = Math.floor(hit.now / hit.windowMs) * hit.windowMs;
      return {
        ...hit,
        windowStart,
        current: `${hit.key}@${windowStart}`,
        previous: `${hit.key}@${windowStart - hit.windowMs}`,
      };
    });
    const added = new Map<string, { key: string; window_start: number; count: number }>();
    for (const slot of slots) {
      const row = added.get(slot.current) ?? { key: slot.current, window_start: slot.windowStart, count: 0 };
      row.count += slot.amount;
      added.set(slot.current, row);
    }
    const counters = [...added.values()];
    // One statement of fixed shape whatever the group's size (arrays, not a row of parameters per
    // hit): building and compiling it is then a small, constant part of every counted request.
    const { rows } = await sql<{ key: string; count: number; counted: boolean }>`
      with counted as (
        insert into request_rate (key, window_start, count)
        select * from unnest(
          cast(${counters.map((row) => row.key)} as text[]),
          cast(${counters.map((row) => row.window_start)} as bigint[]),
          cast(${counters.map((row) => row.count)} as integer[])
        )
        on conflict (key) do update set count = request_rate.count + excluded.count
        returning key, count
      )
      select key, count, true as counted from counted
      union all
      select key, count, false as counted from request_rate
      where key = any(cast(${slots.map((slot) => slot.previous)} as text[]))
    `.execute(db);
    const after = new Map(rows.filter((row) => row.counted).map((row) => [row.key, row.count]));
    const before = new Map(rows.filter((row) => !row.counted).map((row) => [row.key, row.count]));
    // A key's hits take their counts in arrival order, ending at the key's count after the statement.
    const running = new Map([...added.values()].map((row) => [row.key, (after.get(row.key) ?? row.count) - row.count]));
    return slots.map((slot) => {
      const current = (running.get(slot.current) ?? 0) + slot.amount;
      running.set(slot.current, current);
      const previous = after.get(slot.previous) ?? before.get(slot.previous) ?? 0;
      return {
        count: slidingCount(previous, current, slot.windowStart, slot.windowMs, slot.now),
        resetAt: slot.windowStart + slot.windowMs,
      };
    });
  });
  return {
    async hit(key, windowMs, amount = 1) {
      const now = Date.now();
      const counted = await count({ key, windowMs, amount, now });
      // Now and then, forget clients that have gone quiet, so the table stays small.
      if (Math.random() < 0.01) {
        const windowStart = Math.floor(now / windowMs) * windowMs;
        await db
          .deleteFrom("request_rate")
          .where("window_start", "<", String(windowStart - 10 * windowMs))
          .execute();
      }
      return counted;
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

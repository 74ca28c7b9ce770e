import type { SecondaryStorage } from "better-auth";
import { Redis } from "ioredis";

export interface RedisStorage {
  storage: SecondaryStorage;
  close(): Promise<void>;
}

/**
 * Better Auth's secondary storage on Redis: sessions are read from here (the
 * database keeps a copy for listings and exports) and rate-limit counters are
 * shared by every server process. Keys are prefixed so one Redis can serve
 * several deployments.
 */
export function createRedisStorage(url: string, prefix = "pagewise:auth:"): RedisStorage {
  const redis = new Redis(url, { keyPrefix: prefix, lazyConnect: false, maxRetriesPerRequest: 2 });
  // Connection errors surface on the calls that need Redis; unhandled they would crash the process.
  redis.on("error", () => {});
  const storage: SecondaryStorage = {
    get: (key) => redis.get(key),
    async set(key, value, ttl) {
      if (ttl !== undefined && ttl > 0) await redis.set(key, value, "EX", Math.ceil(ttl));
      else await redis.set(key, value);
    },
    async delete(key) {
      await redis.del(key);
    },
    getAndDelete: (key) => redis.getdel(key),
    async increment(key, ttl) {
      // INCR and the expiry in one round trip; the expiry only starts with the window's first request.
      const [[incrError, count] = [null, 0], [expireError] = [null]] =
        (await redis.multi().incr(key).expire(key, Math.ceil(ttl), "NX").exec()) ?? [];
      if (incrError ?? expireError) throw incrError ?? expireError;
      return typeof count === "number" ? count : Number(count);
    },
  };
  return {
    storage,
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

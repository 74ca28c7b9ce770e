import type { SecondaryStorage } from "better-auth";
import { createRedisClient, isRedisDown } from "./redis-client";
import { SessionStoreUnavailableError } from "./session-store-unavailable";

export interface RedisStorage {
  storage: SecondaryStorage;
  /** Whether Redis answers a PING now (for /readyz). */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Better Auth's secondary storage on Redis: sessions are read from here (the
 * database keeps a copy for listings and exports) and rate-limit counters are
 * shared by every server process. Keys are prefixed so one Redis can serve
 * several deployments.
 *
 * While Redis is away every call fails fast with SessionStoreUnavailableError.
 */
export function createRedisStorage(url: string, prefix: string): RedisStorage {
  const redis = createRedisClient(url, prefix);
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    if (isRedisDown(redis)) throw new SessionStoreUnavailableError(new Error(`Redis connection: ${redis.status}`));
    try {
      return await call();
    } catch (error) {
      throw new SessionStoreUnavailableError(error);
    }
  };

  const storage: SecondaryStorage = {
    get: (key) => guarded(() => redis.get(key)),
    set: (key, value, ttl) =>
      guarded(async () => {
        if (ttl !== undefined && ttl > 0) await redis.set(key, value, "EX", Math.ceil(ttl));
        else await redis.set(key, value);
      }),
    delete: (key) =>
      guarded(async () => {
        await redis.del(key);
      }),
    getAndDelete: (key) => guarded(() => redis.getdel(key)),
    increment: (key, ttl) =>
      guarded(async () => {
        // INCR and the expiry in one round trip; the expiry only starts with the window's first request.
        const [[incrError, count] = [null, 0], [expireError] = [null]] =
          (await redis.multi().incr(key).expire(key, Math.ceil(ttl), "NX").exec()) ?? [];
        if (incrError ?? expireError) throw incrError ?? expireError;
        return typeof count === "number" ? count : Number(count);
      }),
  };
  return {
    storage,
    reachable: () =>
      redis.ping().then(
        () => true,
        () => false,
      ),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

import { Redis } from "ioredis";

/**
 * A Redis client for request paths. While Redis is away a command fails
 * within about a second (one reconnection attempt) instead of holding the
 * request through ioredis's default twenty retries; reconnection goes on in
 * the background every half second, so requests succeed again as soon as
 * Redis is back.
 */
export function createRedisClient(url: string, keyPrefix: string): Redis {
  const redis = new Redis(url, {
    keyPrefix,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 500),
  });
  // Connection errors surface on the commands that need Redis; unhandled they would crash the process.
  redis.on("error", () => {});
  return redis;
}

/**
 * Whether the client knows Redis is away (between reconnection attempts, or
 * closed), so a caller can fail at once instead of queueing for the next
 * attempt. While first connecting, commands still queue.
 */
export function isRedisDown(redis: Redis): boolean {
  return redis.status === "reconnecting" || redis.status === "close" || redis.status === "end";
}

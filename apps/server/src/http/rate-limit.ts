import type { Context, MiddlewareHandler } from "hono";
import type { RateLimitStore } from "./rate-limit-store";

export interface RateLimitOptions {
  store: RateLimitStore;
  /** Requests allowed per client per window. */
  limit: number;
  windowMs: number;
  /** The client this request counts against (its IP); undefined skips counting. */
  clientOf: (c: Context) => string | undefined;
  /** Which requests count; others pass untouched. */
  applies: (c: Context) => boolean;
  onStoreError?: (error: unknown) => void;
}

/**
 * Per-client rate limiting: 429 with Retry-After past the limit. When the
 * store itself fails, requests are let through (and the failure reported): an
 * outage of the counters must not take the API down with it.
 */
export function rateLimit({
  store,
  limit,
  windowMs,
  clientOf,
  applies,
  onStoreError,
}: RateLimitOptions): MiddlewareHandler {
  return async (c, next) => {
    const client = applies(c) ? clientOf(c) : undefined;
    if (client === undefined) return next();
    let hit: { count: number; resetAt: number };
    try {
      hit = await store.hit(client, windowMs);
    } catch (error) {
      onStoreError?.(error);
      return next();
    }
    const retryAfter = Math.max(1, Math.ceil((hit.resetAt - Date.now()) / 1000));
    c.header("RateLimit-Limit", String(limit));
    c.header("RateLimit-Remaining", String(Math.max(0, limit - hit.count)));
    if (hit.count > limit) {
      c.header("Retry-After", String(retryAfter));
      return c.json(
        { error: { code: "TOO_MANY_REQUESTS", message: `Too many requests: try again in ${retryAfter} seconds.` } },
        429,
      );
    }
    return next();
  };
}

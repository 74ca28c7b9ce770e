import type { Context, MiddlewareHandler } from "hono";
import { withAnswerHeaders } from "./answer-headers";
import { apiError } from "./api-error";
import { memoryRateLimitStore, type RateLimitStore } from "./rate-limit-store";

export interface RateLimitOptions {
  store: RateLimitStore;
  /** Requests allowed per client per window. */
  limit: number;
  windowMs: number;
  /** The client this request counts against (its IP); undefined skips counting. */
  clientOf: (c: Context) => string | undefined;
  /** Which requests count; others pass untouched. */
  applies: (c: Context) => boolean;
  /** How many units of the limit a request uses (1 unless told). */
  cost?: (c: Context) => number;
  onStoreError?: (error: unknown) => void;
  /** After a store failure, requests pass uncounted for this long before the store is tried again. */
  storeRetryMs?: number;
}

/**
 * Per-client rate limiting: 429 with Retry-After past the limit. When the
 * store itself fails (reported once), this process counts in its own memory
 * instead: an outage of the shared counters must neither take the API down
 * nor lift the limit. Nor slow it down: for `storeRetryMs` after a failure the
 * store is not asked at all, so readers do not each wait for it to time out,
 * and the log gets one line, not one per request.
 */
export function rateLimit({
  store,
  limit,
  windowMs,
  clientOf,
  applies,
  cost = () => 1,
  onStoreError,
  storeRetryMs = 5_000,
}: RateLimitOptions): MiddlewareHandler {
  let storeDownUntil = 0;
  const fallback = memoryRateLimitStore();
  return async (c, next) => {
    const client = applies(c) ? clientOf(c) : undefined;
    if (client === undefined) return next();
    const amount = Math.max(1, cost(c));
    let hit: { count: number; resetAt: number };
    if (Date.now() < storeDownUntil) {
      hit = await fallback.hit(client, windowMs, amount);
    } else {
      try {
        hit = await store.hit(client, windowMs, amount);
      } catch (error) {
        storeDownUntil = Date.now() + storeRetryMs;
        onStoreError?.(error);
        hit = await fallback.hit(client, windowMs, amount);
      }
    }
    const retryAfter = Math.max(1, Math.ceil((hit.resetAt - Date.now()) / 1000));
    const limitHeaders = [
      ["RateLimit-Limit", String(limit)],
      ["RateLimit-Remaining", String(Math.max(0, limit - hit.count))],
    ] as const;
    if (hit.count > limit) {
      return apiError(c, "TOO_MANY_REQUESTS", `Too many requests: try again in ${retryAfter} seconds.`, {
        headers: { ...Object.fromEntries(limitHeaders), "Retry-After": String(retryAfter) },
      });
    }
    // On the answer itself: Hono drops c.header() values from answers a route builds as its own Response.
    await withAnswerHeaders(c, limitHeaders, next);
  };
}

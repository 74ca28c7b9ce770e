import type { Context, MiddlewareHandler } from "hono";
import { apiError } from "./api-error";

/** The most calls one tRPC batch may carry; the SPA's batches hold a handful. */
export const MAX_TRPC_BATCH = 20;

/** The procedure names a /trpc request calls (a batch names several, comma-separated); empty elsewhere. */
export function trpcCallNames(c: Context): string[] {
  const path = c.req.path;
  if (!path.startsWith("/trpc/")) return [];
  try {
    return decodeURIComponent(path.slice("/trpc/".length)).split(",");
  } catch {
    return [];
  }
}

/**
 * Refuses a batch of more than `max` calls with 400 and says why. Without a cap
 * one request could carry hundreds of assistant calls: seconds of server time
 * for one request's worth of rate limit.
 */
export function limitTrpcBatch(max = MAX_TRPC_BATCH): MiddlewareHandler {
  return async (c, next) => {
    const calls = trpcCallNames(c).length;
    if (calls <= max) return next();
    return apiError(
      c,
      "BAD_REQUEST",
      `A tRPC batch may carry at most ${max} calls; this one has ${calls}. Split it into smaller batches.`,
    );
  };
}

import type { Context } from "hono";
import { trpcCallNames } from "./trpc-batch";

/**
 * How many units of the public per-IP limit a request uses: one per assistant
 * (`rag.*`) call, so a batch of ten questions costs ten, and one per REST
 * request; zero for everything else.
 */
export function publicCallCost(c: Context): number {
  if (c.req.path.startsWith("/api/v1/")) return 1;
  return trpcCallNames(c).filter((name) => name.startsWith("rag.")).length;
}

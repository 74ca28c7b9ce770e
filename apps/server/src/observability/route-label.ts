import { appRouter } from "@pagewise/api";
import type { Context } from "hono";
import { routePath } from "hono/route";

const PROCEDURES: ReadonlySet<string> = new Set(Object.keys(appRouter._def.procedures));

/**
 * A low-cardinality name for what a request did, for metric labels and the
 * request log: the matched route pattern (never the raw path, which would put
 * ids and slugs into labels and logs), or for /trpc the procedure. Only
 * procedures that exist are named, anything else is `trpc:unknown`, and a
 * batch of different procedures is `trpc:batch`: every label comes from a
 * fixed set, so no client can create series or log fields of its choosing.
 */
export function routeLabel(c: Context): string {
  const path = c.req.path;
  if (!path.startsWith("/trpc/")) return routePath(c);
  let names: string[];
  try {
    names = decodeURIComponent(path.slice("/trpc/".length)).split(",");
  } catch {
    // Malformed percent-encoding: refused with 400 (refuseMalformedUrl), labelled without throwing.
    return "trpc:unknown";
  }
  if (!names.every((name) => PROCEDURES.has(name))) return "trpc:unknown";
  const distinct = new Set(names);
  const [only] = distinct;
  return distinct.size === 1 && only !== undefined ? `trpc:${only}` : "trpc:batch";
}

import type { Context } from "hono";
import { routePath } from "hono/route";

/**
 * A low-cardinality name for what a request did: the tRPC procedure(s) for
 * /trpc, the matched route pattern otherwise (never the raw path, which would
 * put ids and slugs into labels and logs).
 */
export function routeLabel(c: Context): string {
  const path = c.req.path;
  if (path.startsWith("/trpc/")) {
    let procedures: string[];
    try {
      procedures = decodeURIComponent(path.slice("/trpc/".length)).split(",");
    } catch {
      // Malformed percent-encoding: refused with 400 (refuseMalformedUrl), labelled without throwing.
      return "trpc:invalid";
    }
    return `trpc:${[...new Set(procedures.map((name) => (/^[\w.]{1,80}$/.test(name) ? name : "invalid")))].join(",")}`;
  }
  return routePath(c);
}

import type { MiddlewareHandler } from "hono";

const ALLOW_METHODS = "GET,POST,OPTIONS";
const ALLOW_HEADERS = "content-type,authorization,trpc-accept,x-trpc-source";
const MAX_AGE_SECONDS = "600";

/**
 * CORS for BETTER_AUTH_TRUSTED_ORIGINS only, with credentials, so a trusted
 * site on another origin can call the API with the reader's cookie or a bearer
 * token (`authorization`). Any other origin gets no CORS headers: the browser
 * keeps the response from it, and never sends it a bearer token, which needs
 * a preflight.
 *
 * Hono's `cors` does the same, but sets its headers on `c.res` before the
 * route has answered, which makes Hono copy every answer into a new Response
 * afterwards; here they are added to the answer itself, once it exists.
 */
export function trustedCors(trustedOrigins: string[]): MiddlewareHandler {
  const allowed = new Set(trustedOrigins);
  return async (c, next) => {
    const origin = c.req.header("origin");
    const allowOrigin = origin !== undefined && allowed.has(origin) ? origin : undefined;
    if (c.req.method === "OPTIONS") {
      const headers: Record<string, string> = {
        "Access-Control-Allow-Methods": ALLOW_METHODS,
        "Access-Control-Allow-Headers": ALLOW_HEADERS,
        "Access-Control-Max-Age": MAX_AGE_SECONDS,
        Vary: "Origin, Access-Control-Request-Headers",
      };
      if (allowOrigin !== undefined) {
        headers["Access-Control-Allow-Origin"] = allowOrigin;
        headers["Access-Control-Allow-Credentials"] = "true";
      }
      return c.body(null, 204, headers);
    }
    await next();
    const headers = c.res.headers;
    if (allowOrigin !== undefined) {
      headers.set("Access-Control-Allow-Origin", allowOrigin);
      headers.set("Access-Control-Allow-Credentials", "true");
    }
    headers.append("Vary", "Origin");
  };
}

import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/**
 * CORS for BETTER_AUTH_TRUSTED_ORIGINS only, with credentials, so a trusted
 * site on another origin can call the API with the reader's cookie. Any other
 * origin gets no CORS headers, and the browser keeps the response from it.
 */
export function trustedCors(trustedOrigins: string[]): MiddlewareHandler {
  const allowed = new Set(trustedOrigins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["content-type", "trpc-accept", "x-trpc-source"],
    maxAge: 600,
  });
}

import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

/**
 * CORS for BETTER_AUTH_TRUSTED_ORIGINS only, with credentials, so a trusted
 * site on another origin can call the API with the reader's cookie or a bearer
 * token (`authorization`). Any other origin gets no CORS headers: the browser
 * keeps the response from it, and never sends it a bearer token, which needs
 * a preflight.
 */
export function trustedCors(trustedOrigins: string[]): MiddlewareHandler {
  const allowed = new Set(trustedOrigins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: true,
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["content-type", "authorization", "trpc-accept", "x-trpc-source"],
    maxAge: 600,
  });
}

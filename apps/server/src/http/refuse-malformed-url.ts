import type { MiddlewareHandler } from "hono";
import { apiError } from "./api-error";

/**
 * Answers 400 to a request whose path or query has malformed percent-encoding
 * (`/trpc/health%`, `?input=%E0%A4%A`). Without it, code further in that
 * decodes the URL throws, and a client could turn a typo into a 500 and an
 * "unhandled error" log entry at will.
 */
export function refuseMalformedUrl(): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const start = url.indexOf("/", url.indexOf("//") + 2);
    if (start >= 0 && !decodes(url.slice(start))) {
      return apiError(c, "BAD_REQUEST", "The URL has malformed percent-encoding.");
    }
    return next();
  };
}

function decodes(pathAndQuery: string): boolean {
  if (!pathAndQuery.includes("%")) return true;
  try {
    // Query values may also use "+" for spaces; decoding each piece is what matters here.
    for (const piece of pathAndQuery.split(/[?&=]/)) decodeURIComponent(piece);
    return true;
  } catch {
    return false;
  }
}

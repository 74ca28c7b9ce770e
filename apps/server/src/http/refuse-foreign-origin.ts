import type { MiddlewareHandler } from "hono";
import { apiError } from "./api-error";
import { originRefusalMessage } from "./origin-refusal-message";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses (403) a state-changing request to the API from a browser on an
 * origin that is not trusted (the site's own, BETTER_AUTH_TRUSTED_ORIGINS),
 * as Better Auth does for its own endpoints. Preflight and SameSite cookies
 * hold back most cross-site requests, but not a same-site sibling origin
 * (another subdomain), whose requests carry the reader's cookie. Browsers send
 * Origin on every such request; a request without one (curl, a server) is not
 * a browser acting for a reader, unless Sec-Fetch-Site says cross-site.
 * tRPC's multipart/form-data input is refused too (415): a form can post it
 * cross-site without a preflight, and no procedure takes it.
 * `trustedOrigins` starts with the site's own origin: the refusal names it (the others only with `listTrusted`).
 */
export function refuseForeignOrigin(
  trustedOrigins: string[],
  { listTrusted }: { listTrusted: boolean },
): MiddlewareHandler {
  const trusted = new Set(trustedOrigins);
  return async (c, next) => {
    if (c.req.path.startsWith("/trpc/") && /^multipart\/form-data\b/i.test(c.req.header("content-type") ?? "")) {
      return apiError(c, "UNSUPPORTED_MEDIA_TYPE", "Send JSON: multipart/form-data is not accepted.");
    }
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const foreign =
      origin !== undefined ? !trusted.has(origin) : c.req.header("sec-fetch-site")?.toLowerCase() === "cross-site";
    if (foreign) {
      return apiError(c, "FORBIDDEN", originRefusalMessage(origin, trustedOrigins, { listTrusted }));
    }
    return next();
  };
}

import type { MiddlewareHandler } from "hono";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;
const BEARER = /^bearer\s/i;

/**
 * `Cache-Control: no-store` on every API answer to a request that carries a
 * session cookie or a bearer token: those answers (profile, data export, sessions) belong to
 * one person and must not be kept by a browser cache or a shared proxy.
 */
export function noStoreWhenSignedIn(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const signedIn =
      SESSION_COOKIE.test(c.req.header("cookie") ?? "") || BEARER.test(c.req.header("authorization") ?? "");
    if (signedIn) c.res.headers.set("Cache-Control", "no-store");
  };
}

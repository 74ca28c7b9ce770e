import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono, MiddlewareHandler } from "hono";

/**
 * Serves the SPA's production build: files as they are (content-hashed assets
 * cached for a year), and index.html for every other GET so client-side
 * routes load on a fresh visit.
 */
export function serveWeb(app: Hono, root: string): void {
  app.use("/assets/*", cacheControl("public, max-age=31536000, immutable"), serveStatic({ root }));
  app.use("*", cacheControl("no-cache"), serveStatic({ root }));
  app.get("*", cacheControl("no-cache"), serveStatic({ root, path: "index.html" }));
}

// serveStatic's own onFound hook runs after the response is built, too late to add headers.
function cacheControl(value: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.ok && !c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", value);
  };
}

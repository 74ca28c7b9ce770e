import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

/**
 * Serves the SPA's production build: files as they are (hashed assets cached
 * for a year), and index.html for every other GET so client-side routes load.
 */
export function serveWeb(app: Hono, root: string): void {
  app.use(
    "/assets/*",
    serveStatic({
      root,
      onFound: (_path, c) => {
        c.header("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.use("*", serveStatic({ root }));
  app.get(
    "*",
    serveStatic({
      root,
      path: "index.html",
      onFound: (_path, c) => {
        c.header("Cache-Control", "no-cache");
      },
    }),
  );
}
